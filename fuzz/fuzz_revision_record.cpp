// revision.json, beside each edition in git (core/src/revision_record.hpp): read_revision_record;
// what it accepts must be written back by revision_record_json to a record read the same.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/index.hpp"
#include "revision_record.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  kiv::RevisionInfo revision;
  try {
    kiv::read_revision_record(json, "fuzz/revision.json", revision);
  } catch (const kiv::Error&) {
    return 0;
  }
  KIV_FUZZ_CHECK(kiv::is_valid_id(revision.series) && kiv::is_valid_id(revision.edition));
  KIV_FUZZ_CHECK(revision.revision >= 1);
  kiv::RevisionInfo again;
  try {
    kiv::read_revision_record(kiv::revision_record_json(revision), "written/revision.json", again);
  } catch (const kiv::Error& error) {
    std::fprintf(stderr, "revision_record_json wrote a record it refuses: %s\n", error.what());
    std::abort();
  }
  KIV_FUZZ_CHECK(again.series == revision.series && again.edition == revision.edition &&
                 again.revision == revision.revision && again.source_name == revision.source_name &&
                 again.source_sha256 == revision.source_sha256);
  return 0;
}
