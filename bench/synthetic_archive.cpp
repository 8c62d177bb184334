#include "synthetic_archive.hpp"

#include <fmt/core.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <span>
#include <stdexcept>

#include "kiv/edition.hpp"
#include "kiv/edition_format.hpp"
#include "vocabulary.hpp"

namespace kiv::bench {
namespace {

constexpr int kFirstYear = 1900;
constexpr int kPeriodYears = 3;
constexpr int kDescribedOneIn = 3;

class Generator {
 public:
  explicit Generator(const ArchiveShape& shape) : shape_(shape), random_(ArchiveShape::kSeed) {}

  // The edition at `index` in `series`, carrying over items of `previous` (null: the first).
  Edition make_edition(const std::string& series, int index, const Edition* previous) {
    const int from = kFirstYear + index;
    const int to = from + kPeriodYears;
    const std::string period = fmt::format("{}-{}", from, to);
    Edition edition;
    edition.series = series;
    edition.edition = period;
    edition.title = {{"nl", "Kadernota " + words(kDutch, 3, 8) + " " + period},
                     {"fr", "Note-cadre " + words(kFrench, 3, 8) + " " + period}};
    edition.period = Period{from, to};
    edition.adopted = date(from);
    edition.provenance.source_url = fmt::format("https://example.org/{}/{}.pdf", series, period);
    edition.provenance.retrieved = date(to);
    const Edition empty;
    const Edition& before = previous != nullptr ? *previous : empty;
    edition.priorities = make_items(before.priorities, shape_.priorities(), 'p');
    edition.themes = make_items(before.themes, shape_.themes(), 't');
    return edition;
  }

  // Starts a series: item keys only need to be unique within one.
  void start_series() { next_key_ = 1; }

 private:
  // A number in [0, n). The engine's output is fixed by the standard but the distributions
  // are not, so this (slightly biased) modulo keeps archives identical across libraries.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(random_() % n); }
  int between(int low, int high) {
    return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1)));
  }
  bool one_in(int n) { return below(static_cast<std::size_t>(n)) == 0; }
  bool percent(int p) { return below(100) < static_cast<std::size_t>(p); }

  std::string_view pick(std::span<const std::string_view> list) { return list[below(list.size())]; }

  // Prose-like: mostly content words, a function word now and then, never first or last.
  std::string words(const Vocabulary& vocabulary, int low, int high) {
    const int count = between(low, high);
    std::string text;
    for (int i = 0; i < count; ++i) {
      if (i > 0) text += ' ';
      const bool inner = i > 0 && i + 1 < count;
      text += inner && one_in(4) ? pick(vocabulary.function) : pick(vocabulary.content);
    }
    return text;
  }

  std::string sentence(const Vocabulary& vocabulary, int low, int high) {
    std::string text = words(vocabulary, low, high) + ".";
    if (text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
  }

  std::string date(int year) {
    return fmt::format("{:04}-{:02}-{:02}", year, between(1, 12), between(1, 28));
  }

  // A key like the real ones (words of the title) made unique with a serial number.
  std::string key(char section, const std::string& title) {
    std::string slug;
    for (const char c : title.substr(0, title.find(' ', 12))) {
      if (c >= 'a' && c <= 'z')
        slug += c;
      else if (c == ' ' && !slug.empty() && slug.back() != '-')
        slug += '-';
    }
    return fmt::format("{}-{}{}", slug, section, next_key_++);
  }

  Item new_item(char section) {
    Item item;
    item.title = {{"nl", words(kDutch, 5, 15)}, {"fr", words(kFrench, 5, 15)}};
    item.key = key(section, item.title["nl"]);
    if (one_in(kDescribedOneIn)) {
      item.description = {{"nl", sentence(kDutch, 20, 40)}, {"fr", sentence(kFrench, 20, 40)}};
    }
    return item;
  }

  // Some of `previous` in their order, new items at random places, ranked 1..count.
  std::vector<Item> make_items(const std::vector<Item>& previous, int count, char section) {
    const auto size = static_cast<std::size_t>(count);
    std::vector<Item> result;
    for (const Item& item : previous) {
      if (result.size() < size && percent(shape_.carry_over_percent)) result.push_back(item);
    }
    while (result.size() < size) {
      const auto at = static_cast<std::ptrdiff_t>(below(result.size() + 1));
      result.insert(result.begin() + at, new_item(section));
    }
    for (std::size_t i = 0; i < result.size(); ++i) result[i].rank = static_cast<int>(i + 1);
    return result;
  }

  const ArchiveShape& shape_;
  std::mt19937_64 random_;
  int next_key_ = 1;
};

}  // namespace

std::string describe(const ArchiveShape& shape) {
  return fmt::format(
      "{} editions x {} items ({} priorities + {} themes) in {} series of up to {} editions; "
      "languages nl+fr; titles of 5-15 words, 1 item in {} described in 20-40 words; "
      "{}% of items carried over from the previous edition of the series; seed {}",
      shape.editions, shape.items, shape.priorities(), shape.themes(), shape.series(),
      ArchiveShape::kEditionsPerSeries, kDescribedOneIn, shape.carry_over_percent,
      ArchiveShape::kSeed);
}

std::vector<EditionDocument> generate_archive(const ArchiveShape& shape) {
  Generator generator(shape);
  std::vector<EditionDocument> documents;
  documents.reserve(static_cast<std::size_t>(shape.editions));
  Edition previous;
  for (int index = 0; index < shape.editions; ++index) {
    const int in_series = index % ArchiveShape::kEditionsPerSeries;
    if (in_series == 0) generator.start_series();
    const std::string series =
        fmt::format("reeks-{:02}", index / ArchiveShape::kEditionsPerSeries + 1);
    Edition edition =
        generator.make_edition(series, in_series, in_series == 0 ? nullptr : &previous);
    documents.push_back({edition.id(), to_canonical_json(edition)});
    previous = std::move(edition);
  }
  return documents;
}

void write_archive(const std::filesystem::path& dir,
                   const std::vector<EditionDocument>& documents) {
  for (const EditionDocument& document : documents) {
    const std::filesystem::path file = dir / document.file_name();
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(document.json.data(), static_cast<std::streamsize>(document.json.size()));
    out.close();
    if (!out) throw std::runtime_error(file.string() + ": cannot write");
  }
}

}  // namespace kiv::bench
