#include <gtest/gtest.h>

#include "support/documents.hpp"

namespace kiv {
namespace {

using test::titles;

// A page with `body`, its head holding what must not count.
std::string page(const std::string& body) {
  return "<!DOCTYPE html><html><head><title>Priorités</title><script>var x = '1. "
         "drugs';</script></head><body>\n" +
         body + "</body></html>";
}

DocumentReading read_html(const std::string& body) {
  return test::read_as(DocumentFormat::html, page(body), "KIV_22-24_FR.html");
}

TEST(DocumentHtml, ReadsHeadingsAndOrderedLists) {
  const DocumentReading reading = read_html(
      "<nav><ul><li>Accueil</li></ul></nav><h2>Priorités de politique</h2>\n<ol>\n<li>fraude "
      "sociale\net fiscale</li>\n"
      "<li><strong>environnement</strong></li></ol>\n<h2>Défis</h2><ul><li>l&#8217;approche axée "
      "sur le butin</li></ul>");
  EXPECT_EQ(titles(reading.edition.priorities, "fr"),
            (std::vector<std::string>{"fraude sociale et fiscale", "environnement"}));
  EXPECT_EQ(titles(reading.edition.themes, "fr"),
            (std::vector<std::string>{"l\u2019approche axée sur le butin"}));
  EXPECT_EQ(reading.edition.title.at("fr"), "Note-cadre de Sécurité intégrale 2022-2024");
}

// Word processors and content management systems export a list as one paragraph per item.
TEST(DocumentHtml, ParagraphsNumberedOrBulletedOneByOneAreAList) {
  const DocumentReading reading = read_html(
      "<h2>Priorités de politique</h2>\n<p class=\"MsoListParagraph\">1.&nbsp;&nbsp;le "
      "terrorisme</p>\n<p>2. la <b>drogue</b></p>\n<p>3) la fraude sociale</p>\n"
      "<p>Ces priorités valent pour trois ans.</p>\n<h2>Défis</h2><p>• l'approche "
      "administrative</p><p>• l'échange d'informations</p>");
  EXPECT_EQ(titles(reading.edition.priorities, "fr"),
            (std::vector<std::string>{"le terrorisme", "la drogue", "la fraude sociale"}));
  EXPECT_EQ(titles(reading.edition.themes, "fr"),
            (std::vector<std::string>{"l'approche administrative", "l'échange d'informations"}));
  // One numbered paragraph alone is a sentence that begins with a year or a number.
  EXPECT_NE(test::reading_error(
                DocumentFormat::html,
                page("<h2>Priorités de politique</h2><p>2016. Un nouveau plan.</p><p>Voir plus "
                     "loin.</p>"),
                "KIV_22-24_FR.html")
                .find("no section of priorities or themes found"),
            std::string::npos);
}

TEST(DocumentHtml, TextOutsideParagraphsIntroducesToo) {
  const DocumentReading reading = read_html(
      "<div>Le gouvernement retient les priorités suivantes&nbsp;:<ol><li>drogues</li></ol></div>");
  EXPECT_EQ(titles(reading.edition.priorities, "fr"), (std::vector<std::string>{"drogues"}));
}

TEST(DocumentHtml, NestedListsAreSubtopics) {
  const DocumentReading reading = read_html(
      "<h3>Priorités</h3><ol><li><p>violence</p><ul><li>violence intrafamiliale</li>"
      "<li>violence sexuelle</li></ul></li><li>nuisances</li></ol>");
  ASSERT_EQ(reading.edition.priorities.size(), 2U);
  EXPECT_EQ(text_in(reading.edition.priorities[0].title, "fr"), "violence");
  ASSERT_EQ(reading.edition.priorities[0].subtopics.size(), 2U);
  EXPECT_EQ(text_in(reading.edition.priorities[0].subtopics[1], "fr"), "violence sexuelle");
}

TEST(DocumentHtml, OrderedListsNumberFromTheirStart) {
  EXPECT_EQ(test::reading_error(DocumentFormat::html,
                                page("<h2>Priorités</h2>\n<ol start=\"2\">\n<li>drogues</li></ol>"),
                                "KIV_22-24_FR.html"),
            "KIV_22-24_FR.html:4: expected item 1, found 2");
}

TEST(DocumentHtml, LineBreaksSeparateLinesForDates) {
  const DocumentReading reading = read_html(
      "<p>Note-cadre approuvée par le Conseil des ministres<br>\nle 4 février 2022</p>"
      "<p>Publiée le 1er avril 2022</p><h2>Priorités</h2><ol><li>drogues</li></ol>");
  EXPECT_EQ(reading.edition.adopted, "2022-02-04");
}

}  // namespace
}  // namespace kiv
