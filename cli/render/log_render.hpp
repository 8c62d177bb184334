#pragma once
// kiv log's renderings: each import event (a revision) and attach event (an attachment) as a
// heading (what, when, by whom), labelled facts and a message, as text or as Markdown.

#include <string>
#include <utility>
#include <vector>

#include "output.hpp"

namespace kiv::cli {

struct LogEvent {
  std::string what;  // "kiv/2022-2024@2", "kiv/2022-2024 attachment KIV_22-24_NL.pdf"
  std::string when;  // ISO 8601 UTC
  std::string who;   // "Name <email>"
  std::vector<std::pair<std::string, std::string>> facts;  // ("commit", "..."), in order
  std::string message;  // the commit message; empty for an attachment
};

// As `kiv log` prints: per event the heading, the facts indented, the message after a blank
// line; with `oneline`, one line per event (what, when, who, the message's first line).
std::string render_log_text(const std::vector<LogEvent>& events, bool oneline, const Style& style);

// As Markdown: per event a heading and its facts as a list, the message as a quote; with
// `oneline`, one list item per event.
std::string render_log_markdown(const std::vector<LogEvent>& events, bool oneline);

}  // namespace kiv::cli
