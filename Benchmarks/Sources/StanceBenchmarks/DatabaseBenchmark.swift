import Foundation
import StanceModel
import StanceStore
import StanceTestSupport

/// The SQLite store on a synthetic graph: ingest (claims/s), loading the whole graph back, and a
/// snapshot query. Run alone in a fresh process (`--database N`) so that its peak RSS is its own.
enum DatabaseBenchmark {
    static let ingestTarget = 100_000.0
    static let loadTarget = 3.0

    /// Runs the database benchmark and exits when the arguments ask for it (`--database [CLAIMS]`).
    static func runIfAsked(_ arguments: [String]) {
        // For profiling: `--database-file PATH N` makes PATH with N claims (batches) unless it exists,
        // then loads it five times.
        if let flag = arguments.firstIndex(of: "--database-file"), arguments.count > flag + 2,
            let claims = Int(arguments[flag + 2])
        {
            profile(path: arguments[flag + 1], claims: claims)
            exit(0)
        }
        guard let flag = arguments.firstIndex(of: "--database") else { return }
        let claims = arguments.dropFirst(flag + 1).first.flatMap { Int($0) } ?? 1_000_000
        // `--ingest-only`: only the two ways `stancegraph ingest` writes (batches, bulk load), for
        // trying a change quickly.
        // `--bulk-only`: the bulk load alone (a target for `perf record`).
        print(
            arguments.contains("--ingest-only") || arguments.contains("--bulk-only")
                ? runIngestOnly(claims: claims, keptIndexes: !arguments.contains("--bulk-only")) : run(claims: claims))
        exit(0)
    }

    /// The markdown section, from a child process running `--database claims`.
    static func section(claims: Int) -> String {
        let process = Process()
        process.executableURL = Executable.current
        process.arguments = ["--database", "\(claims)"]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            return "## Database\n\nThe benchmark did not start: \(error)\n"
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The synthetic graph's claims as articles: one a document (about 20 claims each), declaring
    /// the actors and topics its claims name.
    static func documents(of graph: StanceGraph) -> [ArticleDocument] {
        var claimsByDocument: [String: [StanceClaim]] = [:]
        var order: [String] = []
        for claim in graph.claims {
            let id = claim.evidence.first?.documentID ?? "none"
            if claimsByDocument[id] == nil { order.append(id) }
            claimsByDocument[id, default: []].append(claim)
        }
        return order.map { id in
            let claims = claimsByDocument[id] ?? []
            let actorIDs = Set(claims.flatMap { [$0.source, $0.target] })
            let topicIDs = Set(claims.compactMap(\.topic))
            let first = claims.first?.evidence.first
            return ArticleDocument(
                id: id, path: "\(id).stances.yaml", title: first?.title, outlet: first?.outlet, url: first?.url,
                published: first?.published, contentHash: ContentHash.of(text: id),
                actors: actorIDs.sorted().compactMap { graph.actors[$0] },
                topics: topicIDs.sorted().compactMap { graph.topics[$0] }, claims: claims)
        }
    }

    /// "target: met" at 1M claims, where the targets are set; just the target at other sizes.
    static func verdict(_ target: String, _ met: Bool, claims: Int) -> String {
        claims == 1_000_000 ? "\(target): \(Format.verdict(met))" : "(\(target) at 1M claims)"
    }

    /// User plus system CPU time of this process so far, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func profile(path: String, claims: Int) {
        do {
            if !FileManager.default.fileExists(atPath: path) {
                let graph = SyntheticGraph.make(claims: claims, actors: ModelBenchmark.actorCount, seed: ModelBenchmark.seed)
                let database = try StanceDatabase(path: path)
                let all = documents(of: graph)
                let cpu = cpuSeconds()
                let (_, seconds) = try timeOnce {
                    for start in stride(from: 0, to: all.count, by: 1000) {
                        try database.ingest(batch: Array(all[start..<min(start + 1000, all.count)]))
                    }
                }
                progress("ingested \(claims) claims in batches in \(Format.time(seconds)), CPU \(Format.time(cpuSeconds() - cpu))")
            }
            let database = try StanceDatabase(path: path)
            for _ in 0..<5 {
                let cpu = cpuSeconds()
                let (graph, seconds) = try timeOnce { try database.loadGraph() }
                progress("loaded \(graph.claims.count) claims in \(Format.time(seconds)), CPU \(Format.time(cpuSeconds() - cpu))")
            }
        } catch {
            progress("failed: \(error)")
        }
    }

