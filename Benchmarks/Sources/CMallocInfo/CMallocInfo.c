#include "CMallocInfo.h"

#include <stdlib.h>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>

size_t cmalloc_in_use_bytes(void) {
    struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

int cmalloc_trim(void) { return malloc_trim(0); }
#else
size_t cmalloc_in_use_bytes(void) { return 0; }
int cmalloc_trim(void) { return 0; }
#endif
