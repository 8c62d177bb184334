// REFs, ids and link ends as people type them on the command line: parse_ref, is_valid_id,
// is_valid_lang (kiv/ids.hpp), parse_link_end, parse_link_kind (kiv/links.hpp) and
// parse_document_format (kiv/document.hpp; header only, its definition is in kiv_archive, so
// it is not called here). What parses must print back to the same text and parse again.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"
#include "kiv/links.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const bool id = kiv::is_valid_id(text);
  if (id) {
    KIV_FUZZ_CHECK(!text.empty() && text.size() <= kiv::kMaxIdLength);
    KIV_FUZZ_CHECK(text.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") ==
                   std::string_view::npos);
  }
  if (kiv::is_valid_lang(text)) KIV_FUZZ_CHECK(text.size() == 2);

  try {
    const kiv::Ref ref = kiv::parse_ref(text);
    KIV_FUZZ_CHECK(kiv::is_valid_id(ref.edition));
    KIV_FUZZ_CHECK(ref.series.empty() || kiv::is_valid_id(ref.series));
    KIV_FUZZ_CHECK(!ref.revision || *ref.revision >= 1);
    // A REF prints as it parses.
    const kiv::Ref again = kiv::parse_ref(ref.to_string());
    KIV_FUZZ_CHECK(again.series == ref.series && again.edition == ref.edition &&
                   again.revision == ref.revision);
    if (id) KIV_FUZZ_CHECK(ref.edition == text && ref.series.empty() && !ref.revision);
  } catch (const kiv::Error&) {
    KIV_FUZZ_CHECK(!id);  // a valid id is a valid REF
  }

  try {
    const kiv::LinkEnd end = kiv::parse_link_end(text);
    KIV_FUZZ_CHECK(!end.ref.revision);
    KIV_FUZZ_CHECK(kiv::is_valid_id(end.key) && kiv::is_valid_id(end.ref.edition));
  } catch (const kiv::Error&) {
  }

  try {
    const kiv::LinkKind kind = kiv::parse_link_kind(text);
    KIV_FUZZ_CHECK(kiv::link_kind_name(kind) == text);
  } catch (const kiv::Error&) {
  }
  return 0;
}
