#include <gtest/gtest.h>

#include "support/documents.hpp"

namespace kiv {
namespace {

// Overrides with one value given.
DocumentOverrides given(std::string DocumentOverrides::*option, const std::string& value) {
  DocumentOverrides overrides;
  overrides.*option = value;
  return overrides;
}

// A document with one section, after `header`.
std::string note_with(const std::string& header) {
  return header + "\n\nPrioriteiten\n\n1. drugs\n";
}

DocumentReading read(const std::string& header, const std::string& path = "note.txt",
                     const DocumentOverrides& overrides = {}) {
  return test::read_as(DocumentFormat::text, note_with(header), path, overrides);
}

std::string error_of(const std::string& header, const std::string& path = "note.txt",
                     const DocumentOverrides& overrides = {}) {
  return test::reading_error(DocumentFormat::text, note_with(header), path, overrides);
}

TEST(DocumentMetadata, ReadsDatesInEveryCommonWrittenForm) {
  const std::vector<std::pair<std::string, std::string>> forms = {
      {"Thu, Mar 31 2022", "2022-03-31"}, {"31 maart 2022", "2022-03-31"},
      {"31 mars 2022", "2022-03-31"},     {"31. März 2022", "2022-03-31"},
      {"March 31, 2022", "2022-03-31"},   {"31 March 2022", "2022-03-31"},
      {"2022-03-31", "2022-03-31"},       {"31/03/2022", "2022-03-31"},
      {"31.03.2022", "2022-03-31"},       {"1er févr. 2016", "2016-02-01"},
      {"7 sept. 2016", "2016-09-07"},     {"3 mrt 2016", "2016-03-03"},
      {"4 Dez. 2019", "2019-12-04"},      {"June 7th, 2016", "2016-06-07"},
      {"29 februari 2024", "2024-02-29"}};
  for (const auto& [written, iso] : forms) {
    EXPECT_EQ(
        read("Kadernota Integrale Veiligheid 2022-2024, " + written, "n.nl.txt").edition.adopted,
        iso)
        << written;
  }
}

TEST(DocumentMetadata, DatesMustBeRealCalendarDates) {
  const DocumentReading reading = read("KIV 2022-2024: 29 februari 2023, 31/04/2022", "n.nl.txt");
  EXPECT_EQ(reading.edition.adopted, "");
  EXPECT_NE(std::find(reading.warnings.begin(), reading.warnings.end(),
                      "no adoption date found; give it with --adopted"),
            reading.warnings.end());
}

TEST(DocumentMetadata, PrefersTheDateOfTheAdoption) {
  const DocumentReading reading = read(
      "KIV 2022-2024\nGepubliceerd op 1 april 2022 (https://example.org/2021-01-01).\n"
      "Door de ministers gevalideerd op\n31 maart 2022",
      "n.nl.txt");
  EXPECT_EQ(reading.edition.adopted, "2022-03-31");
  EXPECT_EQ(reading.adopted.origin, "text, line 4");
}

// A wrapped paragraph (a PDF's lines) may cut the date of the adoption after its month.
TEST(DocumentMetadata, TheAdoptionDateMayRunOverALineBreak) {
  const DocumentReading reading = read(
      "KIV 2022-2024\nDeze kadernota werd goedgekeurd door de Nationale Veiligheidsraad op 28 "
      "januari\n2022 en door de Ministerraad op 4 februari 2022.",
      "n.nl.txt");
  EXPECT_EQ(reading.edition.adopted, "2022-01-28");
  EXPECT_EQ(reading.adopted.origin, "text, line 2");
  EXPECT_EQ(read("KIV 2022-2024\nGevalideerd op 31\nmaart 2022.", "n.nl.txt").edition.adopted,
            "2022-03-31");
}

TEST(DocumentMetadata, IgnoresDatesInUrls) {
  EXPECT_EQ(read("KIV 2022-2024 https://example.org/news/2016/06/07 www.example.org/2016-06-07",
                 "n.nl.txt")
                .edition.adopted,
            "");
}

TEST(DocumentMetadata, PrefersTheEditionInTheFileName) {
  const DocumentReading reading =
      read("Kadernota Integrale Veiligheid 2016-2019", "KIV_22-24_NL.txt");
  EXPECT_EQ(reading.edition.edition, "2022-2024");
  EXPECT_EQ(reading.edition_id.origin, "file name");
  EXPECT_EQ(reading.lang.value, "nl");
}

TEST(DocumentMetadata, TakesThePeriodBesideTheSeriesNameBeforeOthers) {
  const DocumentReading reading = read(
      "Het Nationaal Veiligheidsplan 2016-2019 en de Kadernota Integrale Veiligheid (KIV) "
      "2022-2024",
      "n.nl.txt");
  EXPECT_EQ(reading.edition.edition, "2022-2024");
  EXPECT_EQ(reading.edition_id.origin, "text, line 1");
}

TEST(DocumentMetadata, ShortPeriodsOnlyBesideTheSeriesName) {
  EXPECT_EQ(read("Kadernota Integrale Veiligheid 22-24", "n.nl.txt").edition.edition, "2022-2024");
  EXPECT_EQ(read("Kadernota Integrale Veiligheid\n\nKIV_22-24_NL", "n.nl.txt").edition.edition,
            "2022-2024");
  EXPECT_NE(error_of("Kadernota Integrale Veiligheid\n\nzie pagina 22-24", "n.nl.txt")
                .find("give it with --edition"),
            std::string::npos);
}

TEST(DocumentMetadata, ADateIsNoPeriod) {
  EXPECT_EQ(error_of("Kadernota Integrale Veiligheid, goedgekeurd op 2016-06-07", "n.nl.txt"),
            "n.nl.txt: no edition period found (expected e.g. '2022-2024' beside the series' name, "
            "or in the file "
            "name); give it with --edition");
}

TEST(DocumentMetadata, FindsTheSeriesByItsNamesInEveryLanguage) {
  for (const std::string name :
       {"Kadernota Integrale Veiligheid", "KIV", "Note-cadre de Sécurité intégrale", "NCSI",
        "Rahmennote Integrale Sicherheit", "Rahmenvermerk Integrale Sicherheit",
        "Framework Note on Integral Security", "NOTE-CADRE DE SECURITE INTEGRALE"}) {
    EXPECT_EQ(read(name + " 2022-2024", "n.nl.txt").edition.series, "kiv") << name;
  }
  // The police's plan that follows each KIV is a series of its own.
  for (const std::string name : {"Nationaal Veiligheidsplan", "NVP", "Plan national de sécurité",
                                 "PNS", "Nationaler Sicherheitsplan", "National Security Plan"}) {
    EXPECT_EQ(read(name + " 2016-2019", "n.nl.txt").edition.series, "nvp") << name;
  }
  EXPECT_EQ(read("Het Nationaal Veiligheidsplan 2016-2019", "n.nl.txt").edition.title.at("nl"),
            "Nationaal Veiligheidsplan 2016-2019");
  EXPECT_EQ(error_of("Zonaal Veiligheidsplan 2022-2024", "n.nl.txt"),
            "n.nl.txt: no series found (expected its name, e.g. 'Kadernota Integrale Veiligheid', "
            "'Note-cadre de "
            "Sécurité intégrale' or 'KIV'); give it with --series");
}

TEST(DocumentMetadata, DetectsTheLanguageFromTheFileNameThenTheText) {
  EXPECT_EQ(read("KIV 2022-2024", "KIV_22-24_DE.txt").lang.value, "de");
  EXPECT_EQ(read("KIV 2022-2024", "note-fr.txt").lang.value, "fr");
  const DocumentReading reading =
      read("NCSI 2022-2024. La note est adoptée par le gouvernement et les ministres.");
  EXPECT_EQ(reading.lang.value, "fr");
  EXPECT_EQ(reading.lang.origin, "text");
  EXPECT_EQ(reading.edition.title.at("fr"), "Note-cadre de Sécurité intégrale 2022-2024");
  EXPECT_NE(error_of("KIV 2022-2024").find("give it with --lang"), std::string::npos);
}

TEST(DocumentMetadata, OverridesReplaceDetectionAndSayTheirOption) {
  const DocumentReading reading = read("Nota", "note.txt",
                                       {.series = "kiv",
                                        .edition = "2019-2021",
                                        .lang = "en",
                                        .adopted = "2019-01-02",
                                        .priority_headings = {},
                                        .theme_headings = {},
                                        .described_series = {}});
  EXPECT_EQ(reading.edition.id(), "kiv/2019-2021");
  EXPECT_EQ(reading.edition.adopted, "2019-01-02");
  EXPECT_EQ(reading.edition.title.at("en"), "Framework Note on Integral Security 2019-2021");
  EXPECT_EQ(reading.series.origin, "--series");
  EXPECT_EQ(reading.edition_id.origin, "--edition");
  EXPECT_EQ(reading.lang.origin, "--lang");
  EXPECT_EQ(reading.adopted.origin, "--adopted");
  ASSERT_TRUE(reading.edition.period.has_value());
  EXPECT_EQ(reading.edition.period->from, 2019);
}

TEST(DocumentMetadata, AnEditionThatIsNoPeriodHasNoPeriod) {
  for (const std::string edition : {"herziening-2", "0999-1000", "2024-2022"}) {
    const DocumentReading reading =
        read("KIV", "n.nl.txt", given(&DocumentOverrides::edition, edition));
    EXPECT_EQ(reading.edition.edition, edition);
    EXPECT_FALSE(reading.edition.period.has_value()) << edition;
  }
}

TEST(DocumentMetadata, MalformedOverridesNameTheirOption) {
  EXPECT_EQ(error_of("KIV 2022-2024", "n.nl.txt", given(&DocumentOverrides::adopted, "2022-02-30")),
            "--adopted: '2022-02-30' is not a date (YYYY-MM-DD, e.g. 2022-03-31)");
  EXPECT_EQ(error_of("KIV 2022-2024", "n.nl.txt", given(&DocumentOverrides::lang, "NL")),
            "--lang: 'NL' is not a language code (two lowercase letters, e.g. nl)");
  EXPECT_NE(error_of("KIV 2022-2024", "n.nl.txt", given(&DocumentOverrides::series, "K I V"))
                .find("--series: 'K I V'"),
            std::string::npos);
  EXPECT_NE(error_of("KIV 2022-2024", "n.nl.txt", given(&DocumentOverrides::edition, "../x"))
                .find("--edition: '../x'"),
            std::string::npos);
}

}  // namespace
}  // namespace kiv
