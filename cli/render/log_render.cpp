// kiv log as text and as Markdown.

#include "render/log_render.hpp"

#include <fmt/core.h>

#include "render/markdown.hpp"

namespace kiv::cli {
namespace {

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

std::string render_log_text(const std::vector<LogEvent>& events, bool oneline, const Style& style) {
  std::string out;
  for (const LogEvent& event : events) {
    if (oneline) {
      out += fmt::format("{}  {}  {}  {}\n", style.yellow(event.what), event.when, event.who,
                         first_line(event.message));
      continue;
    }
    if (!out.empty()) out += "\n";
    out += fmt::format("{}  {}  {}\n", style.yellow(event.what), event.when, event.who);
    for (const auto& [label, value] : event.facts)
      out += fmt::format("    {} {}\n", style.dim(label), value);
    if (!event.message.empty()) out += "\n    " + event.message + "\n";
  }
  return out;
}

std::string render_log_markdown(const std::vector<LogEvent>& events, bool oneline) {
  std::string out;
  for (const LogEvent& event : events) {
    if (oneline) {
      out += "- **" + escape_markdown(event.what) + "** " + escape_markdown(event.when) + " " +
             escape_markdown(event.who) + ": " + escape_markdown(first_line(event.message)) + "\n";
      continue;
    }
    if (!out.empty()) out += "\n";
    out += "## " + escape_markdown(event.what) + "\n\n" + escape_markdown(event.when) + ", " +
           escape_markdown(event.who) + "\n\n";
    for (const auto& [label, value] : event.facts)
      out += "- " + escape_markdown(label) + ": " + escape_markdown(value) + "\n";
    if (!event.message.empty()) {
      out += "\n";
      std::size_t start = 0;
      while (start <= event.message.size()) {
        std::size_t end = event.message.find('\n', start);
        if (end == std::string::npos) end = event.message.size();
        out += "> " + escape_markdown(event.message.substr(start, end - start)) + "\n";
        start = end + 1;
      }
    }
  }
  return out;
}

}  // namespace kiv::cli
