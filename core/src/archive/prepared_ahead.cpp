#include <utility>

#include "kiv/import.hpp"

namespace kiv {

PreparedAhead::PreparedAhead(std::size_t count, std::function<ImportFile(std::size_t)> read,
                             PrepareOptions options)
    : count_(count), read_(std::move(read)), options_(std::move(options)) {
  start();
}

PreparedAhead::~PreparedAhead() {
  if (ahead_.valid()) ahead_.wait();  // its exception, if any, is nobody's
}

void PreparedAhead::start() {
  if (taken_ >= count_) return;
  ahead_ = std::async(std::launch::async,
                      [this, index = taken_] { return prepare_import(read_(index), options_); });
}

PreparedImport PreparedAhead::take() {
  std::future<PreparedImport> file = std::move(ahead_);
  ++taken_;
  start();
  return file.get();
}

}  // namespace kiv
