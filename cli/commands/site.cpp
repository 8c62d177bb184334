// kiv site: the archive as a static, self-contained HTML site (cli/site/).

#include <fmt/core.h>

#include "command.hpp"
#include "open_archive.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "site/site_builder.hpp"
#include "site/site_writer.hpp"

namespace kiv::cli {
namespace {

class SiteCommand : public ArchiveCommand {
 public:
  explicit SiteCommand(CLI::App& sub) {
    sub.add_option("OUTDIR", outdir_,
                   "Where to write the site: a new or empty directory, or a "
                   "site kiv wrote before (replaced)")
        ->required();
    sub.add_option("--series", series_, "Only this series (default: every series)")
        ->option_text("S");
  }

  int run(const Globals& globals) override {
    const Archive archive = open_archive(globals);
    site::SiteWriter writer(outdir_);
    {
      Progress progress = Progress::detect(stderr);
      site::build_site(archive, {series_}, writer, progress);
    }
    writer.commit();
    print(fmt::format("wrote {} pages ({} files) to {}\nopen {}\n", writer.pages(),
                      writer.files() + 1, writer.outdir().string(),
                      (writer.outdir() / "index.html").string()));
    return kExitSuccess;
  }

 private:
  std::string outdir_;
  std::string series_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_site_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("site", "Write the archive as a static HTML site");
  sub->footer(
      "The site needs no server and nothing from the network: open OUTDIR/index.html in a "
      "browser, or serve OUTDIR from any path of a web server. It has an index of the series and "
      "editions; a page per edition and language with its provenance and revisions; a diff page "
      "for every pair of consecutive editions and of consecutive revisions; and a search page "
      "that works offline. OUTDIR must be new, empty, or a site kiv wrote before (it holds a "
      ".kiv-site file), which is then replaced whole; the site is written beside it and moved "
      "in place at the end, so a failure leaves OUTDIR as it was. The same store always gives "
      "the same files.\n\n"
      "Examples:\n  kiv site /tmp/kiv-site\n  kiv site public --series kiv\n"
      "  kiv --store /srv/archive site /var/www/kiv");
  return std::make_unique<SiteCommand>(*sub);
}

}  // namespace kiv::cli
