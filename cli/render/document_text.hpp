#pragma once
// A revision's document in one line, as kiv show, kiv log and the site print it.

#include <string>

#include "kiv/index.hpp"

namespace kiv::cli {

// "fr; text/html; 2255 bytes; read by kiv 0.1.0"; empty for a revision recorded before kiv
// kept its document.
std::string document_summary(const RevisionInfo& revision);

}  // namespace kiv::cli
