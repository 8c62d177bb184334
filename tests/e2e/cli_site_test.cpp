// kiv site: the static HTML archive, checked file by file (the browser test,
// tests/browser/site_browser_test.py, clicks through it in Chromium).

#include <fmt/core.h>

#include <cmath>
#include <regex>
#include <set>

#include "support/cli_fixture.hpp"
#include "support/editions.hpp"

namespace kiv::test {
namespace {

namespace fs = std::filesystem;

// Every href and src value of an HTML page.
std::vector<std::string> references(const std::string& html) {
  static const std::regex kReference(R"re(\b(?:href|src)\s*=\s*"([^"]*)")re");
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kReference);
       it != std::sregex_iterator(); ++it) {
    found.push_back((*it)[1].str());
  }
  return found;
}

// The page paths that search-index.js lists (its "pages": [[PATH, LABEL], ...]).
std::vector<std::string> search_index_pages(const std::string& script) {
  static const std::regex kPage(R"re(\["([a-z0-9/._-]+\.html)",)re");
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(script.begin(), script.end(), kPage);
       it != std::sregex_iterator(); ++it) {
    found.push_back((*it)[1].str());
  }
  return found;
}

// WCAG 2 relative luminance of the colour rrggbb (or rgb).
double luminance(std::string hex) {
  if (hex.size() == 3) hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
  double sum = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int c = 0; c < 3; ++c) {
    const double v = std::stoi(hex.substr(static_cast<std::size_t>(2 * c), 2), nullptr, 16) / 255.0;
    sum += weights[c] * (v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4));
  }
  return sum;
}

// WCAG 2 contrast of two colours, and of one against white.
double contrast(const std::string& a, const std::string& b) {
  const double x = luminance(a), y = luminance(b);
  return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
double contrast_on_white(const std::string& hex) { return contrast(hex, "ffffff"); }

// The text colours drawn on a coloured background in `text`, as (text, background): the
// cells of HTML tables coloured by change (inline background, text in the page's #222) and the
// boxes of SVG pictures (a <rect fill> with its <text> on it, black unless it says).
std::vector<std::pair<std::string, std::string>> text_on_colour(const std::string& text) {
  static const std::regex kCell(R"re(<td[^>]*\sstyle="background:#([0-9a-fA-F]{6})")re");
  static const std::regex kBox(
      R"re(<rect[^>]*\sfill="#([0-9a-fA-F]{6})"/><text(?![^>]*\sstroke=)([^>]*)>)re");
  static const std::regex kFill(R"re(\sfill="#([0-9a-fA-F]{6})")re");
  std::vector<std::pair<std::string, std::string>> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kCell);
       it != std::sregex_iterator(); ++it)
    found.emplace_back("222222", (*it)[1].str());
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kBox); it != std::sregex_iterator();
       ++it) {
    std::smatch fill;
    const std::string attributes = (*it)[2].str();
    found.emplace_back(std::regex_search(attributes, fill, kFill) ? fill[1].str() : "000000",
                       (*it)[1].str());
  }
  return found;
}

// The colours `text` gives to text: CSS `color:` (not background-color) and SVG <text fill>.
std::vector<std::string> text_colours(const std::string& text) {
  static const std::regex kCss(R"re((?:^|[;{\s])color:#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b)re");
  static const std::regex kSvg(R"re(<text[^>]*\sfill="#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")re");
  std::vector<std::string> found;
  for (const std::regex* pattern : {&kCss, &kSvg}) {
    for (auto it = std::sregex_iterator(text.begin(), text.end(), *pattern);
         it != std::sregex_iterator(); ++it)
      found.push_back((*it)[1].str());
  }
  return found;
}

class CliSite : public CliTest {
 protected:
  void SetUp() override { import_bundled(); }

  fs::path site() const { return temp_.path() / "site"; }

  KivRun build(const fs::path& outdir, std::vector<std::string> options = {}) const {
    std::vector<std::string> args = {"site", outdir.string()};
    args.insert(args.end(), options.begin(), options.end());
    return kiv(args);
  }

  // Builds the site into site(); fails the test when that fails.
  void build_site() const {
    const KivRun run = build(site());
    ASSERT_EQ(run.status, 0) << run.err;
  }

  std::string page(const std::string& path) const { return read_file(site() / path); }

  // Imports the bundled 2022-2024 edition with `from` replaced by `to` (revision 2), with
  // `extra` options.
  void import_correction(const std::string& from, const std::string& to,
                         std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"import",
                                     file("corrected.json", corrected_2022_2024(from, to))};
    args.insert(args.end(), extra.begin(), extra.end());
    const KivRun run = kiv(args);
    ASSERT_EQ(run.status, 0) << run.err;
  }

  // A bundled edition file with texts replaced, each the first time it occurs.
  static std::string variant(const std::string& name,
                             const std::vector<std::pair<std::string, std::string>>& replacements) {
    std::string json = read_file(bundled(name));
    for (const auto& [from, to] : replacements) {
      const auto at = json.find(from);
      if (at == std::string::npos) throw std::invalid_argument("not in " + name + ": " + from);
      json.replace(at, from.size(), to);
    }
    return json;
  }

  // What kiv diff --format html shows of the bundled editions from its <h1> to </body>; its
  // page stays whole and self-contained.
  std::string standalone_diff_body() const {
    const KivRun run = kiv({"diff", "kiv/2016-2019", "kiv/2022-2024", "--format", "html"});
    EXPECT_NE(run.out.find("<style>"), std::string::npos) << run.out;
    const std::string body = run.out.substr(run.out.find("<h1>"));
    return body.substr(0, body.find("</body>"));
  }

  // The site's .html files, relative to site().
  std::vector<std::string> pages() const {
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(site())) {
      if (entry.path().extension() == ".html")
        found.push_back(fs::relative(entry.path(), site()).string());
    }
    std::sort(found.begin(), found.end());
    return found;
  }

  // Names in `dir` other than those in `expected`: what a command left behind.
  static std::vector<std::string> others_in(const fs::path& dir,
                                            const std::set<std::string>& expected) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!expected.contains(entry.path().filename().string()))
        found.push_back(entry.path().filename().string());
    }
    return found;
  }
};

