// SERIES/EDITION.attachments/attachments.json as git gives it (kiv/attachments.hpp):
// parse_attachments_file for the edition t/2010-2012 either refuses it with Error{store} or
// gives attachments whose file, written again, parses to the same attachments and is written
// byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "kiv/attachments.hpp"
#include "kiv/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  std::vector<kiv::Attachment> attachments;
  try {
    attachments = kiv::parse_attachments_file(json, "t", "2010-2012", "fuzz/attachments.json");
  } catch (const kiv::Error& error) {
    KIV_FUZZ_CHECK(error.kind() == kiv::ErrorKind::store);
    return 0;
  }
  for (const kiv::Attachment& attachment : attachments) {
    KIV_FUZZ_CHECK(attachment.series == "t" && attachment.edition == "2010-2012");
    KIV_FUZZ_CHECK(attachment.sha256.size() == 64 && attachment.size >= 0);
    KIV_FUZZ_CHECK(!attachment.name.empty());
  }
  const std::string written = kiv::attachments_file_json("t", "2010-2012", attachments);
  std::vector<kiv::Attachment> again;
  try {
    again = kiv::parse_attachments_file(written, "t", "2010-2012", "written/attachments.json");
  } catch (const kiv::Error& error) {
    std::fprintf(stderr, "attachments_file_json wrote a file it refuses: %s\n%s\n", error.what(),
                 written.c_str());
    std::abort();
  }
  KIV_FUZZ_CHECK(again == attachments);
  KIV_FUZZ_CHECK(kiv::attachments_file_json("t", "2010-2012", again) == written);
  return 0;
}
