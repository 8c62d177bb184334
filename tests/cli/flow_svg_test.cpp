// kiv flow's pictures: well-formed, self-contained SVG with a band per continuation, change
// drawn over what stayed, every text escaped, and the titles left to tooltips when the
// editions are many.

#include <gtest/gtest.h>

#include <string>

#include "render/flow_render.hpp"
#include "svg_checks.hpp"

namespace kiv::cli {
namespace {

FlowNode node(const std::string& key, int rank, const std::string& title,
              TimelineChange change = TimelineChange::unchanged) {
  FlowNode made;
  made.key = key;
  made.rank = rank;
  made.title = title;
  made.change = change;
  return made;
}

// Two editions: a (1) split into a1 (1) and a2 (2); b (2) and c (3) merged into bc (3); d (4)
// kept its place and wording; e (5) removed; f (4) added. `extra` more editions of the last
// one's items, unchanged.
Flow demo_flow(int extra = 0) {
  using C = TimelineChange;
  Flow flow{"demo", "nl", Section::priorities, {}};
  FlowColumn& first = flow.columns.emplace_back();
  first.edition = "2001-2002";
  first.nodes = {node("a", 1, "fraude"), node("b", 2, "wapens"), node("c", 3, "mensenhandel"),
                 node("d", 4, "drugs <script>alert(1)</script> & co"), node("e", 5, "verkeer")};
  first.nodes[4].removed_next = true;
  first.bands = {{0, 0, C::split, {}, MatchKind::contained},
                 {0, 1, C::split, {}, MatchKind::contained},
                 {1, 2, C::merged, {}, MatchKind::contained},
                 {2, 2, C::merged, {}, MatchKind::contained},
                 {3, 4, C::unchanged, {}, MatchKind::key}};
  FlowColumn& second = flow.columns.emplace_back();
  second.edition = "2003-2004";
  second.nodes = {node("a1", 1, "sociale fraude", C::split),
                  node("a2", 2, "fiscale fraude", C::split),
                  node("bc", 3, "wapens en mensenhandel", C::merged),
                  node("f", 4, "veiligheid op school", C::added),
                  node("d", 5, "drugs <script>alert(1)</script> & co")};
  for (int e = 0; e < extra; ++e) {
    FlowColumn& previous = flow.columns.back();
    for (std::size_t n = 0; n < previous.nodes.size(); ++n)
      previous.bands.push_back({n, n, C::unchanged, {}, MatchKind::key});
    FlowColumn next = previous;
    next.edition = std::to_string(2005 + 2 * e) + "-" + std::to_string(2006 + 2 * e);
    next.bands.clear();
    for (FlowNode& each : next.nodes) each.change = C::unchanged;
    flow.columns.push_back(next);
  }
  return flow;
}

TEST(FlowSvg, IsWellFormedSelfContainedAndHasABandPerContinuation) {
  const std::string svg = render_flow_svg(demo_flow());
  EXPECT_TRUE(well_formed_xml(svg)) << svg;
  EXPECT_EQ(occurrences(svg, "class=\"band\""), 5U);
  EXPECT_EQ(occurrences(svg, "class=\"node\""), 10U);
  for (const char* outside : {"href", "<script", "url(", "@import", "<image", "<foreignObject"})
    EXPECT_EQ(svg.find(outside), std::string::npos) << outside;
  EXPECT_NE(svg.find("drugs &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), std::string::npos);
  // Each band says what it joins.
  EXPECT_NE(svg.find("<title>2001-2002 #1 fraude → 2003-2004 #2 fiscale fraude: split (paired "
                     "by contained)</title>"),
            std::string::npos)
      << svg;
  // The removed item is marked in its label, not by colour alone; the added one too.
  EXPECT_NE(svg.find(">5 x verkeer</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">4+ veiligheid op school</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">1&lt; sociale fraude</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">3&gt; wapens en mensenhandel</text>"), std::string::npos) << svg;
}

TEST(FlowSvg, DrawsWhatStayedBehindTheChanges) {
  const std::string svg = render_flow_svg(demo_flow());
  const std::size_t unchanged = svg.find("#4 drugs");
  ASSERT_NE(unchanged, std::string::npos);
  for (const char* change : {": split", ": merged"}) {
    const std::size_t at = svg.find(change);
    ASSERT_NE(at, std::string::npos) << change;
    EXPECT_LT(unchanged, at) << change;
  }
}

TEST(FlowSvg, ManyEditionsLeaveTheTitlesToTooltipsButTheLatest) {
  const Flow flow = demo_flow(kFlowLabelledEditions);  // kFlowLabelledEditions + 2 editions
  const std::string svg = render_flow_svg(flow);
  EXPECT_TRUE(well_formed_xml(svg));
  // "sociale fraude" is in every column's tooltip, and written beside the last column only.
  EXPECT_EQ(occurrences(svg, ">1&lt; sociale fraude</text>"), 0U);  // the second edition
  EXPECT_EQ(occurrences(svg, ">1&lt;</text>"), 1U);                 // its marks alone
  EXPECT_EQ(occurrences(svg, ">1 sociale fraude</text>"), 1U);      // the last edition
  EXPECT_EQ(occurrences(svg, ": sociale fraude"), flow.columns.size() - 1);
  const std::string few = render_flow_svg(demo_flow(kFlowLabelledEditions - 2));
  EXPECT_EQ(occurrences(few, ">1 sociale fraude</text>"), kFlowLabelledEditions - 2);
}

TEST(FlowHtml, IsOnePageHoldingThePicture) {
  const std::string html = render_flow_html(demo_flow());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_EQ(occurrences(html, "<svg "), 1U);
  EXPECT_EQ(occurrences(html, "class=\"band\""), 5U);
  EXPECT_EQ(html.find("<script"), std::string::npos);
}

}  // namespace
}  // namespace kiv::cli
