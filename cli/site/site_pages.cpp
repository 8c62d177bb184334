#include "site/site_pages.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <iterator>
#include <map>

#include "kiv/validity.hpp"
#include "output.hpp"
#include "render/document_text.hpp"
#include "render/html.hpp"
#include "site/site_history.hpp"
#include "site/site_html.hpp"
#include "site/site_writer.hpp"

namespace kiv::cli::site {
namespace {

std::string period_text(const std::optional<Period>& period) {
  return period ? fmt::format("{}–{}", period->from, period->to) : "–";
}

// "1 changed, 2 added": the counts of a step that are not zero, unchanged left out; "no
// change" when all of those are.
std::string churn_summary(const ChurnCounts& churn) {
  std::vector<std::string> parts;
  for (const auto& [count, name] :
       {std::pair{churn.changed, "changed"}, std::pair{churn.added, "added"},
        std::pair{churn.removed, "removed"}, std::pair{churn.split, "split"},
        std::pair{churn.merged, "merged"}}) {
    if (count > 0) parts.push_back(fmt::format("{} {}", count, name));
  }
  return parts.empty() ? "no change" : join(parts, ", ");
}

std::string index_series(const SeriesEntry& entry) {
  const std::string& series = entry.series;
  std::string out = fmt::format("<h2 id=\"{0}\">{0}</h2>\n<p>{1}", escape_html(series),
                                counted(static_cast<int>(entry.editions.size()), "edition"));
  if (entry.history) {
    out +=
        fmt::format(". {} · {} · {}",
                    link("index.html", flow_path(series), "Flow of the priorities and themes"),
                    link("index.html", matrix_path(series), "Matrix of the priorities and themes"),
                    link("index.html", stats_path(series), "Churn between editions"));
  }
  out +=
      ".</p>\n<table>\n<tr><th scope=\"col\">edition</th><th scope=\"col\">period</th><th "
      "scope=\"col\">adopted</th><th scope=\"col\">revision</th>"
      "<th scope=\"col\">title</th><th scope=\"col\">languages</th><th "
      "scope=\"col\">priorities</th><th scope=\"col\">themes</th>"
      "<th scope=\"col\">changes</th></tr>\n";
  const EditionSummary* previous = nullptr;
  for (const EditionSummary& edition : entry.editions) {
    const std::string title_lang = default_language(edition.languages);
    std::vector<std::string> languages;
    for (const std::string& lang : edition.languages) {
      languages.push_back(link("index.html", edition_path(series, edition.edition, lang), lang));
    }
    std::string changes =
        previous == nullptr
            ? "–"
            : link("index.html", diff_path(series, previous->edition, edition.edition),
                   previous->edition + " → " + edition.edition);
    const std::size_t step = static_cast<std::size_t>(&edition - entry.editions.data());
    if (previous != nullptr && step - 1 < entry.churn.size())
      changes += "<br><span class=\"note\">" + escape_html(churn_summary(entry.churn[step - 1])) +
                 "</span>";
    out += fmt::format(
        "<tr><td class=\"id\">{}</td><td class=\"id\">{}</td><td class=\"id\">{}</td>"
        "<td class=\"number\">{}</td><td lang=\"{}\">{}</td>"
        "<td>{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td><td>{}</td></tr>\n",
        title_lang.empty() ? escape_html(edition.edition)
                           : link("index.html", edition_path(series, edition.edition, title_lang),
                                  edition.edition),
        period_text(edition.period), escape_html(edition.adopted.empty() ? "–" : edition.adopted),
        edition.latest.revision, escape_html(title_lang),
        escape_html(text_in(edition.title, title_lang)), join(languages, " "), edition.priorities,
        edition.themes, changes);
    previous = &edition;
  }
  return out + "</table>\n";
}

std::string items_list(const EditionPageInput& input, Section section) {
  const Edition& edition = *input.edition;
  const std::vector<Item>& items = edition.items(section);
  const std::string page = revision_page_path(input, input.shown, input.lang);
  std::string out =
      fmt::format("<h2>{}</h2>\n", section == Section::priorities ? "Priorities" : "Themes");
  if (items.empty()) return out + "<p>None.</p>\n";
  out += fmt::format("<ol class=\"items\" lang=\"{}\">\n", escape_html(input.lang));
  for (const Item& item : items) {
    out += fmt::format("<li id=\"{}\" value=\"{}\"><span class=\"title\">{}</span>",
                       item_anchor(section, item.rank), item.rank,
                       escape_html(text_in(item.title, input.lang)));
    if (!item.key.empty()) {
      const std::string* timeline =
          input.lineages == nullptr ? nullptr : input.lineages->page_key(item.key);
      out += fmt::format("<span class=\"key\">{}</span>",
                         timeline == nullptr
                             ? escape_html(item.key)
                             : link(page, timeline_path(edition.series, *timeline), item.key));
    }
    if (const std::string& description = text_in(item.description, input.lang);
        !description.empty()) {
      out += fmt::format("\n<p class=\"description\">{}</p>", escape_html(description));
    }
    if (!item.subtopics.empty()) {
      out += "\n<ul class=\"subtopics\">";
      for (const LangText& subtopic : item.subtopics) {
        out += fmt::format("<li>{}</li>", escape_html(text_in(subtopic, input.lang)));
      }
      out += "</ul>";
    }
    out += "</li>\n";
  }
  return out + "</ol>\n";
}

std::string definition(std::string_view term, std::string_view html) {
  return fmt::format("<dt>{}</dt><dd>{}</dd>\n", term, html);
}

// The provenance of the page's language: the document that gave it (which may be an earlier
// revision's), with links to its exact bytes and to the shown revision's canonical JSON.
std::string provenance_list(const EditionPageInput& input) {
  const Edition& edition = *input.edition;
  const std::size_t from = document_revision(input.revisions, input.shown, input.lang);
  const RevisionInfo& source = input.revisions.at(from);
  const Provenance& provenance = source.provenance;
  const std::string page = revision_page_path(input, input.shown, input.lang);
  const auto or_unknown = [](const std::string& text) {
    return text.empty() ? std::string("unknown") : escape_html(text);
  };
  std::string out =
      fmt::format("<h2>Provenance</h2>\n<p>Of the {} text{}.</p>\n", escape_html(input.lang),
                  from == input.shown ? "" : fmt::format(", from revision {}", source.revision));
  out += "<dl class=\"provenance\">\n";
  out += definition("Source URL", provenance.source_url.empty()
                                      ? "unknown"
                                      : "<code>" + escape_html(provenance.source_url) + "</code>");
  out += definition("Retrieved", or_unknown(provenance.retrieved));
  if (!provenance.note.empty()) out += definition("Note", escape_html(provenance.note));
  out += definition("Adopted", or_unknown(edition.adopted));
  out += definition("Source file",
                    or_unknown(source.source_name) + " (" +
                        link(page,
                             revision_file_path(edition.series, edition.edition, source.revision,
                                                source_download_name(source)),
                             "download its bytes") +
                        ")");
  out += definition("SHA-256", "<code>" + escape_html(source.source_sha256) + "</code>");
  if (const std::string document = document_summary(source); !document.empty()) {
    out += definition("Document", escape_html(document));
  }
  out += definition("Imported",
                    escape_html(fmt::format("{} by {}", source.imported_at, source.imported_by)));
  out += definition("Commit", "<code title=\"" + escape_html(source.commit) + "\">" +
                                  escape_html(source.commit.substr(0, 12)) + "</code>");
  out += definition(
      "Canonical JSON",
      link(page,
           revision_file_path(edition.series, edition.edition,
                              input.revisions.at(input.shown).revision, kEditionDownloadName),
           fmt::format("revision {}", input.revisions.at(input.shown).revision)));
  return out + "</dl>\n";
}

// " · in force 2022-01-01 to 2024-12-31", "" when neither day is known.
std::string in_force_text(const Edition& edition, const std::vector<EditionSummary>* editions) {
  static const std::vector<EditionSummary> kNone;
  const InForcePeriod days = in_force_among(edition.series, edition.in_force, edition.period,
                                            editions == nullptr ? kNone : *editions);
  if (days.from.empty() && days.to.empty()) return "";
  return " · in force " + escape_html(days.from.empty() ? "unknown" : days.from) + " to " +
         escape_html(days.to.empty() ? "unknown" : days.to);
}

// The edition's attachments, each with a link to its exact bytes (saved under the name it was
// attached under) and its SHA-256.
std::string attachments_list(const EditionPageInput& input) {
  if (input.attachments.empty()) return "";
  const std::string page = revision_page_path(input, input.shown, input.lang);
  std::string out = "<h2>Attachments</h2>\n<ul class=\"attachments\">\n";
  for (const Attachment& attachment : input.attachments) {
    const std::string href =
        link_from(depth_of(page),
                  attachment_file_path(attachment.series, attachment.edition, attachment.sha256));
    out += fmt::format(
        "<li><a href=\"{}\" download=\"{}\" type=\"{}\">{}</a> · {} · {} bytes · SHA-256 "
        "<code>{}</code> · attached {} by {}",
        escape_html(href), escape_html(attachment.name), escape_html(attachment.media_type),
        escape_html(attachment.name), escape_html(attachment.media_type), attachment.size,
        escape_html(attachment.sha256), escape_html(attachment.attached_at),
        escape_html(attachment.attached_by));
    if (!attachment.provenance.source_url.empty())
      out += " · from <code>" + escape_html(attachment.provenance.source_url) + "</code>";
    if (!attachment.provenance.note.empty()) out += " · " + escape_html(attachment.provenance.note);
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

// The revision's number, linked to its page (in the page's language when it has it) unless
// it is the one shown.
std::string revision_cell(const EditionPageInput& input, std::size_t index) {
  const int number = input.revisions[index].revision;
  if (index == input.shown) return fmt::format("<strong>{}</strong>", number);
  const std::vector<std::string>& languages = input.revision_languages.at(index);
  if (languages.empty()) return std::to_string(number);
  const bool has_lang =
      std::find(languages.begin(), languages.end(), input.lang) != languages.end();
  return link(revision_page_path(input, input.shown, input.lang),
              revision_page_path(input, index, has_lang ? input.lang : languages.front()),
              std::to_string(number));
}

std::string revisions_table(const EditionPageInput& input) {
  const Edition& edition = *input.edition;
  const std::string page = revision_page_path(input, input.shown, input.lang);
  std::string out = fmt::format(
      "<h2>Revisions</h2>\n<p>{}, newest "
      "first.</p>\n<table>\n<tr><th scope=\"col\">revision</th><th scope=\"col\">imported</th>"
      "<th scope=\"col\">source file and its SHA-256</th><th scope=\"col\">commit</th><th "
      "scope=\"col\">message</th><th scope=\"col\">changes</th></tr>\n",
      counted(static_cast<int>(input.revisions.size()), "revision"));
  for (auto it = input.revisions.rbegin(); it != input.revisions.rend(); ++it) {
    const RevisionInfo& revision = *it;
    const auto index =
        static_cast<std::size_t>(std::distance(input.revisions.begin(), it.base()) - 1);
    const std::string changes =
        std::next(it) == input.revisions.rend()
            ? "–"
            : link(page,
                   revision_diff_path(edition.series, edition.edition, std::next(it)->revision,
                                      revision.revision),
                   fmt::format("from revision {}", std::next(it)->revision));
    out += fmt::format(
        "<tr><td class=\"number\">{}</td><td>{}<br>{}</td><td>{}<br><code>{}</code></td>"
        "<td><code title=\"{}\">{}</code></td><td>{}</td><td>{}</td></tr>\n",
        revision_cell(input, index), escape_html(revision.imported_at),
        escape_html(revision.imported_by), escape_html(revision.source_name),
        escape_html(revision.source_sha256), escape_html(revision.commit),
        escape_html(revision.commit.substr(0, 12)), escape_html(revision.message), changes);
  }
  return out + "</table>\n";
}

}  // namespace

std::string source_download_name(const RevisionInfo& revision) {
  static const std::map<std::string_view, std::string_view> kExtensions = {
      {"application/json", "json"},
      {"text/plain", "txt"},
      {"text/markdown", "md"},
      {"text/html", "html"},
      {"application/pdf", "pdf"},
      {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"}};
  const auto found = kExtensions.find(revision.media_type);
  return "source." + std::string(found == kExtensions.end() ? "bin" : found->second);
}

std::string item_anchor(Section section, int rank) {
  return fmt::format("{}{}", section == Section::priorities ? 'p' : 't', rank);
}

std::string index_page(const std::vector<SeriesEntry>& series) {
  std::size_t editions = 0;
  for (const SeriesEntry& entry : series) editions += entry.editions.size();
  std::string body = fmt::format("<h1>Archive of framework notes</h1>\n<p>{}, {}. {}.</p>\n",
                                 fmt::format("{} series", series.size()),
                                 counted(static_cast<int>(editions), "edition"),
                                 link("index.html", "search.html", "Search every edition"));
  if (series.empty()) body += "<p>The store holds no edition yet.</p>\n";
  for (const SeriesEntry& entry : series) body += index_series(entry);
  return site_page({"index.html", "en", "Archive of framework notes", {}, body});
}

std::string revision_page_path(const EditionPageInput& input, std::size_t index,
                               const std::string& lang) {
  const Edition& edition = *input.edition;
  if (input.revisions.empty() || index + 1 == input.revisions.size()) {
    return edition_path(edition.series, edition.edition, lang);
  }
  return revision_path(edition.series, edition.edition, input.revisions.at(index).revision, lang);
}

std::string edition_page(const EditionPageInput& input) {
  const Edition& edition = *input.edition;
  const std::string& series = edition.series;
  const std::string page = revision_page_path(input, input.shown, input.lang);
  const bool latest = input.revisions.empty() || input.shown + 1 == input.revisions.size();
  const std::string title = text_in(edition.title, input.lang);
  std::vector<std::string> languages;
  for (const std::string& lang : edition.languages()) {
    languages.push_back(lang == input.lang
                            ? "<strong>" + escape_html(lang) + "</strong>"
                            : link(page, revision_page_path(input, input.shown, lang), lang));
  }
  std::string body = fmt::format(
      "<h1 lang=\"{}\">{}</h1>\n<p class=\"meta\">{} · period {} · adopted {}{} · "
      "revision {} · languages: {}</p>\n",
      escape_html(input.lang), escape_html(title), escape_html(edition.id()),
      period_text(edition.period),
      escape_html(edition.adopted.empty() ? "unknown" : edition.adopted),
      in_force_text(edition, input.series_editions),
      input.revisions.empty() ? 0 : input.revisions.at(input.shown).revision, join(languages, " "));
  // The latest revision's page, in the page's language when it has it.
  const auto latest_page = [&] {
    const std::vector<std::string>& newest = input.revision_languages.back();
    const bool has_lang = std::find(newest.begin(), newest.end(), input.lang) != newest.end();
    return edition_path(series, edition.edition,
                        has_lang || newest.empty() ? input.lang : newest.front());
  };
  if (!latest) {
    const RevisionInfo& shown = input.revisions.at(input.shown);
    body += fmt::format(
        "<p class=\"notice\">This is revision {} of {}, as imported on {}. {}.</p>\n",
        shown.revision, input.revisions.size(), escape_html(shown.imported_at),
        link(page, latest_page(),
             fmt::format("The latest is revision {}", input.revisions.back().revision)));
  }
  std::vector<std::string> compare;
  if (latest && !input.previous.empty()) {
    compare.push_back(link(page, diff_path(series, input.previous, edition.edition),
                           "changes from " + input.previous));
  }
  if (latest && !input.next.empty()) {
    compare.push_back(
        link(page, diff_path(series, edition.edition, input.next), "changes to " + input.next));
  }
  if (!compare.empty()) body += "<p>" + join(compare, " · ") + "</p>\n";
  for (const Section section : kSections) body += items_list(input, section);
  if (!input.revisions.empty()) {
    body += provenance_list(input);
    body += attachments_list(input);
    body += revisions_table(input);
  }
  std::vector<Crumb> trail = {{series, "index.html#" + series}};
  if (latest) {
    trail.push_back({edition.edition + " (" + input.lang + ")", ""});
  } else {
    trail.push_back({edition.edition, latest_page()});
    trail.push_back(
        {fmt::format("revision {} ({})", input.revisions.at(input.shown).revision, input.lang),
         ""});
  }
  const std::string label =
      latest ? fmt::format("{} ({}): {}", edition.id(), input.lang, title)
             : fmt::format("{}@{} ({}): {}", edition.id(), input.revisions.at(input.shown).revision,
                           input.lang, title);
  return site_page({page, input.lang, label, trail, body});
}

std::string diff_page(const DiffPageInput& input) {
  const RevisionInfo& from = input.sides.from;
  const RevisionInfo& to = input.sides.to;
  const bool revisions = from.edition == to.edition;
  std::vector<Crumb> trail = {{from.series, "index.html#" + from.series}};
  if (revisions) {
    trail.push_back({from.edition, edition_path(from.series, from.edition, input.to_lang)});
    trail.push_back({fmt::format("revision {} → {}", from.revision, to.revision), ""});
  } else {
    trail.push_back({from.edition + " → " + to.edition, ""});
  }
  std::string body =
      fmt::format("<p>Editions: {} · {}</p>\n",
                  link(input.path, edition_path(from.series, from.edition, input.from_lang),
                       fmt::format("{}/{} ({})", from.series, from.edition, input.from_lang)),
                  link(input.path, edition_path(to.series, to.edition, input.to_lang),
                       fmt::format("{}/{} ({})", to.series, to.edition, input.to_lang)));
  if (input.diff) {
    body += render_diff_html_body(input.sides, *input.diff,
                                  {std::begin(kSections), std::end(kSections)});
    // A "changes only" switch, added by a small script: without one the page reads whole.
    body +=
        "<script>(function () {\n"
        "  var label = document.createElement(\"label\"), box = "
        "document.createElement(\"input\");\n"
        "  box.type = \"checkbox\"; box.id = \"changes-only\";\n"
        "  label.appendChild(box); label.appendChild(document.createTextNode(\" changes only\"));\n"
        "  box.addEventListener(\"change\", function () {\n"
        "    document.body.classList.toggle(\"changes-only\", box.checked);\n"
        "  });\n"
        "  var heading = document.querySelector(\"main h1\");\n"
        "  heading.parentNode.insertBefore(label, heading.nextSibling);\n"
        "})();</script>\n";
  } else {
    body += fmt::format("<h1>{}</h1>\n<p>{}</p>\n", escape_html(diff_title(input.sides)),
                        escape_html(input.why));
  }
  return site_page({input.path, input.diff ? input.diff->lang : input.to_lang,
                    diff_title(input.sides), trail, body});
}

}  // namespace kiv::cli::site
