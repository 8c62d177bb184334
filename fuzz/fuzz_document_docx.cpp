// read_document on DOCX files (see fuzz_document.hpp for the input's first byte); the seeds are
// the published fixtures of tests/data/published.
#include "fuzz_document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return kiv_fuzz::read_document_input(data, size, kiv::DocumentFormat::docx, ".docx");
}
