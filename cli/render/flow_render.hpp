#pragma once
// Renderers of a series' flow (kiv/flow.hpp): pure functions from the core's Flow to a string,
// which compute nothing (the site calls them too). Every text is escaped; the SVG is
// self-contained (no scripts, fonts or external references) and can be inlined into a page.

#include <string>

#include "kiv/flow.hpp"

namespace kiv::cli {

// One column per edition, oldest first, its items as boxes in rank order, one band per pair,
// per part of a split and per merged item, coloured by what changed (change_colour: unchanged
// bands light grey, drawn first, so that change is in front). Beside each box its rank with
// the matrix's marks (+ added, ~ reworded, * description or subtopics, ^ moved, < split,
// > merged, x removed in the next edition) and its title; with more than
// kFlowLabelledEditions editions only the last column's titles are written and the columns
// come closer. Each box and band says in a tooltip (<title>) what it is. Beyond a few hundred
// items per edition the picture grows taller rather than aggregating.
std::string render_flow_svg(const Flow& flow);
inline constexpr std::size_t kFlowLabelledEditions = 6;

// A self-contained HTML page: a heading, the SVG inline (scrolling inside its box when wider
// than the page) and the legend in words.
std::string render_flow_html(const Flow& flow);

// For scripts: {"series", "lang", "section", "editions": [{"edition", "items": [{"key",
// "rank", "title", "change", "aspects", "removed_next"}], "bands": [{"from", "to", "change",
// "aspects", "match"}]}]}; a band's from and to are ranks in its edition and the next.
std::string render_flow_json(const Flow& flow);

}  // namespace kiv::cli