TEST_F(CliSite, WritesTheIndexAPagePerEditionAndLanguageTheDiffAndTheSearch) {
  const KivRun run = build(site());
  ASSERT_EQ(run.status, 0) << run.err;
  // 2 edition pages, 1 diff, 15 timelines, the matrix, the churn, the flow, the index and the
  // search; beside them each revision's source and canonical JSON.
  EXPECT_EQ(run.out, "wrote 23 pages (31 files) to " + site().string() + "\nopen " +
                         (site() / "index.html").string() + "\n");
  for (const char* path : {"index.html", "kiv/2016-2019/nl.html", "kiv/2022-2024/nl.html",
                           "kiv/diff/2016-2019_2022-2024.html", "kiv/timeline/cybercrime.html",
                           "kiv/matrix.html", "kiv/stats.html", "kiv/flow.html", "search.html",
                           "search-index.js", "stemmers.js", "style.css", ".kiv-site"}) {
    EXPECT_TRUE(fs::is_regular_file(site() / path)) << path;
  }
  EXPECT_EQ(pages().size(), 23U);
  const std::string index = page("index.html");
  EXPECT_NE(index.find("<a href=\"kiv/diff/2016-2019_2022-2024.html\">2016-2019 → 2022-2024</a>"),
            std::string::npos)
      << index;
  EXPECT_NE(index.find("<td lang=\"nl\">Kadernota Integrale Veiligheid 2022-2024</td>"),
            std::string::npos);
}

TEST_F(CliSite, PagesAreHtml5WithCharsetLangAndTheStylesheet) {
  build_site();
  for (const std::string& path : pages()) {
    const std::string html = page(path);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"", 0), 0U) << path;
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos) << path;
    EXPECT_NE(html.find("<link rel=\"stylesheet\" href=\""), std::string::npos) << path;
    EXPECT_NE(html.find("</html>\n"), std::string::npos) << path;
  }
  EXPECT_EQ(page("kiv/2022-2024/nl.html").rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0), 0U);
}

TEST_F(CliSite, TheDiffPageMarksThePriorityFiveRewordingInTheSiteFrame) {
  build_site();
  const std::string diff = page("kiv/diff/2016-2019_2022-2024.html");
  EXPECT_NE(
      diff.find("<td><span class=\"rank\">5.</span> cybercrime en <del>cybersecurity</del></td>"
                "<td class=\"kind\">changed (wording)</td>"
                "<td><span class=\"rank\">5.</span> cybercrime en <ins>cyber security</ins></td>"),
      std::string::npos)
      << diff;
  EXPECT_NE(diff.find("<nav><a href=\"../../index.html\">Archive</a>"), std::string::npos);
  EXPECT_NE(diff.find("<a href=\"../../kiv/2016-2019/nl.html\">kiv/2016-2019 (nl)</a>"),
            std::string::npos);
  // The same body as kiv diff --format html, whose page stays whole and self-contained.
  EXPECT_NE(diff.find(standalone_diff_body()), std::string::npos);
}

TEST_F(CliSite, DiffPagesPairCuratedLinksFirstAsKivDiffDoes) {
  ASSERT_EQ(kiv({"link", "kiv/2016-2019:leefmilieu", "kiv/2022-2024:overlast", "--author",
                 "A <a@example.org>"})
                .status,
            0);
  build_site();
  const std::string diff = page("kiv/diff/2016-2019_2022-2024.html");
  const std::string body = standalone_diff_body();
  EXPECT_NE(body.find("<tr class=\"added\">"), std::string::npos) << body;
  EXPECT_NE(diff.find(body), std::string::npos) << diff;
}

