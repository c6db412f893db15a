import CMallocInfo
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The process's memory as the kernel and the allocator see it. Linux only; nil elsewhere.
enum Memory {
    /// Peak resident set size of this process (`getrusage(RUSAGE_SELF).ru_maxrss`, kB on Linux), in bytes.
    static func peakRSS() -> Int? {
        #if os(Linux)
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return nil }
        return Int(usage.ru_maxrss) * 1024
        #else
        return nil
        #endif
    }

    /// Current resident set size (second field of /proc/self/statm, in pages), in bytes.
    static func currentRSS() -> Int? {
        #if os(Linux)
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return nil
        #endif
    }

    /// Bytes the allocator has handed out and not had back (`mallinfo2`: arena plus mmapped blocks).
    static func heapInUse() -> Int? {
        #if os(Linux)
        return Int(cmalloc_in_use_bytes())
        #else
        return nil
        #endif
    }

    /// Returns freed heap pages to the kernel, so that the current RSS reflects live data.
    static func trim() {
        #if os(Linux)
        _ = cmalloc_trim()
        #endif
    }
}
