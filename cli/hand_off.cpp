#include "hand_off.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

#include "command.hpp"
#include "output.hpp"

namespace kiv::cli {

int exec_kiv_full(char** argv) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (error) {
    print_error("cannot find kiv-full: /proc/self/exe: " + error.message());
    return kExitInternal;
  }
  const fs::path candidates[] = {self.parent_path() / "kiv-full",
                                 (self.parent_path() / KIV_FULL_RELATIVE).lexically_normal()};
  std::string tried;
  for (const fs::path& candidate : candidates) {
    ::execv(candidate.c_str(), argv);
    tried += (tried.empty() ? "" : ", ") + candidate.string() + " (" + std::strerror(errno) + ")";
  }
  print_error("cannot run kiv-full, which runs every command that reads or writes git; tried " +
              tried);
  return kExitInternal;
}

}  // namespace kiv::cli
