#include "docs/command_docs.hpp"

#include <string_view>

namespace kiv::cli::docs {
namespace {

// The lines of `text`, without their line ends.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The paragraphs of `text`: its lines, split at blank lines.
std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::string current;
  for (const std::string& line : lines_of(text)) {
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(current);
      current.clear();
    } else {
      current += (current.empty() ? "" : "\n") + line;
    }
  }
  if (!current.empty()) paragraphs.push_back(current);
  return paragraphs;
}

// The fixed set of values an option's check allows: CLI11 names an IsMember check "{a,b}"
// in the option's type name ("TEXT:{a,b}").
std::vector<std::string> choices_of(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const std::size_t open = type.find('{');
  const std::size_t close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::vector<std::string> choices;
  std::string_view list(type.data() + open + 1, close - open - 1);
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    choices.emplace_back(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return choices;
}

CommandDoc describe_command(const CLI::App& app, std::vector<std::string> path) {
  CommandDoc doc;
  doc.path = std::move(path);
  doc.description = app.get_description();
  std::string usage = CLI::Formatter().make_usage(&app, doc.name());
  if (usage.starts_with("Usage: ")) usage.erase(0, 7);
  while (!usage.empty() && usage.back() == '\n') usage.pop_back();
  doc.usage = usage;
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional()) {
      doc.arguments.push_back({option->get_name(), option->get_description(),
                               option->get_required(), option->get_expected_max() > 1});
      continue;
    }
    OptionDoc option_doc;
    for (const std::string& name : option->get_lnames())
      option_doc.long_names.push_back("--" + name);
    for (const std::string& name : option->get_snames())
      option_doc.short_names.push_back("-" + name);
    // As CLI11's help names the value: its option text, else its type; a flag has neither.
    option_doc.value_name = option->get_option_text();
    if (option_doc.value_name.empty() && option->get_type_size() != 0)
      option_doc.value_name = option->get_type_name().substr(0, option->get_type_name().find(':'));
    if (!option_doc.value_name.empty()) option_doc.choices = choices_of(*option);
    option_doc.description = option->get_description();
    doc.options.push_back(std::move(option_doc));
  }
  for (const std::string& paragraph : paragraphs_of(app.get_footer())) {
    if (paragraph.starts_with("Examples:")) {
      std::vector<std::string> lines = lines_of(paragraph);
      for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::size_t text = lines[i].find_first_not_of(' ');
        if (text != std::string::npos) doc.examples.push_back(lines[i].substr(text));
      }
    } else if (paragraph.starts_with("Exit status")) {
      doc.exit_status = paragraph;
    } else {
      doc.paragraphs.push_back(paragraph);
    }
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (doc.path.empty() && sub->get_name() == "help") continue;
    std::vector<std::string> sub_path = doc.path;
    sub_path.push_back(sub->get_name());
    doc.subcommands.push_back(describe_command(*sub, std::move(sub_path)));
  }
  return doc;
}

}  // namespace

std::string CommandDoc::name() const {
  std::string name = "kiv";
  for (const std::string& word : path) name += " " + word;
  return name;
}

CommandDoc describe(const CLI::App& app) { return describe_command(app, {}); }

}  // namespace kiv::cli::docs
