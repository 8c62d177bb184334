#include "site/site_writer.hpp"

#include <fmt/core.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "kiv/error.hpp"
#include "kiv/ids.hpp"

namespace kiv::cli::site {
namespace {

namespace fs = std::filesystem;

constexpr const char* kMarker =
    "This directory is a static site written by 'kiv site'. The next 'kiv site' into it "
    "replaces it whole.\n";

std::string_view checked_id(std::string_view id, std::string_view what) {
  if (!is_valid_id(id)) {
    throw Error(ErrorKind::input, fmt::format("{} '{}' cannot name a page: expected an id of "
                                              "[a-z0-9][a-z0-9-]*, at most {} characters",
                                              what, id, kMaxIdLength));
  }
  return id;
}

std::string_view checked_lang(std::string_view lang) {
  if (!is_valid_lang(lang)) {
    throw Error(ErrorKind::input, fmt::format("language '{}' cannot name a page: expected two "
                                              "lowercase letters such as nl",
                                              lang));
  }
  return lang;
}

// One name of a path: [a-z0-9_][a-z0-9._-]* (never "." or "..", never hidden).
bool is_safe_name(std::string_view name) {
  if (name.empty() || name.front() == '.' || name.front() == '-') return false;
  for (const char c : name) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

bool is_safe_path(std::string_view path) {
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = path.find('/', start);
    if (!is_safe_name(path.substr(start, slash - start))) return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

[[noreturn]] void fail(const fs::path& path, std::string_view doing, std::string_view why) {
  throw Error(ErrorKind::input, fmt::format("{}: cannot {}: {}", path.string(), doing, why));
}

// A new directory beside `outdir`, named after it.
fs::path make_sibling(const fs::path& outdir, std::string_view purpose) {
  std::string pattern =
      (outdir.parent_path() / fmt::format(".{}.{}-XXXXXX", outdir.filename().string(), purpose))
          .string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    fail(outdir.parent_path(), "create a directory for the site", std::strerror(errno));
  }
  return pattern;
}

}  // namespace

std::string edition_path(std::string_view series, std::string_view edition, std::string_view lang) {
  return fmt::format("{}/{}/{}.html", checked_id(series, "series"), checked_id(edition, "edition"),
                     checked_lang(lang));
}

std::string attachment_file_path(std::string_view series, std::string_view edition,
                                 std::string_view sha256) {
  if (sha256.size() != 64 || sha256.find_first_not_of("0123456789abcdef") != std::string::npos) {
    throw Error(ErrorKind::input, "'" + std::string(sha256) +
                                      "' cannot name an attachment's file: expected a SHA-256");
  }
  return fmt::format("{}/{}/attachments/{}", checked_id(series, "series"),
                     checked_id(edition, "edition"), sha256);
}

std::string revision_file_path(std::string_view series, std::string_view edition, int revision,
                               std::string_view name) {
  if (revision < 1) {
    throw Error(ErrorKind::input,
                fmt::format("revision {} cannot name a file: expected a number from 1", revision));
  }
  return fmt::format("{}/{}/rev-{}/{}", checked_id(series, "series"),
                     checked_id(edition, "edition"), revision, name);
}

std::string revision_path(std::string_view series, std::string_view edition, int revision,
                          std::string_view lang) {
  return revision_file_path(series, edition, revision, std::string(checked_lang(lang)) + ".html");
}

std::string revision_diff_path(std::string_view series, std::string_view edition, int from,
                               int to) {
  if (from < 1 || to < 1) {
    throw Error(ErrorKind::input, fmt::format("revisions {} and {} cannot name a page: expected "
                                              "numbers from 1",
                                              from, to));
  }
  return fmt::format("{}/{}/rev-{}-{}.html", checked_id(series, "series"),
                     checked_id(edition, "edition"), from, to);
}

std::string diff_path(std::string_view series, std::string_view from, std::string_view to) {
  return fmt::format("{}/diff/{}_{}.html", checked_id(series, "series"),
                     checked_id(from, "edition"), checked_id(to, "edition"));
}

std::string timeline_path(std::string_view series, std::string_view key) {
  return fmt::format("{}/timeline/{}.html", checked_id(series, "series"),
                     checked_id(key, "item key"));
}

std::string matrix_path(std::string_view series) {
  return fmt::format("{}/matrix.html", checked_id(series, "series"));
}

std::string flow_path(std::string_view series) {
  return fmt::format("{}/flow.html", checked_id(series, "series"));
}

std::string stats_path(std::string_view series) {
  return fmt::format("{}/stats.html", checked_id(series, "series"));
}

std::string link_from(int depth, std::string_view path) {
  std::string link;
  for (int i = 0; i < depth; ++i) link += "../";
  link += path;
  return link;
}

int depth_of(std::string_view path) {
  int depth = 0;
  for (const char c : path) depth += c == '/' ? 1 : 0;
  return depth;
}

SiteWriter::SiteWriter(fs::path outdir)
    : outdir_(fs::absolute(std::move(outdir)).lexically_normal()) {
  if (outdir_.filename().empty()) outdir_ = outdir_.parent_path();  // "site/" -> "site"
  std::error_code error;
  const fs::file_status status = fs::symlink_status(outdir_, error);
  if (fs::exists(status)) {
    if (!fs::is_directory(status)) {
      fail(outdir_, "write the site there",
           "it is not a directory; expected a new or empty directory, or a previous kiv site");
    }
    const bool empty = fs::is_empty(outdir_, error);
    if (error) fail(outdir_, "read the directory", error.message());
    replaces_site_ = !empty;
    if (!empty && !fs::is_regular_file(outdir_ / kMarkerName, error)) {
      fail(outdir_, "write the site there",
           fmt::format("the directory is not empty and holds no site kiv wrote (no {} file); "
                       "expected a new or empty directory, or a previous kiv site",
                       kMarkerName));
    }
  } else {
    fs::create_directories(outdir_.parent_path(), error);
    if (error) fail(outdir_.parent_path(), "create the directory", error.message());
  }
  temp_ = make_sibling(outdir_, "kiv-site-new");
  directories_.insert("");
}

SiteWriter::~SiteWriter() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(temp_, ignored);
}

void SiteWriter::make_directories(std::string_view directory) {
  if (directories_.contains(directory)) return;
  const std::size_t slash = directory.rfind('/');
  if (slash != std::string_view::npos) make_directories(directory.substr(0, slash));
  const fs::path path = temp_ / std::string(directory);
  if (::mkdir(path.c_str(), 0777) != 0 && errno != EEXIST) {
    fail(outdir_ / std::string(directory), "create the directory", std::strerror(errno));
  }
  directories_.emplace(directory);
}

void SiteWriter::write(std::string_view path, std::string_view bytes) {
  if (!is_safe_path(path)) {
    throw Error(ErrorKind::input, fmt::format("'{}' cannot be a path of the site: expected names "
                                              "of [a-z0-9._-] separated by '/'",
                                              path));
  }
  if (!written_.emplace(path).second) {
    throw Error(ErrorKind::input,
                fmt::format("{}: two pages of the site would have this path (an edition or key id "
                            "clashes with the site's layout: 'diff' and 'timeline' name its "
                            "directories); rename the edition or key",
                            (outdir_ / std::string(path)).string()));
  }
  if (const std::size_t slash = path.rfind('/'); slash != std::string_view::npos) {
    make_directories(path.substr(0, slash));
  }
  const fs::path file = temp_ / std::string(path);
  std::FILE* out = std::fopen(file.c_str(), "wb");
  if (out == nullptr) fail(outdir_ / std::string(path), "write the file", std::strerror(errno));
  const bool whole = std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
  const int saved = errno;
  if (std::fclose(out) != 0 || !whole) {
    fail(outdir_ / std::string(path), "write the file", std::strerror(whole ? errno : saved));
  }
  if (path.ends_with(".html")) ++pages_;
}

void SiteWriter::commit() {
  const fs::path marker = temp_ / kMarkerName;
  std::FILE* out = std::fopen(marker.c_str(), "wb");
  if (out == nullptr || std::fputs(kMarker, out) < 0 || std::fclose(out) != 0) {
    fail(outdir_ / kMarkerName, "write the file", std::strerror(errno));
  }
  // rename(2) replaces an empty directory; a previous site is moved aside first.
  fs::path previous;
  if (replaces_site_) {
    previous = make_sibling(outdir_, "kiv-site-old");
    if (::rename(outdir_.c_str(), previous.c_str()) != 0) {
      const int saved = errno;
      std::error_code ignored;
      fs::remove(previous, ignored);
      fail(outdir_, "replace the previous site", std::strerror(saved));
    }
  }
  if (::rename(temp_.c_str(), outdir_.c_str()) != 0) {
    const int saved = errno;
    if (replaces_site_) ::rename(previous.c_str(), outdir_.c_str());
    fail(outdir_, "put the new site in place", std::strerror(saved));
  }
  committed_ = true;
  if (replaces_site_) {
    std::error_code ignored;  // the new site is in place: a leftover is only untidy
    fs::remove_all(previous, ignored);
  }
}

}  // namespace kiv::cli::site
