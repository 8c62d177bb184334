// Curated lineage links: their names and parsing, and reading them from the index (kiv_core).
// Recording and removing them is link_commits.cpp (kiv_archive).

#include "kiv/links.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "index/index_db.hpp"
#include "kiv/error.hpp"
#include "kiv/index.hpp"

namespace kiv {
namespace {

constexpr const char* kLinkEndForm = "expected [SERIES/]EDITION:KEY, e.g. kiv/2016-2019:cybercrime";

}  // namespace

std::string_view link_kind_name(LinkKind kind) noexcept {
  switch (kind) {
    case LinkKind::renamed:
      return "renamed";
    case LinkKind::split:
      return "split";
    case LinkKind::merged:
      return "merged";
  }
  return "unknown";
}

LinkKind parse_link_kind(std::string_view text) {
  for (const LinkKind kind : {LinkKind::renamed, LinkKind::split, LinkKind::merged}) {
    if (text == link_kind_name(kind)) return kind;
  }
  throw Error(ErrorKind::input, "'" + std::string(text) +
                                    "' is not a kind of link; expected renamed, split or merged");
}

std::string CuratedLink::from_edition_ref() const { return series + "/" + from_edition; }
std::string CuratedLink::to_edition_ref() const { return series + "/" + to_edition; }
std::string CuratedLink::from_ref() const { return from_edition_ref() + ":" + from_key; }
std::string CuratedLink::to_ref() const { return to_edition_ref() + ":" + to_key; }
std::string CuratedLink::to_string() const {
  return from_ref() + " -> " + to_ref() + " (" + std::string(link_kind_name(kind)) + ")";
}

LinkEnd parse_link_end(std::string_view text) {
  const auto fail = [&](const std::string& why) {
    throw Error(ErrorKind::input, "invalid link end '" + std::string(text) + "': " + why);
  };
  const auto colon = text.find(':');
  if (colon == std::string_view::npos) fail(std::string("no ':KEY'; ") + kLinkEndForm);
  LinkEnd end;
  try {
    end.ref = parse_ref(text.substr(0, colon));
  } catch (const Error&) {
    fail(std::string("the edition is not [SERIES/]EDITION; ") + kLinkEndForm);
  }
  if (end.ref.revision) {
    fail(
        "a link joins editions, not revisions (keys are looked up in the latest revision); drop "
        "'@" +
        std::to_string(*end.ref.revision) + "'");
  }
  end.key = std::string(text.substr(colon + 1));
  if (!is_valid_id(end.key)) {
    fail("the key is not a valid id ([a-z0-9][a-z0-9-]*, at most 64 characters); " +
         std::string(kLinkEndForm));
  }
  return end;
}

CuratedLink resolve_link(const Index& index, const LinkEnd& from, const LinkEnd& to,
                         LinkKind kind) {
  const auto refuse = [&](const std::string& from_series, const std::string& to_series) {
    throw Error(ErrorKind::input, "a link joins two items of one series: " + from.ref.to_string() +
                                      " is of the series " + from_series + ", " +
                                      to.ref.to_string() + " of " + to_series);
  };
  if (!from.ref.series.empty() && !to.ref.series.empty() && from.ref.series != to.ref.series) {
    refuse(from.ref.series, to.ref.series);
  }
  const RevisionInfo old_edition = index.resolve(from.ref);
  const RevisionInfo new_edition = index.resolve(to.ref);
  if (old_edition.series != new_edition.series) refuse(old_edition.series, new_edition.series);
  return {old_edition.series, old_edition.edition, from.key, new_edition.edition, to.key, kind};
}

std::vector<CuratedLink> curated_links(const Index& index, const std::string& series) {
  std::vector<CuratedLink> links;
  for (LinkRecord& record : IndexDb::of(index).links(series)) {
    links.push_back(std::move(record.link));
  }
  return links;
}

std::vector<LinkRecord> link_records(const Index& index, const std::string& series) {
  IndexDb& db = IndexDb::of(index);
  if (!series.empty()) db.require_series(series);
  return db.links(series);
}

}  // namespace kiv
