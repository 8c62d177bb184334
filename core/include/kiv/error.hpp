#pragma once
// Errors of the kiv library. Every failing call throws kiv::Error; its message is complete and
// meant for people ("FILE:LINE:COL: what is wrong"), its kind says what went wrong so that a
// caller can choose an exit status. A call that throws has changed nothing in the store.

#include <stdexcept>
#include <string>

namespace kiv {

enum class ErrorKind {
  input,      // a file or value given by the user is malformed or invalid
  not_found,  // a named store, edition or revision does not exist
  store,      // the store cannot be read or written, or is of an unknown (newer) schema
  conflict,   // two stores changed the same value differently (kiv pull, kiv/sharing.hpp)
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const noexcept { return kind_; }

 private:
  ErrorKind kind_;
};

}  // namespace kiv