TEST_F(CliSite, TheEditionPageHasItsItemsProvenanceAndRevisionsWithTheirDiffs) {
  import_correction(
      "\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"",
      {"--source-url", "https://example.org/kiv-2022-2024", "--retrieved", "2026-11-24"});
  build_site();
  const std::string edition = page("kiv/2022-2024/nl.html");
  EXPECT_NE(
      edition.find(
          "<li id=\"p5\" value=\"5\"><span class=\"title\">cybercrime en cyber security</span>"
          "<span class=\"key\"><a "
          "href=\"../../kiv/timeline/cybercrime.html\">cybercrime</a></span></li>"),
      std::string::npos)
      << edition;
  EXPECT_NE(
      edition.find("<dt>Source URL</dt><dd><code>https://example.org/kiv-2022-2024</code></dd>"),
      std::string::npos);
  EXPECT_NE(edition.find("<dt>Retrieved</dt><dd>2026-11-24</dd>"), std::string::npos);
  EXPECT_NE(edition.find("<dt>Note</dt><dd>Titles from the public web page"), std::string::npos);
  EXPECT_NE(edition.find("<dt>Adopted</dt><dd>2022-03-31</dd>"), std::string::npos);
  EXPECT_NE(edition.find("<dt>Source file</dt><dd>corrected.json (<a "
                         "href=\"../../kiv/2022-2024/rev-2/source.json\">download its "
                         "bytes</a>)</dd>"),
            std::string::npos)
      << edition;
  // The proof is on the site: the exact bytes imported, the canonical JSON recorded.
  const KivRun source = kiv({"export", "kiv/2022-2024@2", "--format", "source"});
  EXPECT_EQ(page("kiv/2022-2024/rev-2/source.json"), source.out);
  EXPECT_EQ(page("kiv/2022-2024/rev-2/edition.json"), kiv({"export", "kiv/2022-2024@2"}).out);
  EXPECT_NE(edition.find("<dt>Canonical JSON</dt><dd><a "
                         "href=\"../../kiv/2022-2024/rev-2/edition.json\">revision 2</a></dd>"),
            std::string::npos);
  EXPECT_NE(edition.find("<dt>Document</dt><dd>nl; application/json; "), std::string::npos);
  const KivRun log = kiv({"log", "kiv/2022-2024", "--format", "json"});
  const std::string sha_field = "\"source_sha256\": \"";
  const std::string sha = log.out.substr(log.out.find(sha_field) + sha_field.size(), 64);
  EXPECT_NE(edition.find("<dt>SHA-256</dt><dd><code>" + sha + "</code></dd>"), std::string::npos)
      << sha;
  EXPECT_NE(edition.find("<p>2 revisions, newest first.</p>"), std::string::npos);
  EXPECT_NE(edition.find("<a href=\"../../kiv/2022-2024/rev-1-2.html\">from revision 1</a>"),
            std::string::npos);
  EXPECT_NE(edition.find(
                "<a href=\"../../kiv/diff/2016-2019_2022-2024.html\">changes from 2016-2019</a>"),
            std::string::npos);
  const std::string revisions = page("kiv/2022-2024/rev-1-2.html");
  EXPECT_NE(revisions.find("kiv/2022-2024 (revision 1) → kiv/2022-2024 (revision 2)"),
            std::string::npos);
  EXPECT_NE(revisions.find("<ins>openbare </ins>overlast"), std::string::npos) << revisions;
}

// Each language's page shows the provenance of the document that gave it: a French page
// imported after the Dutch one names its own file and lends nothing to the Dutch page.
TEST_F(CliSite, EachLanguagesPageShowsItsOwnDocumentsProvenance) {
  ASSERT_EQ(
      kiv({"import", file("KIV_22-24_FR.html", read_file(test_data("pages/KIV_22-24_FR.html"))),
           "--source-url", "https://example.org/ncsi"})
          .status,
      0);
  build_site();
  const std::string french = page("kiv/2022-2024/fr.html");
  EXPECT_NE(french.find("<dt>Source file</dt><dd>KIV_22-24_FR.html (<a "
                        "href=\"../../kiv/2022-2024/rev-2/source.html\">"),
            std::string::npos)
      << french;
  EXPECT_NE(french.find("<code>https://example.org/ncsi</code>"), std::string::npos);
  const std::string dutch = page("kiv/2022-2024/nl.html");
  EXPECT_NE(dutch.find("<p>Of the nl text, from revision 1.</p>"), std::string::npos) << dutch;
  EXPECT_NE(dutch.find("<dt>Source file</dt><dd>2022-2024.json (<a "
                       "href=\"../../kiv/2022-2024/rev-1/source.json\">"),
            std::string::npos)
      << dutch;
  EXPECT_EQ(dutch.find("KIV_22-24_FR.html</dd>"), std::string::npos);
  EXPECT_EQ(dutch.find("example.org/ncsi"), std::string::npos);
  EXPECT_EQ(page("kiv/2022-2024/rev-2/source.html"),
            read_file(test_data("pages/KIV_22-24_FR.html")));
}

