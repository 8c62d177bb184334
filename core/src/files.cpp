#include "kiv/files.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <string>

namespace kiv {

std::optional<FileWriteFailure> write_file_whole(const std::filesystem::path& target,
                                                 std::string_view bytes, unsigned mode,
                                                 std::string_view temp_prefix) {
  using Step = FileWriteFailure::Step;
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string temp = (dir / (std::string(temp_prefix) + "XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return FileWriteFailure{Step::create, errno};
  const auto failed = [&](Step step, bool open) {
    const int error = errno;
    if (open) ::close(fd);
    ::unlink(temp.c_str());
    return FileWriteFailure{step, error};
  };
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return failed(Step::write, true);
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) return failed(Step::mode, true);
  if (::fsync(fd) != 0) return failed(Step::sync, true);
  if (::close(fd) != 0) return failed(Step::write, false);
  if (std::rename(temp.c_str(), target.c_str()) != 0) return failed(Step::rename, false);
  return std::nullopt;
}

}  // namespace kiv
