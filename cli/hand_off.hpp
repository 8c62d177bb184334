#pragma once
// How kiv hands a command line to kiv-full (see main.cpp).

namespace kiv::cli {

// Replaces this process with kiv-full and the same arguments: kiv-full beside this program's
// executable (the build tree), else KIV_FULL_RELATIVE from its directory (an installation:
// ../libexec/kiv/kiv-full). Returns only when neither can be run: it then prints why and
// returns exit status 4.
int exec_kiv_full(char** argv);

}  // namespace kiv::cli
