// Settings for the allocator the executable is linked with (cli/CMakeLists.txt).
#ifdef CHRONICLE_JEMALLOC

// Read by jemalloc when it starts: ask for transparent huge pages for the heap and its
// metadata (where the system grants them on request, the usual "madvise" setting). A big
// run touches hundreds of megabytes; 4 KiB pages cost a page fault each and many TLB
// misses, which was a fifth of the CPU time of `extract` on timeline17.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:auto";
}

#endif
