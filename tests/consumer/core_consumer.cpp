// Reads two editions' canonical JSON and prints what changed between them, with kiv::core.
//   core_consumer FROM.json TO.json

#include <fstream>
#include <iostream>
#include <sstream>

#include "kiv/diff.hpp"
#include "kiv/edition_format.hpp"

static kiv::Edition read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return kiv::parse_edition(bytes.str(), path);
}

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  const kiv::EditionDiff diff = kiv::diff_editions(read(argv[1]), read(argv[2]), "nl");
  std::cout << "changed priorities: " << diff.priorities.count(kiv::ChangeKind::changed) << "\n";
  std::cout << "unchanged priorities: " << diff.priorities.count(kiv::ChangeKind::unchanged)
            << "\n";
  return 0;
}
