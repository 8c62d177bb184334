// How kiv-full opens the store: with git, catching the index up (see command.hpp).

#include "command.hpp"

namespace kiv::cli {

Store Globals::open_store() const { return Store::open(store_path()); }

Store Globals::open_store_as_is() const { return Store::open_as_is(store_path()); }

Store Globals::open_or_create_store(bool* created) const {
  return Store::open_or_create(store_path(), created);
}

}  // namespace kiv::cli
