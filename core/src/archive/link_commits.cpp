// Recording and removing curated lineage links: one commit each, checked against the
// editions' latest revisions (kiv_archive; links.cpp reads them from the index).

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "archive/git.hpp"
#include "archive/indexer.hpp"
#include "archive/write.hpp"
#include "kiv/archive.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/links.hpp"
#include "kiv/text.hpp"
#include "links_file.hpp"

namespace kiv {
namespace {

// How many keys of a section a refusal lists before it counts the rest.
constexpr std::size_t kKeysListed = 12;

void check_ids(const CuratedLink& link) {
  const std::pair<const char*, const std::string*> ids[] = {{"series", &link.series},
                                                            {"old edition", &link.from_edition},
                                                            {"old key", &link.from_key},
                                                            {"new edition", &link.to_edition},
                                                            {"new key", &link.to_key}};
  for (const auto& [what, id] : ids) {
    if (!is_valid_id(*id)) {
      throw Error(ErrorKind::input,
                  "the " + std::string(what) + " '" + *id +
                      "' is not a valid id ([a-z0-9][a-z0-9-]*, at most 64 characters)");
    }
  }
}

// The links of `series` in git's latest commit (none when it has no links.json).
std::vector<CuratedLink> head_links(git::Repository& repo, const std::string& series) {
  const std::optional<git_oid> head = repo.head();
  if (!head) return {};
  const git::CommitHandle commit = repo.commit(*head);
  return read_committed_links(repo, *commit, *repo.tree_of(*commit), series);
}

// Writes `links` as the series' links.json in one commit, publishes it and indexes it.
LinkRecord commit_links(ArchiveWrite& write, const CuratedLink& changed,
                        const std::vector<CuratedLink>& links, const std::string& message) {
  const git_oid commit = write.commit(
      {{links_path(changed.series), links_file_json(changed.series, links)}}, message + "\n");
  const CommitStamp stamp{git::to_hex(commit), git::iso_utc(write.author().when.time),
                          write.author_text(), message};
  write.publish([&](IndexDb& index) { index.set_links(changed.series, links, stamp); });
  return {changed, stamp.commit, stamp.at, stamp.by, stamp.message};
}

// The old edition must come before the new one in the series' order.
void check_order(IndexDb& index, const CuratedLink& link) {
  const std::vector<std::string> editions = index.editions_of(link.series);
  const auto from = std::find(editions.begin(), editions.end(), link.from_edition);
  const auto to = std::find(editions.begin(), editions.end(), link.to_edition);
  if (from > to) {
    throw Error(ErrorKind::input,
                link.from_edition_ref() + " comes after " + link.to_edition_ref() +
                    " in the series; a link goes from the older edition to the newer (kiv link " +
                    link.to_ref() + " " + link.from_ref() +
                    "); the series' editions in order: " + join(editions));
  }
}

// "priorities: a, b, c; themes: d" (at most kKeysListed keys a section, then how many more).
std::string keys_of(const Edition& edition) {
  std::vector<std::string> sections;
  for (const Section section : kSections) {
    std::vector<std::string> keys;
    for (const Item& item : edition.items(section)) {
      if (!item.key.empty()) keys.push_back(item.key);
    }
    std::string text = std::string(section_name(section)) + ": ";
    if (keys.empty()) {
      text += "none";
    } else if (keys.size() > kKeysListed) {
      const std::size_t more = keys.size() - kKeysListed;
      keys.resize(kKeysListed);
      text += join(keys) + " and " + std::to_string(more) + " more";
    } else {
      text += join(keys);
    }
    sections.push_back(std::move(text));
  }
  return join(sections, "; ");
}

bool has_key(const Edition& edition, Section section, const std::string& key) {
  const auto& items = edition.items(section);
  return std::any_of(items.begin(), items.end(), [&](const Item& item) { return item.key == key; });
}

// Both keys exist, in one section of their editions' latest revisions.
void check_items(const Edition& from, const Edition& to, const RevisionInfo& from_revision,
                 const RevisionInfo& to_revision, const CuratedLink& link) {
  for (const auto& [edition, revision, key] : {std::tuple{&from, &from_revision, &link.from_key},
                                               std::tuple{&to, &to_revision, &link.to_key}}) {
    const bool found =
        std::any_of(std::begin(kSections), std::end(kSections),
                    [&](Section section) { return has_key(*edition, section, *key); });
    if (!found) {
      throw Error(ErrorKind::not_found, edition->id() + " has no item with the key '" + *key +
                                            "' (in its latest revision, " + revision->ref() +
                                            "); its keys: " + keys_of(*edition));
    }
  }
  const bool same_section =
      std::any_of(std::begin(kSections), std::end(kSections), [&](Section section) {
        return has_key(from, section, link.from_key) && has_key(to, section, link.to_key);
      });
  if (!same_section) {
    const auto section_of = [](const Edition& edition, const std::string& key) {
      return has_key(edition, Section::priorities, key) ? "a priority" : "a theme";
    };
    throw Error(ErrorKind::input, link.from_ref() + " is " + section_of(from, link.from_key) +
                                      " and " + link.to_ref() + " " + section_of(to, link.to_key) +
                                      "; a link joins two priorities or two themes");
  }
}

// The new link must not repeat one, and must fit the others between the same two editions.
void check_fits(const std::vector<CuratedLink>& existing, const CuratedLink& link) {
  std::vector<const CuratedLink*> out, in;
  for (const CuratedLink& other : existing) {
    if (other.from_edition != link.from_edition || other.to_edition != link.to_edition) continue;
    if (other.from_key == link.from_key && other.to_key == link.to_key) {
      throw Error(ErrorKind::input, link.from_ref() + " -> " + link.to_ref() +
                                        " is already linked (" +
                                        std::string(link_kind_name(other.kind)) +
                                        "); unlink it first to record it otherwise");
    }
    if (other.from_key == link.from_key) out.push_back(&other);
    if (other.to_key == link.to_key) in.push_back(&other);
  }
  const auto refuse = [&](const CuratedLink& other, const std::string& rule) {
    throw Error(ErrorKind::input, "cannot link " + link.to_string() + ": " + other.to_string() +
                                      " is recorded, and " + rule);
  };
  const auto all_of_kind = [&](const std::vector<const CuratedLink*>& links, LinkKind kind,
                               const std::string& rule) {
    for (const CuratedLink* other : links) {
      if (other->kind != kind) refuse(*other, rule);
    }
  };
  const auto none = [&](const std::vector<const CuratedLink*>& links, const std::string& rule) {
    if (!links.empty()) refuse(*links.front(), rule);
  };
  switch (link.kind) {
    case LinkKind::renamed:
      none(out, "a renamed item has one link out");
      none(in, "a renamed item continues as one new item, which has one link in");
      break;
    case LinkKind::split:
      all_of_kind(out, LinkKind::split, "the links out of a split item are all 'split'");
      none(in, "each item split from another has that one link in");
      break;
    case LinkKind::merged:
      all_of_kind(in, LinkKind::merged, "the links into a merged item are all 'merged'");
      none(out, "each item merged into another has that one link out");
      break;
  }
}

}  // namespace

LinkRecord link(Archive& archive, const CuratedLink& link, const LinkOptions& options) {
  check_ids(link);
  if (link.from_edition == link.to_edition) {
    throw Error(ErrorKind::input, link.from_ref() + " and " + link.to_ref() +
                                      " are items of one edition; a link joins an item of an "
                                      "older edition to one of a newer edition");
  }
  ArchiveWrite write(*archive.impl_, options.author);
  const Index& index = archive.index();
  const RevisionInfo from = index.resolve(Ref{link.series, link.from_edition, std::nullopt});
  const RevisionInfo to = index.resolve(Ref{link.series, link.to_edition, std::nullopt});
  check_order(write.index(), link);
  check_items(archive.load(from), archive.load(to), from, to, link);
  std::vector<CuratedLink> links = head_links(write.repo(), link.series);
  check_fits(links, link);
  links.push_back(link);
  return commit_links(write, link, links,
                      options.message.empty() ? "Link " + link.to_string() : options.message);
}

LinkRecord unlink(Archive& archive, const CuratedLink& link, const LinkOptions& options) {
  check_ids(link);
  ArchiveWrite write(*archive.impl_, options.author);
  archive.index().resolve(Ref{link.series, link.from_edition, std::nullopt});
  archive.index().resolve(Ref{link.series, link.to_edition, std::nullopt});
  std::vector<CuratedLink> links = head_links(write.repo(), link.series);
  const auto found = std::find_if(links.begin(), links.end(), [&](const CuratedLink& other) {
    return other.from_edition == link.from_edition && other.from_key == link.from_key &&
           other.to_edition == link.to_edition && other.to_key == link.to_key;
  });
  if (found == links.end()) {
    std::vector<std::string> between;
    for (const CuratedLink& other : links) {
      if (other.from_edition == link.from_edition && other.to_edition == link.to_edition) {
        between.push_back(other.to_string());
      }
    }
    throw Error(ErrorKind::not_found, "no link from " + link.from_ref() + " to " + link.to_ref() +
                                          "; links from " + link.from_edition_ref() + " to " +
                                          link.to_edition_ref() + ": " +
                                          (between.empty() ? std::string("none") : join(between)));
  }
  const CuratedLink removed = *found;
  links.erase(found);
  return commit_links(write, removed, links,
                      options.message.empty() ? "Unlink " + removed.to_string() : options.message);
}

}  // namespace kiv
