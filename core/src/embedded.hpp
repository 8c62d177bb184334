#pragma once
// Files compiled into the library by cmake/Embed.cmake (migrations, the edition schema).

#include <string_view>
#include <vector>

namespace kiv {

struct EmbeddedFile {
  std::string_view name;   // base name, e.g. "0001_initial.sql"
  std::string_view bytes;  // exact contents
};

}  // namespace kiv

namespace kiv::embedded {
extern const std::vector<EmbeddedFile> migrations;  // sorted by name
extern const std::vector<EmbeddedFile> schemas;     // the edition JSON Schema
}  // namespace kiv::embedded
