#pragma once
// A progress bar for long operations, drawn on one line of a stream that is a terminal and
// not at all otherwise (so that logs and pipes stay clean).

#include <cstdio>
#include <string_view>

namespace kiv::cli {

class Progress {
 public:
  // Draws on `stream` only when it is a terminal and TERM is not "dumb".
  static Progress detect(std::FILE* stream);
  Progress(std::FILE* stream, bool enabled) : stream_(stream), enabled_(enabled) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress() { clear(); }

  bool enabled() const { return enabled_; }
  // Redraws the bar: "STAGE [=====>      ] DONE/TOTAL ITEM".
  void update(std::string_view stage, std::size_t done, std::size_t total,
              std::string_view item = {});
  // Erases the bar, e.g. before other output goes to the stream; the next update redraws it.
  void clear();

 private:
  std::FILE* stream_;
  bool enabled_;
  bool drawn_ = false;
};

}  // namespace kiv::cli
