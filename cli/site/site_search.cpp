#include "site/site_search.hpp"

#include <fmt/core.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "site/site_html.hpp"
#include "site/site_pages.hpp"
#include "site/site_writer.hpp"

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
// removed, lower case), splits them into words of letters and digits, and finds the places
// (an item, or an edition's title, on one page) of which a text holds every word typed as the
// start of a word or, for words of Latin letters, a word of the same stem. Places of one lineage
// (one item through the editions) make one result: its wording in the latest edition found, linked
// there, the editions and languages it was found in, each linked, and its timeline; the words found
// are marked. The filters keep one series, section or language. Results are built with textContent:
// no text becomes markup.
constexpr const char* kScript = R"JS(
(function () {
  "use strict";
  var data = window.KIV_SEARCH || {pages: [], lineages: [], texts: []};
  var limit = 200;
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  var folded = data.texts.map(function (entry) { return words(entry[0]); });
  // Inflections, as kiv search has them: a query word of five letters or more whose letters
  // are Latin (a-z and 0-9 once folded) also finds the words that begin with its first four
  // and share its Snowball stem (stemmers.js) in one language: the one the filter keeps, else
  // the archive's default (nl when it has Dutch texts, else the first); none but nl, fr, de
  // and en have a stemmer.
  var stemLangs = ["nl", "fr", "de", "en"];
  var stems = {};
  function stemOf(word, lang) {
    var key = lang + ":" + word;
    if (!(key in stems)) {
      stems[key] = /^[a-z0-9]+$/.test(word) && window.KIV_STEM ? window.KIV_STEM[lang](word) : null;
    }
    return stems[key];
  }
  function stemLanguage(lang) {
    lang = lang || archiveLanguage;
    return stemLangs.indexOf(lang) >= 0 ? lang : null;
  }
  function queryWords(text, filterLang) {
    var lang = stemLanguage(filterLang);
    return words(text).map(function (w) {
      return {word: w, lang: lang, stem: lang && w.length >= 5 ? stemOf(w, lang) : null};
    });
  }
  // Whether the query word q finds the text word w: w begins with it, or shares its stem.
  function finds(q, w) {
    if (w.startsWith(q.word)) return true;
    if (q.stem === null || !w.startsWith(q.word.slice(0, 4))) return false;
    return stemOf(w, q.lang) === q.stem;
  }
  function matches(textWords, query) {
    return query.every(function (q) {
      return textWords.some(function (w) { return finds(q, w); });
    });
  }
  function seriesOf(page) { return page[0].split("/")[0]; }
  function langOf(page) { var m = /\(([a-z]+)\)$/.exec(page[1]); return m ? m[1] : ""; }
  function sectionOf(anchor) { return anchor === "" ? "title" : (anchor[0] === "p" ? "priorities" : "themes"); }
  function kind(anchor) {
    return anchor === "" ? "title" : (anchor[0] === "p" ? "priority " : "theme ") + anchor.slice(1);
  }
  var input = document.getElementById("q");
  var status = document.getElementById("status");
  var list = document.getElementById("results");
  var filters = {series: document.getElementById("series"), section: document.getElementById("section"),
                 lang: document.getElementById("lang")};
  function fill(select, values) {
    values.sort().forEach(function (value) {
      var option = document.createElement("option");
      option.value = value;
      option.textContent = value;
      select.appendChild(option);
    });
  }
  var seen = {series: {}, lang: {}};
  data.pages.forEach(function (page) { seen.series[seriesOf(page)] = 1; seen.lang[langOf(page)] = 1; });
  fill(filters.series, Object.keys(seen.series));
  var languages = Object.keys(seen.lang).filter(function (l) { return l !== ""; }).sort();
  fill(filters.lang, languages);
  var archiveLanguage = languages.indexOf("nl") >= 0 ? "nl" : languages[0];  // the default
  function kept(page, anchor) {
    return (!filters.series.value || seriesOf(page) === filters.series.value) &&
           (!filters.section.value || sectionOf(anchor) === filters.section.value) &&
           (!filters.lang.value || langOf(page) === filters.lang.value);
  }
  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }
  // `text` with each word that a query word begins marked (<mark>), built from text nodes.
  function marked(href, text, query) {
    var a = link(href, "");
    text.split(/([\p{L}\p{N}]+)/u).forEach(function (part, k) {
      var hit = k % 2 === 1 && query.some(function (q) { return finds(q, fold(part)); });
      if (!hit) { a.appendChild(document.createTextNode(part)); return; }
      var mark = document.createElement("mark");
      mark.textContent = part;
      a.appendChild(mark);
    });
    return a;
  }
  function search() {
    var query = queryWords(input.value, filters.lang.value);
    list.textContent = "";
    if (query.length === 0) { status.textContent = ""; return; }
    var groups = [], byId = {}, places = 0;
    for (var i = 0; i < data.texts.length; i++) {
      if (!matches(folded[i], query)) continue;
      var found = data.texts[i][1];
      for (var j = 0; j < found.length; j += 3) {
        var page = data.pages[found[j]], anchor = found[j + 1], lineage = found[j + 2];
        if (!kept(page, anchor)) continue;
        var id = lineage >= 0 ? "l" + lineage + sectionOf(anchor) : "p" + found[j] + "#" + anchor;
        var group = byId[id];
        if (!group) {
          group = byId[id] = {at: {}, places: [], best: null,
                              timeline: lineage >= 0 ? data.lineages[lineage][0] : null};
          groups.push(group);
        }
        var place = found[j] + "#" + anchor;
        if (group.at[place]) continue;  // the item's title and its description, say
        group.at[place] = 1;
        places++;
        var entry = {page: found[j], anchor: anchor, text: data.texts[i][0]};
        group.places.push(entry);
        if (!group.best || entry.page > group.best.page) group.best = entry;  // pages: oldest first
      }
    }
    groups.slice(0, limit).forEach(function (group) {
      var item = document.createElement("li");
      var best = group.best, page = data.pages[best.page];
      item.appendChild(marked(page[0] + (best.anchor === "" ? "" : "#" + best.anchor), best.text, query));
      var where = document.createElement("span");
      where.className = "where";
      where.appendChild(document.createTextNode(" " + kind(best.anchor) + " · "));
      group.places.sort(function (a, b) { return a.page - b.page; });
      group.places.forEach(function (place, k) {
        var at = data.pages[place.page];
        if (k > 0) where.appendChild(document.createTextNode(", "));
        where.appendChild(link(at[0] + (place.anchor === "" ? "" : "#" + place.anchor), at[1]));
      });
      if (group.timeline) {
        where.appendChild(document.createTextNode(" · "));
        where.appendChild(link(group.timeline, "timeline"));
      }
      item.appendChild(where);
      list.appendChild(item);
    });
    status.textContent = groups.length === 0 ? "No results." :
        groups.length + (groups.length === 1 ? " result" : " results") +
        (places > groups.length ? ", in " + places + " places" : "") +
        (groups.length > limit ? "; the first " + limit + " shown." : ".");
  }
  input.addEventListener("input", search);
  Object.keys(filters).forEach(function (name) { filters[name].addEventListener("change", search); });
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

void SearchIndex::add_text(const std::string& text, const Place& place) {
  if (text.empty()) return;
  const auto [it, added] = text_positions_.emplace(text, texts_.size());
  if (added) texts_.push_back({text, {}});
  texts_[it->second].second.push_back(place);
}

int SearchIndex::lineage_of(const std::string& series, const std::string& key,
                            const SeriesLineages* lineages) {
  const std::string* page_key = lineages == nullptr ? nullptr : lineages->page_key(key);
  if (page_key == nullptr) return -1;
  const auto [it, added] =
      lineage_positions_.emplace(timeline_path(series, *page_key), lineages_.size());
  if (added) lineages_.push_back(it->first);
  return it->second;
}

void SearchIndex::add(const Edition& edition, const std::string& lang, const std::string& page,
                      const SeriesLineages* lineages) {
  const int number = static_cast<int>(pages_.size());
  pages_.emplace_back(page, fmt::format("{} ({})", edition.id(), lang));
  add_text(text_in(edition.title, lang), {number, "", -1});
  for (const Section section : kSections) {
    for (const Item& item : edition.items(section)) {
      const Place place{number, item_anchor(section, item.rank),
                        lineage_of(edition.series, item.key, lineages)};
      add_text(text_in(item.title, lang), place);
      add_text(text_in(item.description, lang), place);
      for (const LangText& subtopic : item.subtopics) add_text(text_in(subtopic, lang), place);
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
  writer.Key("lineages");
  writer.StartArray();
  for (const std::string& path : lineages_) {
    writer.StartArray();
    write_string(writer, path);
    writer.EndArray();
  }
  writer.EndArray();
  writer.Key("texts");
  writer.StartArray();
  for (const auto& [text, places] : texts_) {
    writer.StartArray();
    write_string(writer, text);
    writer.StartArray();
    for (const Place& place : places) {
      writer.Int(place.page);
      write_string(writer, place.anchor);
      writer.Int(place.lineage);
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
      "the start of a word is enough, and a word finds its other forms: drug, "
      "drugs):</label><br>\n<input id=\"q\" name=\"q\" type=\"search\" "
      "autofocus autocomplete=\"off\">\n<p class=\"filters\"><label>Series <select id=\"series\">"
      "<option value=\"\">all</option></select></label> <label>Section <select id=\"section\">"
      "<option value=\"\">all</option><option value=\"priorities\">priorities</option>"
      "<option value=\"themes\">themes</option><option value=\"title\">edition titles</option>"
      "</select></label> <label>Language <select id=\"lang\"><option value=\"\">all</option>"
      "</select></label></p>\n</form>\n<p id=\"status\" aria-live=\"polite\"></p>\n"
      "<ol id=\"results\"></ol>\n<noscript><p>The search needs JavaScript.</p></noscript>\n"
      "<script src=\"search-index.js\"></script>\n<script src=\"stemmers.js\"></script>\n"
      "<script>{}</script>\n",
      kScript);
  return site_page({"search.html", "en", "Search the archive", {{"Search", ""}}, body});
}

}  // namespace kiv::cli::site
