// kiv verify: checks git's objects, every revision's source against its SHA-256, and the index
// against git; reports every problem.

#include <fmt/core.h>

#include "command.hpp"
#include "json_output.hpp"
#include "open_archive.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

class VerifyCommand : public ArchiveCommand {
 public:
  explicit VerifyCommand(CLI::App& sub) { add_format_option(sub, format_, {"text", "json"}); }

  int run(const Globals& globals) override {
    // As it is: opening it otherwise would bring a lagging index up to date first.
    const Archive archive = open_archive_as_is(globals);
    const VerifyReport report = archive.verify();
    if (format_ == "json") {
      print(verify_report_json(report));
    } else {
      const Style style = Style::detect(stdout);
      std::string out;
      for (const VerifyProblem& problem : report.problems) {
        out += fmt::format("{}: {}\n", style.yellow(problem.where), problem.what);
      }
      for (const std::string& leftover : report.leftovers) {
        out += fmt::format("{}: left by a writer that died; the next write removes it\n",
                           style.yellow(leftover));
      }
      out += fmt::format(
          "verified {} and {}: {}\n", counted(report.objects, "object"),
          counted(report.revisions, "revision"),
          report.ok()
              ? style.green("no problems")
              : style.red(counted(static_cast<int>(report.problems.size()), "problem") + " found"));
      print(out);
    }
    return report.ok() ? kExitSuccess : kExitStore;
  }

 private:
  std::string format_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_verify_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand(
      "verify",
      "Check the store: git's objects, every revision's source, and the index against git");
  sub->footer(
      "Reads every git object and checks it hashes to its id; walks the history and checks, for "
      "every revision, that edition.json parses, revision.json is whole and numbers it, the "
      "source's SHA-256 is the one recorded and every item title is in that source (or unchanged "
      "from the revision before), and that every SERIES/links.json parses and links "
      "editions the commit holds; compares the index, row by row, with one built from git. Changes "
      "nothing: an index that lags behind git is reported, not brought up to date. "
      "One line per problem, then a summary. Files a writer that died midway left (a ref's lock "
      "file, a pack the branch never reached) are named too, but are no problem: the next write "
      "removes them. Exit status 0 when all holds, 3 when a problem was found.\n\nExamples:\n  kiv "
      "verify\n  kiv verify --format json");
  return std::make_unique<VerifyCommand>(*sub);
}

}  // namespace kiv::cli