    /// The row of `stancegraph ingest`'s way into an empty database: a bulk load (claim indexes
    /// dropped, built again at the end; the build is counted), a transaction every 1,000 articles
    /// or 0.5 s.
    static func bulkIngestRow(_ documents: [ArticleDocument], claims: Int, folder: URL) throws -> ([String], Double) {
        progress("database \(claims): ingesting as `stancegraph ingest` does into an empty database: a bulk load")
        let database = try StanceDatabase(path: folder.appendingPathComponent("bulk.sqlite").path)
        let cpuBefore = Self.cpuSeconds()
        var indexSeconds = 0.0
        var indexCPU = 0.0
        let (_, seconds) = try timeOnce {
            let bulk = try database.prefersBulkLoad(articles: documents.count)
            try database.ingestInBatches(bulkLoad: bulk) { batches in
                for document in documents {
                    try batches.ingest(document)
                    if batches.isDue { try batches.commit() }
                }
                try batches.commit()
                indexSeconds = -Date().timeIntervalSinceReferenceDate
                indexCPU = -Self.cpuSeconds()
            }
            indexSeconds += Date().timeIntervalSinceReferenceDate
            indexCPU += Self.cpuSeconds()
        }
        let cpu = Self.cpuSeconds() - cpuBefore
        let rate = Double(claims) / seconds
        return (
            [
                "ingest as `stancegraph ingest` does into an empty database: a bulk load (claim indexes built at the end, \(Format.time(indexSeconds)) (CPU \(Format.time(indexCPU))) of the total), a transaction every 1,000 articles or 0.5 s, each article whole or absent",
                "\(Format.time(seconds)) (CPU \(Format.time(cpu))): \(Format.count(Int(rate))) claims/s",
                verdict("target ≥ 100,000 claims/s", rate >= ingestTarget, claims: claims),
            ], rate
        )
    }

