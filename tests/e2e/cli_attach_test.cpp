// kiv import --attach: documents kept with an edition, byte for byte, without changing its
// items; listed by show and log, given back by export, checked by verify.

#include <rapidjson/document.h>

#include <filesystem>

#include "support/cli_fixture.hpp"
#include "support/store_damage.hpp"

namespace kiv::test {
namespace {

class CliAttach : public CliTest {
 protected:
  void SetUp() override {
    ASSERT_EQ(kiv({"import", bundled("kiv/2022-2024.json").string()}).status, 0);
  }
  std::string annex() const { return test_data("published/KIV_22-24_NL.protected.pdf").string(); }
  int revisions() const {
    rapidjson::Document log;
    log.Parse(kiv({"log", "--format", "json"}).out.c_str());
    return log.IsArray() ? static_cast<int>(log.Size()) : -1;
  }
};

TEST_F(CliAttach, AnAttachmentIsKeptWithItsFixityAndChangesNoItem) {
  const std::string shown_before = kiv({"show", "kiv/2022-2024", "--format", "json"}).out;
  rapidjson::Document none;
  none.Parse(kiv({"log", "--format", "json"}).out.c_str());
  ASSERT_TRUE(none.IsArray() && none.Size() == 1U && none[0]["attachments"].IsArray());
  EXPECT_EQ(none[0]["attachments"].Size(), 0U);
  const KivRun run = kiv({"import", "--attach", "kiv/2022-2024", annex(), "--source-url",
                          "https://example.org/bijlage.pdf", "--retrieved", "2026-12-01", "--note",
                          "Bijlage", "--author", "An Archivist <an@example.org>"});
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string bytes = read_file(annex());
  EXPECT_NE(run.out.find("attached KIV_22-24_NL.protected.pdf to kiv/2022-2024 (sha256 "),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find(std::to_string(bytes.size()) + " bytes)"), std::string::npos);
  // No revision, no item changed.
  EXPECT_EQ(revisions(), 1);
  EXPECT_EQ(kiv({"show", "kiv/2022-2024", "--format", "json"}).out, shown_before);
  const std::string shown = kiv({"show", "kiv/2022-2024"}).out;
  EXPECT_NE(shown.find("Attachments (1)\n  KIV_22-24_NL.protected.pdf  application/pdf; " +
                       std::to_string(bytes.size()) + " bytes; sha256 "),
            std::string::npos)
      << shown;
  EXPECT_NE(shown.find(" by An Archivist <an@example.org>, commit "), std::string::npos);
  EXPECT_NE(shown.find("    from https://example.org/bijlage.pdf\n    retrieved 2026-12-01\n    "
                       "note Bijlage\n"),
            std::string::npos)
      << shown;
  const std::string log = kiv({"log", "kiv/2022-2024"}).out;
  EXPECT_NE(log.find("kiv/2022-2024 attachment KIV_22-24_NL.protected.pdf  "), std::string::npos)
      << log;
  // For scripts: each revision of the edition carries its attachments.
  rapidjson::Document log_json;
  log_json.Parse(kiv({"log", "--format", "json"}).out.c_str());
  ASSERT_TRUE(log_json.IsArray() && log_json.Size() == 1U);
  const rapidjson::Value& listed = log_json[0]["attachments"];
  ASSERT_TRUE(listed.IsArray() && listed.Size() == 1U);
  EXPECT_STREQ(listed[0]["name"].GetString(), "KIV_22-24_NL.protected.pdf");
  EXPECT_STREQ(listed[0]["media_type"].GetString(), "application/pdf");
  EXPECT_EQ(listed[0]["size"].GetInt64(), static_cast<std::int64_t>(bytes.size()));
  EXPECT_EQ(std::string(listed[0]["sha256"].GetString()).size(), 64U);
  EXPECT_EQ(std::string(listed[0]["commit"].GetString()).size(), 40U);
  EXPECT_STREQ(listed[0]["attached_by"].GetString(), "An Archivist <an@example.org>");
  EXPECT_STREQ(listed[0]["source_url"].GetString(), "https://example.org/bijlage.pdf");
  EXPECT_STREQ(listed[0]["retrieved"].GetString(), "2026-12-01");
  EXPECT_STREQ(listed[0]["note"].GetString(), "Bijlage");
  EXPECT_EQ(kiv({"log", "kiv/2022-2024", "--format", "json"}).out,
            kiv({"log", "--format", "json"}).out);
  // The bytes come back as they were.
  const KivRun exported =
      kiv({"export", "kiv/2022-2024", "--attachment", "KIV_22-24_NL.protected.pdf"});
  EXPECT_EQ(exported.status, 0) << exported.err;
  EXPECT_EQ(exported.out, bytes);
  EXPECT_EQ(kiv({"verify"}).status, 0);
  // Git holds it: a rebuilt index has it again.
  ASSERT_EQ(kiv({"rebuild"}).status, 0);
  EXPECT_EQ(kiv({"show", "kiv/2022-2024"}).out, shown);
  EXPECT_EQ(kiv({"verify"}).status, 0);
}

TEST_F(CliAttach, WhatCannotBeAttachedIsRefusedAndTheStoreLeftAsItWas) {
  ASSERT_EQ(kiv({"import", "--attach", "kiv/2022-2024", annex()}).status, 0);
  const auto before = snapshot(store());
  const struct {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{"--attach", "kiv/2022-2024", annex()},
       "kiv/2022-2024 already has the attachment KIV_22-24_NL.protected.pdf (sha256 "},
      {{"--attach", "kiv/2022-2024", file("other-name.pdf", read_file(annex()))},
       "already has the attachment KIV_22-24_NL.protected.pdf (sha256 "},
      {{"--attach", "kiv/2030-2033", annex()}, "no edition kiv/2030-2033 in the store"},
      {{"--attach", "kiv/2022-2024@1", annex()},
       "attachments belong to an edition, not to one of its revisions"},
      {{"--attach", "kiv/2022-2024", annex(), "--dry-run"}, "--attach keeps files as they are"},
      {{"--attach", "kiv/2022-2024", file("b.pdf", "x"), "--retrieved", "2026-02-30"},
       "--retrieved '2026-02-30'"},
      {{"--attach", "kiv/2022-2024", (temp_.path() / "none.pdf").string()},
       "none.pdf: cannot read the file: No such file or directory"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> args = {"import"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const KivRun run = kiv(args);
    EXPECT_EQ(run.status, 2) << c.message << "\n" << run.out;
    EXPECT_NE(run.err.find(c.message), std::string::npos) << run.err;
  }
  EXPECT_EQ(snapshot(store()), before);
  const KivRun unknown = kiv({"export", "kiv/2022-2024", "--attachment", "nope.pdf"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("kiv/2022-2024 has no attachment 'nope.pdf'; its attachments: "
                             "KIV_22-24_NL.protected.pdf"),
            std::string::npos)
      << unknown.err;
}

// The site lists the attachments on the edition's pages and keeps their exact bytes.
TEST_F(CliAttach, TheSiteListsTheAttachmentsWithTheirBytes) {
  const KivRun run = kiv({"import", "--attach", "kiv/2022-2024", annex(), "--note", "<Bijlage>"});
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string sha256 = run.out.substr(run.out.find("sha256 ") + 7, 64);
  const std::filesystem::path site = temp_.path() / "site";
  const KivRun built = kiv({"site", site.string()});
  ASSERT_EQ(built.status, 0) << built.err;
  const std::string page = read_file(site / "kiv" / "2022-2024" / "nl.html");
  EXPECT_NE(page.find("<h2>Attachments</h2>"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"../../kiv/2022-2024/attachments/" + sha256 +
                      "\" download=\"KIV_22-24_NL.protected.pdf\" type=\"application/pdf\">"),
            std::string::npos)
      << page.substr(page.find("Attachments"), 600);
  EXPECT_NE(page.find(" · &lt;Bijlage&gt;</li>"), std::string::npos);  // escaped
  EXPECT_EQ(read_file(site / "kiv" / "2022-2024" / "attachments" / sha256), read_file(annex()));
}

// Bytes changed behind kiv's back are caught: the SHA-256 recorded is the proof.
TEST_F(CliAttach, VerifyFindsAnAttachmentWhoseBytesChanged) {
  const KivRun run = kiv({"import", "--attach", "kiv/2022-2024", annex()});
  ASSERT_EQ(run.status, 0) << run.err;
  const std::size_t at = run.out.find("sha256 ") + 7;
  const std::string sha256 = run.out.substr(at, 64);
  commit_over_main(store(), "kiv/2022-2024.attachments/" + sha256, std::string("not the pdf"));
  const KivRun verify = kiv({"verify"});
  EXPECT_EQ(verify.status, 3) << verify.out;
  EXPECT_NE(verify.out.find("kiv/2022-2024.attachments: KIV_22-24_NL.protected.pdf: its bytes in "
                            "commit "),
            std::string::npos)
      << verify.out;
}

}  // namespace
}  // namespace kiv::test
