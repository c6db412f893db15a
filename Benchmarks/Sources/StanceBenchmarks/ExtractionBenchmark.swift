import Foundation
import StanceExtraction
#if canImport(Glibc)
import Glibc
#endif
import StanceModel

/// Extraction throughput: the seed and corpus articles, repeated with their actor names varied
/// until the corpus holds `megabytes` MB, extracted one after another on one core.
enum ExtractionBenchmark {
    struct Result: Codable, Sendable {
        var articles: Int
        var bytes: Int
        var seconds: Double
        /// CPU time of the extracting thread, which other processes on a busy machine do not inflate.
        var cpuSeconds: Double
        var claims: Int
        var peakRSS: Int?
        var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
        var megabytesPerCPUSecond: Double { Double(bytes) / 1_000_000 / cpuSeconds }
    }

    /// State names swapped in for each other, so that copies of an article differ.
    static let names: [(String, String)] = [
        ("Iraq", "Syria"), ("Iran", "Turkey"), ("Israel", "Egypt"), ("Sweden", "Norway"), ("Finland", "Denmark"),
        ("Armenia", "Georgia"), ("Russia", "China"), ("France", "Germany"), ("Lebanon", "Jordan"),
        ("Ukraine", "Poland"), ("Sudan", "Chad"), ("Venezuela", "Colombia"),
    ]

    /// The texts of every `.txt` article under `folders` and their subfolders.
    static func baseTexts(_ folders: [URL]) -> [String] {
        var texts: [String] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            for file in files.sorted(by: { $0.path < $1.path }) {
                if file.pathExtension == "txt", let text = try? String(contentsOf: file, encoding: .utf8) {
                    texts.append(text)
                } else if (try? file.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                    texts += baseTexts([file])
                }
            }
        }
        return texts
    }

    /// Copy `n` of a text: every `n`-th pairing of state names swapped.
    static func variant(_ text: String, _ n: Int) -> String {
        guard n > 0 else { return text }
        var result = text
        for (k, (a, b)) in names.enumerated() where (n >> (k % 8)) & 1 == 1 {
            result = result.replacingOccurrences(of: a, with: "\u{1}").replacingOccurrences(of: b, with: a)
                .replacingOccurrences(of: "\u{1}", with: b)
        }
        return result
    }

    static func run(folders: [URL], megabytes: Int) throws -> Result {
        let base = baseTexts(folders)
        guard !base.isEmpty else { throw ChildError(description: "no articles in \(folders.map(\.path))") }
        // 16 variants of each article, repeated until the corpus is large enough.
        let variants = base.flatMap { text in (0..<16).map { variant(text, $0) } }
        var corpus: [String] = []
        var bytes = 0
        var n = 0
        while bytes < megabytes * 1_000_000 {
            let text = variants[n % variants.count]
            bytes += text.utf8.count
            corpus.append(text)
            n += 1
        }
        let extractor = Extractor(lexicon: try Lexicon.bundled())
        let published = TimePoint(year: 2025, month: 1, day: 31)
        var claims = 0
        FileHandle.standardError.write(Data("extraction: \(corpus.count) articles, \(bytes / 1_000_000) MB\n".utf8))
        let cpuStart = threadCPUSeconds()
        let (_, seconds) = try timeOnce {
            for (index, text) in corpus.enumerated() {
                let article = try ArticleReader.article(id: "a\(index)", text: text, published: published)
                claims += extractor.extract(article).claims.count
            }
        }
        let cpuSeconds = threadCPUSeconds() - cpuStart
        return Result(
            articles: corpus.count, bytes: bytes, seconds: seconds, cpuSeconds: cpuSeconds, claims: claims,
            peakRSS: Memory.peakRSS())
    }

    /// CPU seconds the calling thread has used (wall-clock seconds where that clock is missing).
    static func threadCPUSeconds() -> Double {
        #if os(Linux)
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return 0 }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        #else
        return Date().timeIntervalSince1970
        #endif
    }

    static func markdown(_ result: Result) -> String {
        """

        ## Extraction

        | articles | MB | seconds | MB/s (wall, one thread) | MB/s (CPU time) | claims | peak RSS |
        |---:|---:|---:|---:|---:|---:|---:|
        | \(result.articles) | \(String(format: "%.1f", Double(result.bytes) / 1_000_000)) | \(String(format: "%.2f", result.seconds)) | \(String(format: "%.1f", result.megabytesPerSecond)) | \(String(format: "%.1f", result.megabytesPerCPUSecond)) | \(result.claims) | \(result.peakRSS.map { "\($0 / 1_000_000) MB" } ?? "n/a") |
        """
    }
}
