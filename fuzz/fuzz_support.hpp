#pragma once
// What the fuzz targets share: a check that aborts (libFuzzer reports an abort as a crash and
// saves the input), whatever NDEBUG says.

#include <cstdio>
#include <cstdlib>

#define KIV_FUZZ_CHECK(condition)                                                        \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)
