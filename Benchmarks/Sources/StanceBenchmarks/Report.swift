import Foundation

/// The markdown report of a run.
struct Report {
    static let snapshotTarget = 0.030
    static let shiftTarget = 0.060
    static let memoryTarget = 250_000_000
    static let renderRatioTarget = 0.5
    static let targetClaims = 1_000_000

    var machine: Machine
    var quick: Bool
    var models: [ModelResult]
    var renders: [RenderResult]
    var renderError: String?
    var checksum: Checksum
    var elapsed: Double

    var markdown: String {
        var out: [String] = ["# StanceGraph benchmarks", ""]
        out.append(
            "Machine: \(machine.cpu), \(machine.cores) cores, "
                + String(format: "%.1f GB RAM; ", Double(machine.memoryBytes) / 1e9)
                + "\(machine.system); \(machine.swift); Graphviz: \(machine.graphviz). "
                + "Load average when the run started: \(machine.load).")
        out.append("")
        out.append(
            "Release build, \(quick ? "quick run (`--quick`: fewer runs, no 1M graph)" : "full run"), "
                + "\(Format.time(elapsed)) in all. Times are the median of N runs after a warm-up, with the minimum; "
                + "MB are 10⁶ bytes.")
        out.append("")
        if !models.isEmpty { out.append(modelSection) }
        if !renders.isEmpty || renderError != nil { out.append(renderSection) }
        out.append(targetSection)
        out.append("")
        out.append("<sub>checksum of everything measured (keeps the optimizer honest): \(checksum.value)</sub>")
        return out.joined(separator: "\n")
    }

    private var modelSection: String {
        var out = ["## Model", ""]
        out.append(
            "Synthetic graphs from `SyntheticGraph.make(claims:actors: 10000, seed: 42)`: claims on about "
                + "claims/10 keys over 2000–2027, one evidence record each. Each size runs in its own fresh process; "
                + "peak RSS is that process's `ru_maxrss` after building the graph and running the snapshots and shifts.")
        out.append("")
        var table = Table("operation")
        table.header += models.map { "\(Format.size($0.claims)) claims" }
        func row(_ name: String, _ cell: (ModelResult) -> String) { table.rows.append([name] + models.map(cell)) }
        let runs = models.first
        row("keys (source, target, topic)") { Format.count($0.keys) }
        row("build: `StanceGraph.init` (median of \(runs?.build.runs ?? 0))") { Format.samples($0.build) }
        row("generate + build: `SyntheticGraph.make` (once)") { Format.time($0.generateAndBuildSeconds) }
        row("mid date / latest date") { "\($0.midDate) / \($0.latestDate)" }
        row("`snapshot(at:)` mid date (median of \(runs?.snapshotMid.runs ?? 0))") { Format.samples($0.snapshotMid) }
        row("`snapshot(at:)` latest date (median of \(runs?.snapshotLatest.runs ?? 0))") {
            Format.samples($0.snapshotLatest)
        }
        row("snapshot entries, mid / latest") { "\(Format.count($0.entriesMid)) / \(Format.count($0.entriesLatest))" }
        row("`shift(from: mid, to: latest)` (median of \(runs?.shift.runs ?? 0))") { Format.samples($0.shift) }
        row("shift entries") { Format.count($0.shiftEntries) }
        row("reading every snapshot entry as values: claim, ties, evidence (median of \(runs?.shift.runs ?? 0))") {
            Format.samples($0.snapshotRead)
        }
        row("reading every shift entry as values (median of \(runs?.shift.runs ?? 0))") { Format.samples($0.shiftRead) }
        row("peak RSS of the process (`ru_maxrss`)") { Format.bytes($0.peakRSS) }
        row("peak RSS right after `SyntheticGraph.make`, before any query") { Format.bytes($0.peakRSSAfterBuild) }
        row("RSS before making the graph (runtime, Foundation)") { Format.bytes($0.rssBefore) }
        row("RSS growth while holding the graph (after `malloc_trim`)") {
            Format.bytes(difference($0.rssWithGraph, $0.rssBefore))
        }
        row("heap retained by the graph (`mallinfo2`)") { Format.bytes(difference($0.heapWithGraph, $0.heapBefore)) }
        row("heap retained per claim") { model in
            difference(model.heapWithGraph, model.heapBefore).map { "\($0 / model.claims) B" } ?? "n/a"
        }
        out.append(table.markdown)
        out.append("")
        return out.joined(separator: "\n")
    }

    private var renderSection: String {
        var out = ["## Rendering the seed graph", ""]
        if let renderError {
            out.append("Rendering failed: `\(renderError)`")
            out.append("")
            return out.joined(separator: "\n")
        }
        let runs = renders.first?.svgInProcess.runs ?? 0
        out.append(
            "The graph of `seeds/` (`AnnotationLoader.loadGraph`), drawn with the `dot` layout. In process: "
                + "`GraphvizLibrary.render` (libgvc). Spawned: a `dot -T<format>` process per render, DOT on stdin, "
                + "output read from stdout. Median of \(runs) runs after a warm-up (min).")
        out.append("")
        var table = Table(
            "diagram", "actors / edges", "DOT", "`DOTWriter`", "SVG in process", "`dot -Tsvg` spawned",
            "in process / spawned", "PNG in process", "`dot -Tpng` spawned")
        for render in renders {
            table.rows.append([
                render.name, "\(render.nodes) / \(render.edges)", Format.kilobytes(render.dotBytes),
                Format.samples(render.writeDOT),
                Format.samples(render.svgInProcess) + ", \(Format.kilobytes(render.svgBytes))",
                render.svgSpawned.map(Format.samples) ?? "no `dot` on PATH",
                ratio(render).map { String(format: "%.2f", $0) } ?? "n/a",
                Format.samples(render.pngInProcess) + ", \(Format.kilobytes(render.pngBytes))",
                render.pngSpawned.map(Format.samples) ?? "no `dot` on PATH",
            ])
        }
        out.append(table.markdown)
        out.append("")
        return out.joined(separator: "\n")
    }

    private var targetSection: String {
        var table = Table("target", "measured", "")
        if let big = models.first(where: { $0.claims == Self.targetClaims }) {
            let snapshot = max(big.snapshotMid.median, big.snapshotLatest.median)
            table.add(
                "`snapshot(at:)` over 1M claims ≤ 30 ms", "\(Format.time(snapshot)) (slower of mid and latest)",
                Format.verdict(snapshot <= Self.snapshotTarget))
            table.add(
                "`shift(from:to:)` over 1M claims ≤ 60 ms", Format.time(big.shift.median),
                Format.verdict(big.shift.median <= Self.shiftTarget))
            table.add(
                "≤ 250 MB for 1M claims (peak RSS)", Format.bytes(big.peakRSS),
                Format.verdict(big.peakRSS.map { $0 <= Self.memoryTarget }))
        } else if !models.isEmpty {
            table.add("model targets (1M claims)", "not run (`--quick` or `--sizes`)", "n/a")
        }
        for render in renders {
            let value = ratio(render)
            table.add(
                "in-process SVG ≤ ½ of spawning `dot`: \(render.name)",
                value.map { String(format: "%.2f×", $0) } ?? "n/a",
                Format.verdict(value.map { $0 <= Self.renderRatioTarget }))
        }
        return (["## Targets", "", table.markdown]).joined(separator: "\n")
    }

    private func ratio(_ render: RenderResult) -> Double? {
        render.svgSpawned.map { render.svgInProcess.median / $0.median }
    }

    private func difference(_ a: Int?, _ b: Int?) -> Int? {
        guard let a, let b else { return nil }
        return a - b
    }
}
