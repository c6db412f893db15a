import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceStore

/// How many times to render each diagram.
struct RenderRuns: Sendable {
    var warmUp: Int
    var runs: Int

    static let full = RenderRuns(warmUp: 3, runs: 31)
    static let quick = RenderRuns(warmUp: 1, runs: 5)
}

/// One diagram of the seed graph, drawn in process and by a spawned `dot`.
struct RenderResult: Sendable {
    var name: String
    var dotBytes: Int
    var nodes: Int
    var edges: Int
    var svgBytes: Int
    var pngBytes: Int
    var writeDOT: Samples
    var svgInProcess: Samples
    var svgSpawned: Samples?
    var pngInProcess: Samples
    var pngSpawned: Samples?
}

enum RenderBenchmark {
    static let event = "fall-of-assad"

    static func run(seeds: URL, runs: RenderRuns, writeDOT folder: URL? = nil, checksum: inout Checksum) throws
        -> [RenderResult]
    {
        progress("render: loading \(seeds.path)")
        let graph = try AnnotationLoader.loadGraph(paths: [seeds])
        let latest = graph.latestDate ?? TimePoint(dayNumber: 0)
        let around = try graph.event(named: event)

        let snapshot = graph.snapshot(at: latest)
        let shift = graph.shift(around: around)
        let diagrams: [(name: String, nodes: Int, edges: Int, write: () -> String)] = [
            ("snapshot at \(latest) (latest)", snapshot.actors.count, snapshot.entries.count,
             { DOTWriter.snapshot(snapshot) }),
            ("shift around `\(event)`", shift.actors.count, shift.entries.count, { DOTWriter.shift(shift) }),
        ]
        let dotExecutable = Executable.find("dot")
        var results: [RenderResult] = []
        for (name, nodes, edges, write) in diagrams {
            progress("render: \(name)")
            let dot = write()
            if let folder {
                let file = folder.appendingPathComponent(
                    name.filter { $0.isLetter || $0.isNumber || $0 == "-" } + ".dot")
                try Data(dot.utf8).write(to: file)
            }
            let writeDOT = measure(runs: runs.runs, warmUp: runs.warmUp, checksum: &checksum) { write().utf8.count }
            let svg = try GraphvizLibrary.render(dot, format: .svg)
            let png = try GraphvizLibrary.render(dot, format: .png)
            let svgInProcess = try measure(runs: runs.runs, warmUp: runs.warmUp, checksum: &checksum) {
                try GraphvizLibrary.render(dot, format: .svg).count
            }
            let pngInProcess = try measure(runs: runs.runs, warmUp: runs.warmUp, checksum: &checksum) {
                try GraphvizLibrary.render(dot, format: .png).count
            }
            var svgSpawned: Samples?
            var pngSpawned: Samples?
            if let dotExecutable {
                let input = Data(dot.utf8)
                svgSpawned = try measure(runs: runs.runs, warmUp: runs.warmUp, checksum: &checksum) {
                    try spawn(dotExecutable, format: "svg", input: input).count
                }
                pngSpawned = try measure(runs: runs.runs, warmUp: runs.warmUp, checksum: &checksum) {
                    try spawn(dotExecutable, format: "png", input: input).count
                }
            }
            results.append(
                RenderResult(
                    name: name, dotBytes: dot.utf8.count, nodes: nodes, edges: edges,
                    svgBytes: svg.count, pngBytes: png.count, writeDOT: writeDOT, svgInProcess: svgInProcess,
                    svgSpawned: svgSpawned, pngInProcess: pngInProcess, pngSpawned: pngSpawned))
        }
        return results
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `dot -T<format>` with `input` on stdin and returns its stdout.
    static func spawn(_ executable: URL, format: String, input: Data) throws -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-T\(format)"]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        // Not `waitUntilExit()`: on Linux it polls the run loop every 50 ms, which would add up to
        // 50 ms to every spawn. The termination handler runs as soon as the child is reaped.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let writer = stdin.fileHandleForWriting
        DispatchQueue.global().async {
            writer.write(input)
            try? writer.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        guard process.terminationStatus == 0, !output.isEmpty else {
            throw SpawnError(description: "dot -T\(format) exited with \(process.terminationStatus)")
        }
        return output
    }
}
