// Recording a series' description: SERIES/series.json in one commit (kiv_archive; series.cpp
// reads them from the index).

#include <algorithm>

#include "archive/git.hpp"
#include "archive/write.hpp"
#include "kiv/archive.hpp"
#include "kiv/series.hpp"

namespace kiv {

SeriesRecord describe_series(Archive& archive, const SeriesDescription& description,
                             const std::string& author, const std::string& message) {
  ArchiveWrite write(*archive.impl_, author);
  const std::vector<SeriesRecord> recorded = write.index().series_descriptions();
  const auto same = std::find_if(recorded.begin(), recorded.end(), [&](const SeriesRecord& r) {
    return r.description == description;
  });
  if (same != recorded.end()) return *same;
  const std::string text = message.empty() ? "Describe the series " + description.series : message;
  const git_oid commit = write.commit(
      {{series_file_path(description.series), series_description_json(description)}}, text + "\n");
  SeriesRecord record{description, git::to_hex(commit), git::iso_utc(write.author().when.time),
                      write.author_text()};
  write.publish([&](IndexDb& index) {
    index.set_series_description(description.series, series_description_json(description),
                                 {record.commit, record.described_at, record.described_by, text});
  });
  return record;
}

}  // namespace kiv
