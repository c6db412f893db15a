// What glibc's allocator holds, for the benchmarks' memory accounting. Zero elsewhere.
#pragma once
#include <stddef.h>

/// Bytes handed out by malloc and not freed (mallinfo2: arena uordblks + mmapped hblkhd).
size_t cmalloc_in_use_bytes(void);

/// Returns free heap pages to the kernel (malloc_trim(0)); 0 where unsupported.
int cmalloc_trim(void);
