import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceStore
import StanceTestSupport

/// Drawing big graphs: seeded news-shaped graphs (`SyntheticGraph.news`) of 100, 500 and 2,000
/// actors with six claims an actor, their snapshot on 2025-01-01 written as DOT with the
/// default options (the layout chosen by size) and drawn to SVG in process.
enum BigGraphBenchmark {
    static let sizes = [100, 500, 2_000]
    static let claimsPerActor = 6
    static let date = TimePoint(dayNumber: 20_089)  // 2025-01-01
    static let target = 5.0

    struct Result {
        var actors: Int
        var claims: Int
        var shownActors: Int
        var stances: Int
        var engine: String
        var dotBytes: Int
        var svgBytes: Int
        var generate: Double
        var writeDOT: Samples
        var svg: Samples
        var top: (k: Int, stances: Int, svg: Samples)?
    }

    static func run(sizes: [Int] = sizes, quick: Bool, pictures: URL?, checksum: inout Checksum) throws -> [Result] {
        var results: [Result] = []
        for actors in sizes {
            progress("big graph: \(actors) actors")
            let (graph, generate) = timeOnce { SyntheticGraph.news(actors: actors, claims: actors * claimsPerActor) }
            let snapshot = graph.snapshot(at: date)
            let layout = try DiagramLayout.choose(
                actors: snapshot.actors.count, stances: snapshot.entries.count, engine: nil)
            let write = { DOTWriter.snapshot(snapshot, options: DiagramOptions(layout: layout)) }
            let dot = write()
            let runs = quick || actors > 500 ? 1 : 3
            let writeDOT = measure(runs: runs, warmUp: 0, checksum: &checksum) { write().utf8.count }
            var svgBytes = 0
            let svg = try measure(runs: runs, warmUp: 0, checksum: &checksum) {
                let data = try GraphvizLibrary.render(dot, format: .svg, engine: layout.engine)
                svgBytes = data.count
                return data.count
            }
            if let pictures {
                try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
                let name = "big-graph-\(actors)"
                try Data(dot.utf8).write(to: pictures.appendingPathComponent("\(name).dot"))
                try GraphvizLibrary.render(dot, format: .png, engine: layout.engine)
                    .write(to: pictures.appendingPathComponent("\(name).png"))
            }
            var top: (Int, Int, Samples)?
            if actors > 500 {
                let selected = try graph.selecting(GraphSelection(top: 100), at: [date])
                let small = selected.graph.snapshot(at: date)
                let smallLayout = try DiagramLayout.choose(actors: small.actors.count, stances: small.entries.count, engine: nil)
                let smallDOT = DOTWriter.snapshot(small, options: DiagramOptions(layout: smallLayout))
                let samples = try measure(runs: quick ? 1 : 3, warmUp: 0, checksum: &checksum) {
                    try GraphvizLibrary.render(smallDOT, format: .svg, engine: smallLayout.engine).count
                }
                top = (100, small.entries.count, samples)
            }
            results.append(
                Result(
                    actors: actors, claims: graph.claims.count, shownActors: snapshot.actors.count,
                    stances: snapshot.entries.count, engine: layout.engine.rawValue, dotBytes: dot.utf8.count,
                    svgBytes: svgBytes, generate: generate, writeDOT: writeDOT, svg: svg, top: top))
        }
        return results
    }

    static func markdown(_ results: [Result]) -> String {
        var out = ["## Drawing big graphs", ""]
        out.append(
            "`SyntheticGraph.news(actors:claims:seed: 42)` with \(claimsPerActor) claims an actor, its snapshot on \(date) "
                + "written by `DOTWriter.snapshot` with the layout `DiagramLayout.choose` picks by size (what `render` "
                + "does with default options) and drawn to SVG in process (`GraphvizLibrary.render`). Median of 3 runs "
                + "(1 for 2,000 actors) with the minimum.")
        out.append("")
        var table = Table(
            "actors / claims", "in the snapshot: actors / stances", "engine", "DOT", "`DOTWriter`", "SVG", "SVG size",
            "with `--top 100`")
        for r in results {
            table.add(
                "\(Format.count(r.actors)) / \(Format.count(r.claims))", "\(r.shownActors) / \(Format.count(r.stances))",
                r.engine, Format.kilobytes(r.dotBytes), Format.samples(r.writeDOT), Format.samples(r.svg),
                Format.kilobytes(r.svgBytes),
                r.top.map { "\($0.stances) stances: \(Format.samples($0.svg))" } ?? "–")
        }
        out.append(table.markdown)
        if let five = results.first(where: { $0.actors == 500 }) {
            out.append("")
            out.append(
                "Target: 500 actors and \(Format.count(five.claims)) claims drawn to SVG in ≤ 5 s: "
                    + "\(Format.time(five.svg.median + five.writeDOT.median)) (DOT and SVG), "
                    + Format.verdict(five.svg.median + five.writeDOT.median <= target) + ".")
        }
        out.append("")
        return out.joined(separator: "\n")
    }
}