TEST_F(CliSite, AnEarlierRevisionHasAPageOfItsOwn) {
  import_correction("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"");
  build_site();
  const std::string earlier = page("kiv/2022-2024/rev-1/nl.html");
  EXPECT_NE(earlier.find("<li id=\"p10\" value=\"10\"><span class=\"title\">overlast</span>"),
            std::string::npos)
      << earlier;
  EXPECT_EQ(earlier.find("openbare overlast"), std::string::npos);
  EXPECT_NE(earlier.find("<p class=\"notice\">This is revision 1 of 2, as imported on "),
            std::string::npos);
  EXPECT_NE(earlier.find("<a href=\"../../../kiv/2022-2024/nl.html\">The latest is revision 2</a>"),
            std::string::npos);
  EXPECT_NE(earlier.find("<dt>Source file</dt><dd>2022-2024.json (<a "
                         "href=\"../../../kiv/2022-2024/rev-1/source.json\">"),
            std::string::npos)
      << earlier;
  EXPECT_NE(earlier.find("<td class=\"number\"><strong>1</strong></td>"), std::string::npos);
  // The latest page links to it; the search covers the latest revision only.
  const std::string latest = page("kiv/2022-2024/nl.html");
  EXPECT_NE(
      latest.find("<td class=\"number\"><a href=\"../../kiv/2022-2024/rev-1/nl.html\">1</a></td>"),
      std::string::npos)
      << latest;
  EXPECT_NE(latest.find("<td class=\"number\"><strong>2</strong></td>"), std::string::npos);
  EXPECT_EQ(page("search-index.js").find("rev-1"), std::string::npos);
}

TEST_F(CliSite, EveryLinkIsRelativeAndLeadsToAFileOfTheSite) {
  // A second revision and a second language, so that every kind of page is there.
  import_correction("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"");
  ASSERT_EQ(kiv({"import", test_data("pages/KIV_22-24_FR.html").string()}).status, 0);
  build_site();
  std::size_t checked = 0;
  for (const std::string& path : pages()) {
    const fs::path directory = (site() / path).parent_path();
    for (const std::string& reference : references(page(path))) {
      EXPECT_EQ(reference.find("://"), std::string::npos) << path << ": " << reference;
      EXPECT_FALSE(reference.starts_with("//") || reference.starts_with("/") ||
                   reference.starts_with("data:"))
          << path << ": " << reference;
      const std::string target = reference.substr(0, reference.find('#'));
      const fs::path file = target.empty() ? site() / path : directory / target;
      ASSERT_TRUE(fs::is_regular_file(file)) << path << ": " << reference;
      if (const auto hash = reference.find('#'); hash != std::string::npos) {
        EXPECT_NE(read_file(file).find("id=\"" + reference.substr(hash + 1) + "\""),
                  std::string::npos)
            << path << ": " << reference;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 50U);
  EXPECT_TRUE(fs::is_regular_file(site() / "kiv/2022-2024/fr.html"));
  EXPECT_TRUE(fs::is_regular_file(site() / "kiv/2022-2024/rev-2-3.html"));
  const std::vector<std::string> listed = search_index_pages(page("search-index.js"));
  EXPECT_EQ(listed.size(), 3U);
  for (const std::string& path : listed) EXPECT_TRUE(fs::is_regular_file(site() / path)) << path;
}

TEST_F(CliSite, NoPageNamesAnythingOutsideTheSite) {
  build_site();
  for (const auto& entry : fs::recursive_directory_iterator(site())) {
    if (!entry.is_regular_file()) continue;
    const std::string text = read_file(entry.path());
    for (const char* external :
         {"src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import", "url("}) {
      EXPECT_EQ(text.find(external), std::string::npos) << entry.path() << ": " << external;
    }
  }
  const std::string search = page("search.html");
  EXPECT_NE(search.find("<script src=\"search-index.js\"></script>"), std::string::npos);
  EXPECT_NE(search.find("<script src=\"stemmers.js\"></script>"), std::string::npos);
  EXPECT_NE(page("stemmers.js").find("var KIV_STEM = "), std::string::npos);
}

TEST_F(CliSite, EditionTextIsEscapedEverywhere) {
  const std::string hostile = variant(
      "kiv/2022-2024.json",
      {{"\"edition\": \"2022-2024\"", "\"edition\": \"2025-2027\""},
       {"\"from\": 2022", "\"from\": 2025"},
       {"\"to\": 2024", "\"to\": 2027"},
       {"Kadernota Integrale Veiligheid 2022-2024", "<script>alert(1)</script> Kadernota & co"},
       {"\"nl\": \"overlast\"",
        "\"nl\": \"overlast <img src=x onerror=alert(2)> & \\\"quotes\\\" 'too'\""}});
  ASSERT_EQ(kiv({"import", file("hostile.json", hostile)}).status, 0);
  build_site();
  for (const std::string& path : pages()) {
    const std::string html = page(path);
    EXPECT_EQ(html.find("<script>alert"), std::string::npos) << path;
    EXPECT_EQ(html.find("<img"), std::string::npos) << path;
  }
  const std::string edition = page("kiv/2025-2027/nl.html");
  EXPECT_NE(
      edition.find("<h1 lang=\"nl\">&lt;script&gt;alert(1)&lt;/script&gt; Kadernota &amp; co</h1>"),
      std::string::npos)
      << edition;
  EXPECT_NE(edition.find("<title>kiv/2025-2027 (nl): &lt;script&gt;alert(1)&lt;/script&gt; "
                         "Kadernota &amp; co</title>"),
            std::string::npos);
  EXPECT_NE(
      edition.find(
          "overlast &lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot; &#39;too&#39;"),
      std::string::npos);
  EXPECT_NE(page("index.html").find("&lt;script&gt;alert(1)&lt;/script&gt; Kadernota &amp; co"),
            std::string::npos);
  EXPECT_NE(page("kiv/diff/2022-2024_2025-2027.html").find("overlast<ins> &lt;img src=x"),
            std::string::npos);
  const std::string index = page("search-index.js");
  EXPECT_EQ(index.find('<'), std::string::npos);
  EXPECT_NE(
      index.find("\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e Kadernota \\u0026 co\""),
      std::string::npos);
}

TEST_F(CliSite, TheSameStoreGivesTheSameFilesAndAPreviousSiteIsReplaced) {
  import_correction("\"nl\": \"overlast\"", "\"nl\": \"openbare overlast\"");
  build_site();
  const StoreSnapshot first = snapshot(site());
  write_file(site() / "kiv/stale.html", "from an older site");
  const KivRun again = build(site());
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(snapshot(site()), first);
  const fs::path elsewhere = temp_.path() / "elsewhere" / "copy";
  ASSERT_EQ(build(elsewhere).status, 0);
  EXPECT_EQ(snapshot(elsewhere), first);
  EXPECT_EQ(others_in(temp_.path(), {"store", "site", "elsewhere", "corrected.json"}),
            std::vector<std::string>{});
}

TEST_F(CliSite, AnEmptyDirectoryIsFilled) {
  fs::create_directories(site());
  const KivRun run = build(site());
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(fs::is_regular_file(site() / "index.html"));
}

TEST_F(CliSite, RefusesADirectoryThatHoldsSomethingElseAndTouchesNothing) {
  write_file(site() / "notes.txt", "mine");
  const StoreSnapshot before = snapshot(site());
  const KivRun run = build(site());
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(
      run.err,
      "kiv: error: " + site().string() +
          ": cannot write the site there: the directory is not empty and holds no site kiv "
          "wrote (no .kiv-site file); expected a new or empty directory, or a previous kiv site\n");
  EXPECT_EQ(snapshot(site()), before);
  write_file(temp_.path() / "file", "a file");
  const KivRun file = build(temp_.path() / "file");
  EXPECT_EQ(file.status, 2);
  EXPECT_NE(file.err.find("it is not a directory"), std::string::npos) << file.err;
  EXPECT_EQ(others_in(temp_.path(), {"store", "site", "file"}), std::vector<std::string>{});
}

TEST_F(CliSite, SeriesPicksOneSeriesAndAnUnknownOneIsRefused) {
  const std::string other =
      variant("kiv/2016-2019.json", {{"\"series\": \"kiv\"", "\"series\": \"zvp\""}});
  ASSERT_EQ(kiv({"import", file("other.json", other)}).status, 0);
  ASSERT_EQ(build(site(), {"--series", "zvp"}).status, 0);
  EXPECT_TRUE(fs::is_regular_file(site() / "zvp/2016-2019/nl.html"));
  EXPECT_FALSE(fs::exists(site() / "kiv"));
  const KivRun unknown = build(temp_.path() / "other-site", {"--series", "nope"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.err, "kiv: error: no series 'nope' in the store; its series: kiv, zvp\n");
  const KivRun malformed = build(temp_.path() / "other-site", {"--series", "../x"});
  EXPECT_EQ(malformed.status, 2);
  EXPECT_NE(malformed.err.find("invalid series '../x'"), std::string::npos) << malformed.err;
  EXPECT_EQ(others_in(temp_.path(), {"store", "site", "other.json"}), std::vector<std::string>{});
}

TEST_F(CliSite, AnEditionNamedDiffSharesItsDirectoryWithTheDiffPages) {
  // Edition ids never hold '_', so SERIES/diff/LANG.html and SERIES/diff/FROM_TO.html differ.
  const std::string diff =
      variant("kiv/2022-2024.json", {{"\"edition\": \"2022-2024\"", "\"edition\": \"diff\""},
                                     {"\"from\": 2022", "\"from\": 2030"},
                                     {"\"to\": 2024", "\"to\": 2033"}});
  ASSERT_EQ(kiv({"import", file("diff.json", diff)}).status, 0);
  const KivRun run = build(site());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(fs::is_regular_file(site() / "kiv/diff/nl.html"));
  EXPECT_TRUE(fs::is_regular_file(site() / "kiv/diff/2022-2024_diff.html"));
}

TEST_F(CliSite, ATimelinePerKeyAndTheSeriesMatrixAndChurnAsInlineSvg) {
  build_site();
  const std::string timeline = page("kiv/timeline/cybercrime.html");
  EXPECT_NE(
      timeline.find(
          "<tr class=\"changed\"><td><a href=\"../../kiv/2022-2024/nl.html#p5\">2022-2024</a></td>"
          "<td class=\"number\">5</td><td><a href=\"../../kiv/diff/2016-2019_2022-2024.html\">"
          "changed (wording)</a></td><td>cybercrime en <del>cybersecurity</del><ins>cyber "
          "security</ins></td></tr>"),
      std::string::npos)
      << timeline;
  EXPECT_NE(
      timeline.find(
          "<tr class=\"added\"><td><a href=\"../../kiv/2016-2019/nl.html#p5\">2016-2019</a></td>"),
      std::string::npos);
  // Every key of every edition has its page, and the edition pages link to them.
  for (const char* key :
       {"drugsbeleid", "overlast", "buitgerichte-aanpak", "internationale-samenwerking"}) {
    EXPECT_TRUE(fs::is_regular_file(site() / "kiv/timeline" / (std::string(key) + ".html"))) << key;
  }
  EXPECT_NE(page("kiv/2022-2024/nl.html")
                .find("<span class=\"key\"><a href=\"../../kiv/timeline/cybercrime.html\">"
                      "cybercrime</a></span>"),
            std::string::npos);
  // The matrix is a table whose row labels (latest wordings) link to the timelines and stay in
  // view while the editions scroll; each edition links to its page.
  const std::string matrix = page("kiv/matrix.html");
  EXPECT_NE(matrix.find("<table class=\"matrix\">"), std::string::npos) << matrix;
  EXPECT_NE(matrix.find("<th class=\"lineage\" scope=\"row\" title=\"cybercrime\"><a "
                        "href=\"../kiv/timeline/cybercrime.html\">cybercrime en cyber "
                        "security</a></th>"),
            std::string::npos)
      << matrix;
  EXPECT_NE(
      matrix.find("<th scope=\"col\"><a href=\"../kiv/2016-2019/nl.html\">2016-2019</a></th>"),
      std::string::npos)
      << matrix;
  EXPECT_NE(page("style.css").find("table.matrix th.lineage{position:sticky;left:0"),
            std::string::npos);
  const std::string stats = page("kiv/stats.html");
  EXPECT_NE(stats.find("<div class=\"figure\"><svg xmlns=\"http://www.w3.org/2000/svg\""),
            std::string::npos)
      << stats;
  EXPECT_NE(
      stats.find(
          "<tr><td><a href=\"../kiv/diff/2016-2019_2022-2024.html\">2016-2019 → 2022-2024</a></td>"
          "<td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">1</td>"
          "<td class=\"number\">0</td><td class=\"number\">0</td><td "
          "class=\"number\">14</td></tr>"),
      std::string::npos)
      << stats;
  const std::string index = page("index.html");
  EXPECT_NE(index.find("<a href=\"kiv/matrix.html\">"), std::string::npos);
  EXPECT_NE(index.find("<a href=\"kiv/stats.html\">"), std::string::npos);
  EXPECT_NE(index.find("<a href=\"kiv/flow.html\">"), std::string::npos);
  // Each step says what changed in it, as the churn page counts it.
  EXPECT_NE(index.find("2016-2019 → 2022-2024</a><br><span class=\"note\">1 changed</span>"),
            std::string::npos)
      << index;
  // The flow of each section inline: the 10 priorities' and the 5 themes' bands between the two
  // editions (one of them reworded).
  const std::string flow = page("kiv/flow.html");
  EXPECT_NE(flow.find("<div class=\"figure\"><svg xmlns=\"http://www.w3.org/2000/svg\""),
            std::string::npos)
      << flow;
  std::size_t bands = 0;
  for (std::size_t at = flow.find("class=\"band\""); at != std::string::npos;
       at = flow.find("class=\"band\"", at + 1))
    ++bands;
  EXPECT_EQ(bands, 15U);
  EXPECT_NE(flow.find("cybercrime en cybersecurity → 2022-2024 #"), std::string::npos) << flow;
  EXPECT_NE(matrix.find("<a href=\"../kiv/flow.html\">"), std::string::npos);
  // Each timeline page draws the item's rank through the editions.
  const std::string cybercrime = page("kiv/timeline/cybercrime.html");
  EXPECT_NE(cybercrime.find("<div class=\"figure\"><svg xmlns=\"http://www.w3.org/2000/svg\""),
            std::string::npos)
      << cybercrime;
  EXPECT_NE(cybercrime.find("class=\"edition\""), std::string::npos);
  // Headed by the latest wording, not the key.
  EXPECT_NE(cybercrime.find("<h1 lang=\"nl\">cybercrime en cyber security</h1>"), std::string::npos)
      << cybercrime;
  // Ids and dates do not break at their hyphens; commits are short, whole on hover; a print
  // stylesheet leaves the navigation out.
  EXPECT_NE(index.find("<td class=\"id\">2022–2024</td><td class=\"id\">2022-03-31</td>"),
            std::string::npos)
      << index;
  const std::string style = page("style.css");
  EXPECT_NE(style.find("td.id{white-space:nowrap}"), std::string::npos);
  EXPECT_NE(style.find("@media print{nav{display:none}"), std::string::npos);
  const std::string diff = page("kiv/diff/2016-2019_2022-2024.html");
  const std::size_t commit = diff.find("Commits <code title=\"");
  ASSERT_NE(commit, std::string::npos) << diff;
  const std::size_t full = commit + std::string("Commits <code title=\"").size();
  EXPECT_EQ(diff.substr(full + 40, 2), "\">");
  EXPECT_EQ(diff.substr(full + 42, 12), diff.substr(full, 12));
  EXPECT_EQ(diff.substr(full + 54, 7), "</code>");
}

TEST_F(CliSite, TheDemoSeriesChurnIsKivStatsAndItsTimelinesNameSplitsAndMerges) {
  std::vector<std::string> args = {"import"};
  for (const char* edition : {"2001-2002", "2003-2004", "2005-2006", "2007-2008"}) {
    args.push_back(test_data(std::string("series/demo/") + edition + ".json").string());
  }
  ASSERT_EQ(kiv(args).status, 0);
  build_site();
  // Counted off the diff pages, the churn is what kiv stats counts.
  const KivRun stats = kiv({"stats", "--series", "demo", "--format", "json"});
  ASSERT_EQ(stats.status, 0) << stats.err;
  static const std::regex kStep(
      R"re("from": "([0-9-]+)",\s*"to": "([0-9-]+)",\s*"added": (\d+),\s*"removed": (\d+),\s*"changed": (\d+),\s*"unchanged": (\d+),\s*"split": (\d+),\s*"merged": (\d+))re");
  const std::string page_text = page("demo/stats.html");
  int steps = 0;
  for (auto it = std::sregex_iterator(stats.out.begin(), stats.out.end(), kStep);
       it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    const std::string row = fmt::format(
        "<tr><td><a href=\"../demo/diff/{0}_{1}.html\">{0} → {1}</a></td><td "
        "class=\"number\">{2}</td>"
        "<td class=\"number\">{3}</td><td class=\"number\">{4}</td><td class=\"number\">{5}</td>"
        "<td class=\"number\">{6}</td><td class=\"number\">{7}</td></tr>",
        m[1].str(), m[2].str(), m[3].str(), m[4].str(), m[5].str(), m[7].str(), m[8].str(),
        m[6].str());
    EXPECT_NE(page_text.find(row), std::string::npos) << row << "\n" << page_text;
    ++steps;
  }
  EXPECT_EQ(steps, 3) << stats.out;
  EXPECT_NE(
      page("demo/timeline/fraude.html")
          .find("<tr class=\"split\"><td><a "
                "href=\"../../demo/2005-2006/nl.html\">2005-2006</a></td><td class=\"number\">"
                "</td><td><a "
                "href=\"../../demo/diff/2003-2004_2005-2006.html\">split</a></td><td><br><span "
                "class=\"note\">"
                "split into 2. sociale fraude (<a "
                "href=\"../../demo/timeline/sociale-fraude.html\">sociale-fraude</a>); "
                "3. fiscale fraude (<a "
                "href=\"../../demo/timeline/fiscale-fraude.html\">fiscale-fraude</a>)</span></td></"
                "tr>"),
      std::string::npos)
      << page("demo/timeline/fraude.html");
  EXPECT_NE(page("demo/timeline/handel.html").find("merged with "), std::string::npos)
      << page("demo/timeline/handel.html");
}

TEST_F(CliSite, ALineageRenamedByACuratedLinkHasOnePageThatItsOlderKeyLinksTo) {
  const std::string renamed =
      variant("kiv/2022-2024.json", {{"\"key\": \"leefmilieu\"", "\"key\": \"klimaat\""},
                                     {"\"nl\": \"leefmilieu\"", "\"nl\": \"klimaatbeleid\""}});
  ASSERT_EQ(kiv({"import", file("renamed.json", renamed)}).status, 0);
  ASSERT_EQ(kiv({"link", "kiv/2016-2019:leefmilieu", "kiv/2022-2024:klimaat", "--author",
                 "A <a@example.org>"})
                .status,
            0);
  build_site();
  EXPECT_FALSE(fs::exists(site() / "kiv/timeline/leefmilieu.html"));
  const std::string timeline = page("kiv/timeline/klimaat.html");
  EXPECT_NE(
      timeline.find(
          "<tr class=\"added\"><td><a href=\"../../kiv/2016-2019/nl.html#p8\">2016-2019</a></td>"
          "<td class=\"number\">8</td><td>added</td><td>leefmilieu</td></tr>"),
      std::string::npos)
      << timeline;
  EXPECT_NE(
      timeline.find(
          "<td>klimaatbeleid<br><span class=\"note\">renamed by a curated link from 8. leefmilieu "
          "(<a href=\"../../kiv/timeline/klimaat.html\">leefmilieu</a>)</span></td></tr>"),
      std::string::npos)
      << timeline;
  EXPECT_NE(page("kiv/2016-2019/nl.html")
                .find("<span class=\"key\"><a href=\"../../kiv/timeline/klimaat.html\">"
                      "leefmilieu</a></span>"),
            std::string::npos);
}

TEST_F(CliSite, ASeriesWhoseEditionsShareNoLanguageHasNoHistoryPages) {
  std::string french =
      variant("kiv/2022-2024.json", {{"\"series\": \"kiv\"", "\"series\": \"zvp\""}});
  for (std::size_t at = french.find("\"nl\":"); at != std::string::npos;
       at = french.find("\"nl\":", at)) {
    french.replace(at, 5, "\"fr\":");
  }
  ASSERT_EQ(kiv({"import", file("fr.json", french),
                 file("nl.json", variant("kiv/2016-2019.json",
                                         {{"\"series\": \"kiv\"", "\"series\": \"zvp\""}}))})
                .status,
            0);
  const KivRun run = build(site());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(fs::is_regular_file(site() / "zvp/2022-2024/fr.html"));
  EXPECT_FALSE(fs::exists(site() / "zvp/matrix.html"));
  EXPECT_FALSE(fs::exists(site() / "zvp/timeline"));
  EXPECT_TRUE(fs::is_regular_file(site() / "kiv/matrix.html"));
  EXPECT_NE(page("zvp/diff/2016-2019_2022-2024.html")
                .find("<p>zvp/2016-2019 (languages: nl) and zvp/2022-2024 (languages: fr) have no "
                      "language in common: "
                      "there is nothing to compare.</p>"),
            std::string::npos);
  EXPECT_NE(page("zvp/2022-2024/fr.html").find("<span class=\"key\">cybercrime</span>"),
            std::string::npos);
}

TEST_F(CliSite, TwoPagesOfOnePathAreRefusedAndNothingIsWritten) {
  // The edition "timeline" has its Dutch page at kiv/timeline/nl.html, where the timeline of
  // the key "nl" goes too.
  const std::string clash =
      variant("kiv/2022-2024.json", {{"\"edition\": \"2022-2024\"", "\"edition\": \"timeline\""},
                                     {"\"from\": 2022", "\"from\": 2030"},
                                     {"\"to\": 2024", "\"to\": 2033"},
                                     {"\"key\": \"overlast\"", "\"key\": \"nl\""}});
  ASSERT_EQ(kiv({"import", file("clash.json", clash)}).status, 0);
  const KivRun run = build(site());
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(
      run.err,
      "kiv: error: " + (site() / "kiv/timeline/nl.html").string() +
          ": two pages of the site would have this path (an edition or key id clashes with the "
          "site's layout: 'diff' and 'timeline' name its directories); rename the edition or "
          "key\n");
  EXPECT_EQ(others_in(temp_.path(), {"store", "clash.json"}), std::vector<std::string>{});
}

TEST_F(CliSite, NeedsAStore) {
  const KivRun run = run_kiv_in(temp_.path() / "no-store", {"site", site().string()});
  EXPECT_EQ(run.status, 2);
  EXPECT_FALSE(fs::exists(site()));
}

TEST_F(CliSite, ShowsProgressOnATerminalOnly) {
  const KivRun piped = build(site());
  EXPECT_EQ(piped.err, "");
  const KivRun terminal =
      kiv({"site", (temp_.path() / "other").string()}, {.env = {}, .stderr_terminal = true});
  EXPECT_EQ(terminal.status, 0);
  EXPECT_NE(terminal.err.find("pages [="), std::string::npos) << terminal.err;
}

TEST(CliSiteHelp, ExplainsItselfWithExamples) {
  const KivRun help = run_kiv({"help", "site"});
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Examples:\n  kiv site "), std::string::npos) << help.out;
  EXPECT_EQ(run_kiv({"site", "--help"}).out, help.out);
  EXPECT_NE(run_kiv({"--help"}).out.find("\n  site "), std::string::npos);
}

}  // namespace
}  // namespace kiv::test

namespace kiv::test {
namespace {

// Accessibility: every colour kiv gives text, on the site and in its HTML and SVG outputs,
// has a contrast of at least 4.5:1 on white (WCAG 2 AA for normal text).
TEST_F(CliSite, EveryTextColourMeetsWcagAa) {
  std::vector<std::string> args = {"import"};
  for (const char* edition : {"2001-2002", "2003-2004", "2005-2006", "2007-2008"})
    args.push_back(test_data(std::string("series/demo/") + edition + ".json").string());
  ASSERT_EQ(kiv(args).status, 0);
  build_site();
  std::vector<std::pair<std::string, std::string>> outputs = {
      {"style.css", page("style.css")},
      {"demo/flow.html", page("demo/flow.html")},
      {"demo/stats.html", page("demo/stats.html")},
      {"demo/matrix.html", page("demo/matrix.html")},
      {"demo/timeline/fraude.html", page("demo/timeline/fraude.html")}};
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"diff", "demo/2003-2004", "demo/2005-2006", "--format", "html"},
        {"matrix", "--series", "demo", "--format", "html"},
        {"flow", "--series", "demo", "--format", "html"},
        {"timeline", "handel", "--series", "demo", "--format", "svg"}}) {
    const KivRun run = kiv(command);
    ASSERT_EQ(run.status, 0) << command.front() << ": " << run.err;
    outputs.emplace_back("kiv " + command.front(), run.out);
  }
  std::size_t checked = 0;
  for (const auto& [name, text] : outputs) {
    for (const std::string& colour : text_colours(text)) {
      ++checked;
      EXPECT_GE(contrast_on_white(colour), 4.5) << name << ": #" << colour;
    }
  }
  EXPECT_GE(checked, 20U);  // the test reads what it means to
  // And the text on coloured cells and boxes, against their colour.
  std::set<std::pair<std::string, std::string>> pairs;
  const KivRun svg = kiv({"matrix", "--series", "demo", "--format", "svg"});
  outputs.emplace_back("kiv matrix --format svg", svg.out);
  for (const auto& [name, text] : outputs) {
    for (const auto& [fg, bg] : text_on_colour(text)) {
      pairs.emplace(fg, bg);
      EXPECT_GE(contrast(fg, bg), 4.5) << name << ": #" << fg << " on #" << bg;
    }
  }
  EXPECT_GE(pairs.size(), 8U);  // every change colour, and the marks of removed cells
  // Every table header says what it heads, for screen readers.
  static const std::regex kHeader(R"re(<th(?![^>]*\sscope="(col|row)")[^>]*>)re");
  for (const auto& [name, text] : outputs) {
    std::smatch unscoped;
    EXPECT_FALSE(std::regex_search(text, unscoped, kHeader)) << name << ": " << unscoped.str();
  }
  for (const char* path : {"index.html", "kiv/2022-2024/nl.html", "demo/stats.html"}) {
    const std::string html = page(path);
    EXPECT_NE(html.find("<th scope=\"col\">"), std::string::npos) << path;
    EXPECT_FALSE(std::regex_search(html, kHeader)) << path;
  }
}

// Every page has one h1, and its headings go down one level at a time (h1, h2, h3; never h1
// then h3), so that a screen reader's outline of the page is whole.
TEST_F(CliSite, EveryPageHasOneTitleAndHeadingsInOrder) {
  std::vector<std::string> args = {"import"};
  for (const char* edition : {"2001-2002", "2003-2004", "2005-2006", "2007-2008"})
    args.push_back(test_data(std::string("series/demo/") + edition + ".json").string());
  ASSERT_EQ(kiv(args).status, 0);
  ASSERT_EQ(kiv({"import", bundled("kiv/2022-2024.json").string(), "--source-url",
                 "https://example.org/kiv"})
                .status,
            0);
  build_site();
  static const std::regex kHeading(R"re(<h([1-6])[\s>])re");
  std::size_t pages = 0;
  for (const auto& entry : fs::recursive_directory_iterator(site())) {
    if (entry.path().extension() != ".html") continue;
    ++pages;
    const std::string html = read_file(entry.path());
    int previous = 0, titles = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), kHeading);
         it != std::sregex_iterator(); ++it) {
      const int level = std::stoi((*it)[1].str());
      titles += level == 1 ? 1 : 0;
      EXPECT_LE(level, previous + 1) << entry.path() << ": h" << level << " after h" << previous;
      previous = level;
    }
    EXPECT_EQ(titles, 1) << entry.path();
  }
  EXPECT_GE(pages, 40U);
}

}  // namespace
}  // namespace kiv::test
