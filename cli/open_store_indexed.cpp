// How kiv opens the store: from its index alone, when the index is current; otherwise
// kiv-full runs the command, after catching the index up with git (see command.hpp).

#include "app.hpp"
#include "command.hpp"

namespace kiv::cli {

Store Globals::open_store() const {
  std::optional<Store> indexed = Store::open_indexed(store_path());
  if (!indexed) throw HandOff{};
  return std::move(*indexed);
}

}  // namespace kiv::cli
