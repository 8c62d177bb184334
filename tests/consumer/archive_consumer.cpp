// Imports editions into a new store and lists it, with kiv::archive.
//   archive_consumer STORE FILE...

#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "kiv/archive.hpp"
#include "kiv/import.hpp"

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  std::vector<kiv::PreparedImport> files;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files.push_back(kiv::prepare_import({argv[i], bytes.str()}));
  }
  kiv::Archive archive = kiv::Archive::open_or_create(argv[1]);
  archive.import(std::move(files), {});
  for (const kiv::EditionSummary& edition : archive.index().list())
    std::cout << edition.series << "/" << edition.edition << " " << edition.priorities << "\n";
  std::cout << kiv::library_versions() << "\n";
  return 0;
}