    /// Only the ingest rows of `stancegraph ingest`'s two ways (`--database N --ingest-only`).
    static func runIngestOnly(claims claimCount: Int, keptIndexes: Bool) -> String {
        var table = Table("operation", "\(Format.size(claimCount)) claims", "")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-db-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            progress("database \(claimCount): generating")
            let graph = SyntheticGraph.make(claims: claimCount, actors: ModelBenchmark.actorCount, seed: ModelBenchmark.seed)
            let documents = documents(of: graph)
            let (bulkRow, _) = try bulkIngestRow(documents, claims: claimCount, folder: folder)
            table.add(bulkRow[0], bulkRow[1], bulkRow[2])
            if !keptIndexes { return "## Database ingest\n\n\(table.markdown)\n" }
            progress("database \(claimCount): ingesting in batches, indexes kept")
            let database = try StanceDatabase(path: folder.appendingPathComponent("batches.sqlite").path)
            let cpuBefore = Self.cpuSeconds()
            let (_, seconds) = try timeOnce {
                try database.ingestInBatches { batches in
                    for document in documents {
                        try batches.ingest(document)
                        if batches.isDue { try batches.commit() }
                    }
                }
            }
            let rate = Double(claimCount) / seconds
            table.add(
                "ingest, a transaction every 1,000 articles or 0.5 s, each article whole or absent, indexes kept up to date (`ingestInBatches`)",
                "\(Format.time(seconds)) (CPU \(Format.time(Self.cpuSeconds() - cpuBefore))): \(Format.count(Int(rate))) claims/s",
                "")
            return "## Database ingest\n\n\(table.markdown)\n"
        } catch {
            return "## Database ingest\n\nFailed: \(error)\n"
        }
    }

    static func run(claims claimCount: Int) -> String {
        var table = Table("operation", "\(Format.size(claimCount)) claims", "")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-db-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("bench.sqlite").path
            progress("database \(claimCount): generating")
            let graph = SyntheticGraph.make(claims: claimCount, actors: ModelBenchmark.actorCount, seed: ModelBenchmark.seed)
            let documents = documents(of: graph)
            let database = try StanceDatabase(path: path)

            progress("database \(claimCount): ingesting \(documents.count) articles, one transaction each")
            let cpuBefore = Self.cpuSeconds()
            let (_, ingestSeconds) = try timeOnce {
                for document in documents { try database.ingest(document) }
            }
            let ingestCPU = Self.cpuSeconds() - cpuBefore
            let rate = Double(claimCount) / ingestSeconds
            table.add(
                "ingest, one transaction an article (\(Format.count(documents.count)) articles)",
                "\(Format.time(ingestSeconds)) (CPU \(Format.time(ingestCPU))): \(Format.count(Int(rate))) claims/s",
                verdict("target ≥ 100,000 claims/s", rate >= ingestTarget, claims: claimCount))
            progress("database \(claimCount): ingesting in batches of 1,000 articles")
            let batchPath = folder.appendingPathComponent("batch.sqlite").path
            let batchDatabase = try StanceDatabase(path: batchPath)
            var start = 0
            let batchCPUBefore = Self.cpuSeconds()
            let (_, batchSeconds) = try timeOnce {
                while start < documents.count {
                    let end = min(start + 1000, documents.count)
                    try batchDatabase.ingest(batch: Array(documents[start..<end]))
                    start = end
                }
            }
            let batchCPU = Self.cpuSeconds() - batchCPUBefore
            let batchRate = Double(claimCount) / batchSeconds
            table.add(
                "ingest, one transaction a batch of 1,000 articles (`ingest(batch:)`)",
                "\(Format.time(batchSeconds)) (CPU \(Format.time(batchCPU))): \(Format.count(Int(batchRate))) claims/s",
                verdict("target ≥ 100,000 claims/s", batchRate >= ingestTarget, claims: claimCount))
            progress("database \(claimCount): ingesting in batches of whole articles, indexes kept")
            let batchesDatabase = try StanceDatabase(path: folder.appendingPathComponent("whole-articles.sqlite").path)
            let batchesCPUBefore = Self.cpuSeconds()
            let (_, batchesSeconds) = try timeOnce {
                try batchesDatabase.ingestInBatches { batches in
                    for document in documents {
                        try batches.ingest(document)
                        if batches.isDue { try batches.commit() }
                    }
                }
            }
            let batchesCPU = Self.cpuSeconds() - batchesCPUBefore
            let batchesRate = Double(claimCount) / batchesSeconds
            table.add(
                "ingest, a transaction every 1,000 articles or 0.5 s, each article whole or absent, indexes kept up to date (`ingestInBatches`: `stancegraph ingest` into a database holding more articles than it brings)",
                "\(Format.time(batchesSeconds)) (CPU \(Format.time(batchesCPU))): \(Format.count(Int(batchesRate))) claims/s",
                verdict("target ≥ 100,000 claims/s", batchesRate >= ingestTarget, claims: claimCount))
            let (bulkRow, _) = try bulkIngestRow(documents, claims: claimCount, folder: folder)
            table.add(bulkRow[0], bulkRow[1], bulkRow[2])
            progress("database \(claimCount): re-ingesting unchanged")
            let (_, unchangedSeconds) = try timeOnce {
                for document in documents { try database.ingest(document) }
            }
            table.add("re-ingest, every article unchanged", Format.time(unchangedSeconds), "")
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            table.add("database file (after checkpoint on close)", Format.bytes(size), "")

            progress("database \(claimCount): loading")
            var loads: [Double] = []
            var loaded = 0
            for _ in 0..<3 {
                let reopened = try StanceDatabase(path: path)
                let (graph, seconds) = try timeOnce { try reopened.loadGraph() }
                loaded = graph.claims.count
                loads.append(seconds)
            }
            let load = Samples(seconds: loads)
            table.add(
                "load the whole graph (`loadGraph`, \(Format.count(loaded)) claims, median of 3)", Format.samples(load),
                verdict("target ≤ 3 s", load.median <= loadTarget, claims: claimCount))

            let mid = TimePoint(dayNumber: (10_957 + (graph.latestDate?.firstDay ?? 10_957)) / 2)
            var snapshotEntries = 0
            var checksum = Checksum()
            let partial = try measure(runs: 3, warmUp: 0, checksum: &checksum) {
                let snapshot = try database.snapshot(at: mid)
                snapshotEntries = snapshot.entries.count
                return snapshotEntries
            }
            table.add(
                "snapshot at \(mid) from the database (loads only claims starting by then; median of 3)",
                Format.samples(partial), "\(Format.count(snapshotEntries)) entries")
            let full = try measure(runs: 3, warmUp: 0, checksum: &checksum) {
                try database.loadGraph().snapshot(at: mid).entries.count
            }
            table.add("snapshot at \(mid): load everything, then snapshot (median of 3)", Format.samples(full), "")
            let filter = ClaimFilter(actor: "actor-7")
            let filtered = try measure(runs: 5, warmUp: 1, checksum: &checksum) {
                try database.claims(matching: filter).count
            }
            table.add("claims of one actor in SQL (`claims(matching:)`, median of 5)", Format.samples(filtered), "")
            table.add("peak RSS of the process (`ru_maxrss`)", Format.bytes(Memory.peakRSS()), "")
            return """
                ## Database (SQLite through GRDB)

                A synthetic graph (`SyntheticGraph.make(claims: \(claimCount), actors: 10000, seed: 42)`) stored as one \
                article a document (about 20 claims each, declaring the actors it names), into a fresh WAL database \
                (`synchronous = NORMAL`). Loading opens the database afresh each time.

                \(table.markdown)

                """
        } catch {
            return "## Database\n\nFailed: \(error)\n"
        }
    }
}
