#include "site/site_search.hpp"

#include <fmt/core.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "site/site_html.hpp"
#include "site/site_pages.hpp"

namespace kiv::cli::site {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(Writer& writer, const std::string& text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

// JSON as a script: the characters that could end a <script> element or start markup become
// \u escapes (they only occur inside strings).
std::string inert(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (const char c : json) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The page's script. It reads KIV_SEARCH (search-index.js), folds texts (NFD, combining marks
// removed, lower case), splits them into words of letters and digits, and lists the texts of
// which every word typed begins a word. Results are built with textContent: no text becomes
// markup.
constexpr const char* kScript = R"JS(
(function () {
  "use strict";
  var data = window.KIV_SEARCH || {pages: [], texts: []};
  var limit = 200;
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  var folded = data.texts.map(function (entry) { return words(entry[0]); });
  function matches(textWords, queryWords) {
    return queryWords.every(function (q) {
      return textWords.some(function (w) { return w.startsWith(q); });
    });
  }
  function where(anchor, page) {
    var kind = anchor === "" ? "title" : (anchor[0] === "p" ? "priority " : "theme ") + anchor.slice(1);
    return kind + " · " + page[1];
  }
  var input = document.getElementById("q");
  var status = document.getElementById("status");
  var list = document.getElementById("results");
  function search() {
    var query = words(input.value);
    list.textContent = "";
    if (query.length === 0) { status.textContent = ""; return; }
    var found = 0;
    for (var i = 0; i < data.texts.length; i++) {
      if (!matches(folded[i], query)) continue;
      var places = data.texts[i][1];
      for (var j = 0; j < places.length; j += 2) {
        found++;
        if (found > limit) continue;
        var page = data.pages[places[j]];
        var item = document.createElement("li");
        var a = document.createElement("a");
        a.href = page[0] + (places[j + 1] === "" ? "" : "#" + places[j + 1]);
        a.textContent = data.texts[i][0];
        var span = document.createElement("span");
        span.className = "where";
        span.textContent = where(places[j + 1], page);
        item.appendChild(a);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(span);
        list.appendChild(item);
      }
    }
    status.textContent = found === 0 ? "No results." :
        found + (found === 1 ? " result" : " results") + (found > limit ? ", the first " + limit + " shown." : ".");
  }
  input.addEventListener("input", search);
  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) input.value = initial;
  search();
})();
)JS";

}  // namespace

void SearchIndex::add_text(const std::string& text, int page, const std::string& anchor) {
  if (text.empty()) return;
  const auto [it, added] = text_positions_.emplace(text, texts_.size());
  if (added) texts_.push_back({text, {}});
  texts_[it->second].second.emplace_back(page, anchor);
}

void SearchIndex::add(const Edition& edition, const std::string& lang, const std::string& page) {
  const int number = static_cast<int>(pages_.size());
  pages_.emplace_back(page, fmt::format("{} ({})", edition.id(), lang));
  add_text(text_in(edition.title, lang), number, "");
  for (const Section section : kSections) {
    for (const Item& item : edition.items(section)) {
      const std::string anchor = item_anchor(section, item.rank);
      add_text(text_in(item.title, lang), number, anchor);
      add_text(text_in(item.description, lang), number, anchor);
      for (const LangText& subtopic : item.subtopics)
        add_text(text_in(subtopic, lang), number, anchor);
    }
  }
}

std::string SearchIndex::script() const {
  rapidjson::StringBuffer buffer;
  Writer writer(buffer);
  writer.StartObject();
  writer.Key("pages");
  writer.StartArray();
  for (const auto& [path, label] : pages_) {
    writer.StartArray();
    write_string(writer, path);
    write_string(writer, label);
    writer.EndArray();
  }
  writer.EndArray();
  writer.Key("texts");
  writer.StartArray();
  for (const auto& [text, places] : texts_) {
    writer.StartArray();
    write_string(writer, text);
    writer.StartArray();
    for (const auto& [page, anchor] : places) {
      writer.Int(page);
      write_string(writer, anchor);
    }
    writer.EndArray();
    writer.EndArray();
  }
  writer.EndArray();
  writer.EndObject();
  return fmt::format("window.KIV_SEARCH = {};\n", inert({buffer.GetString(), buffer.GetSize()}));
}

std::string search_page() {
  const std::string body = fmt::format(
      "<h1>Search</h1>\n<form id=\"search\" role=\"search\">\n<label for=\"q\">Words to find in "
      "every edition (titles, items, descriptions, subtopics; case and accents do not matter, "
      "the start of a word is enough):</label><br>\n<input id=\"q\" name=\"q\" type=\"search\" "
      "autofocus autocomplete=\"off\">\n</form>\n<p id=\"status\" aria-live=\"polite\"></p>\n"
      "<ol id=\"results\"></ol>\n<noscript><p>The search needs JavaScript.</p></noscript>\n"
      "<script src=\"search-index.js\"></script>\n<script>{}</script>\n",
      kScript);
  return site_page({"search.html", "en", "Search the archive", {{"Search", ""}}, body});
}

}  // namespace kiv::cli::site
