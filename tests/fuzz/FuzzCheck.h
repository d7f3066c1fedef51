#pragma once

#include <cstdio>
#include <cstdlib>

// A property every input must keep. Failing one aborts, which libFuzzer reports as a crash
// (and keeps the input) and the ctest replay reports as a failed test.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__,             \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
