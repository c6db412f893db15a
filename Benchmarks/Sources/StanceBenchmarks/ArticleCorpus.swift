import Foundation

/// A folder of synthetic article texts for timing `stancegraph ingest` end to end
/// (`--write-articles N DIR`): the seed and corpus articles with their state names swapped
/// (``ExtractionBenchmark/variant(_:_:)``), one file an article, none with an annotation, so that
/// every one is extracted. Nothing here is committed: the folder is made where asked.
enum ArticleCorpus {
    /// Runs `--write-articles N DIR` and exits when the arguments ask for it.
    static func runIfAsked(_ arguments: [String], seeds: URL) {
        guard let flag = arguments.firstIndex(of: "--write-articles") else { return }
        guard arguments.count > flag + 2, let count = Int(arguments[flag + 1]), count > 0 else {
            FileHandle.standardError.write(Data("usage: StanceBenchmarks --write-articles N DIR\n".utf8))
            exit(2)
        }
        let folder = URL(fileURLWithPath: arguments[flag + 2], isDirectory: true)
        do {
            let root = seeds.deletingLastPathComponent()
            let (files, bytes) = try write(
                count: count, into: folder,
                from: [seeds, root.appendingPathComponent("corpus/dev"), root.appendingPathComponent("corpus/heldout")])
            print("wrote \(files) articles (\(String(format: "%.1f", Double(bytes) / 1_000_000)) MB) into \(folder.path)")
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Writes `count` texts `article-00001.txt`, ... into `folder` (created if needed), cycling
    /// through the base texts and 256 name swaps of each: about 5,000 different texts from the 21
    /// bases, so a text repeats only past that.
    /// - Returns: the number of files and their bytes.
    static func write(count: Int, into folder: URL, from folders: [URL]) throws -> (Int, Int) {
        let base = ExtractionBenchmark.baseTexts(folders)
        guard !base.isEmpty else { throw ChildError(description: "no article texts in \(folders.map(\.path))") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let digits = max(5, String(count).count)
        var bytes = 0
        for index in 0..<count {
            let text = ExtractionBenchmark.variant(base[index % base.count], (index / base.count) % 256)
            let number = String(index + 1)
            let name = "article-" + String(repeating: "0", count: digits - number.count) + number + ".txt"
            let data = Data(text.utf8)
            try data.write(to: folder.appendingPathComponent(name))
            bytes += data.count
        }
        return (count, bytes)
    }
}
