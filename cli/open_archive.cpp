#include "open_archive.hpp"

namespace kiv::cli {

Archive open_archive(const Globals& globals) {
  if (const auto timestamp = globals.as_of_timestamp())
    return Archive::open_as_of(globals.store_path(), *timestamp);
  return Archive::open(globals.store_path());
}

Archive open_archive_as_is(const Globals& globals) {
  return Archive::open_as_is(globals.store_path());
}

Archive open_or_create_archive(const Globals& globals, bool* created) {
  return Archive::open_or_create(globals.store_path(), created);
}

void note_index_behind(const Archive& archive) {
  if (const auto& reason = archive.index_behind())
    print_note("recorded, but the index lags: " + *reason);
}

}  // namespace kiv::cli
