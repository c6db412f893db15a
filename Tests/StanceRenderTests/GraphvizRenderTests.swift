import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceTestSupport
import Testing

/// DOT from the writer rendered by libgraphviz: valid SVG naming every actor, sane PNG, every
/// engine, many threads.
@Suite struct GraphvizRenderTests {
    @Test func rendersAdversarialNamesIntoValidSVG() throws {
        for dot in [DOTWriter.snapshot(AdversarialFixtures.snapshot), DOTWriter.shift(AdversarialFixtures.shift)] {
            let svg = try GraphvizLibrary.render(dot, format: .svg)
            let text = try #require(SVGText.read(svg), "SVG is not well-formed XML")
            for name in AdversarialFixtures.names {
                for line in name.shown.split(separator: "\n") {
                    #expect(text.texts.contains(String(line)), "no text \(line)")
                }
            }
            #expect(text.texts.contains(#"Topic "quoted" \N <i>&</i>"#))
            #expect(text.tooltips.contains { $0.contains(#"He said "\N" & <b>left</b>\ then"#) })
            #expect(text.links.contains("https://example.org/a%20b%22c%3Cd%3E&e=%5Cf"))
        }
    }

    @Test func rendersTheFixturesWithTitleLegendAndLinks() throws {
        let snapshot = RenderFixtures.iraqAfter
        let svg = try GraphvizLibrary.render(DOTWriter.snapshot(snapshot), format: .svg)
        let text = try #require(SVGText.read(svg))
        for actor in snapshot.actors { #expect(text.texts.contains(actor.name)) }
        #expect(text.texts.contains("Stances on 2025-01-31"))
        #expect(text.texts.contains("Key"))
        #expect(text.texts.contains("hostile"))
        #expect(text.links.contains("https://example.org/iraqi-factions"))
        #expect(text.tooltips.contains { $0.contains("Most leaders of the Shiite Coordination Framework") })

        let shift = try #require(SVGText.read(try GraphvizLibrary.render(DOTWriter.shift(RenderFixtures.iraqShift), format: .svg)))
        #expect(shift.texts.contains("opposes → supports · since 2024-12-08"))
        #expect(shift.texts.contains("Shift from 2024-12-07 to 2025-01-31 — across the Fall of Assad (2024-12-08)"))
    }

    @Test func rendersPNGWithASaneHeader() throws {
        for dot in [DOTWriter.snapshot(RenderFixtures.iraqAfter), DOTWriter.shift(AdversarialFixtures.shift)] {
            let png = [UInt8](try GraphvizLibrary.render(dot, format: .png))
            #expect(png.count > 1_000)
            #expect(png.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(png.count > 24 && Array(png[12..<16]) == Array("IHDR".utf8))
            guard png.count > 24 else { continue }
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect((100...20_000).contains(width), "width \(width)")
            #expect((100...20_000).contains(height), "height \(height)")
        }
    }

    @Test(arguments: LayoutEngine.allCases)
    func rendersWithEveryEngine(_ engine: LayoutEngine) throws {
        let snapshot = RenderFixtures.iraqAfter
        for dot in [DOTWriter.snapshot(snapshot), DOTWriter.shift(RenderFixtures.iraqShift)] {
            let svg = try GraphvizLibrary.render(dot, format: .svg, engine: engine)
            let text = try #require(SVGText.read(svg))
            for actor in snapshot.actors { #expect(text.texts.contains(actor.name), "\(engine): \(actor.name)") }
        }
        let pdf = try GraphvizLibrary.render(DOTWriter.shift(RenderFixtures.coupShift), format: .pdf, engine: engine)
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
    }

    @Test func rendersFromEightThreadsAtOnce() throws {
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            let names = ["Alpha", "Beta", "Gamma"].map { "Thread \(thread) \($0)" }
            let actors = names.enumerated().map {
                StanceActor(id: ActorID("t\(thread)-\($0)"), name: $1, kind: .state)
            }
            let claims = [
                StanceClaim(source: actors[0].id, target: actors[1].id, stance: .supports),
                StanceClaim(source: actors[1].id, target: actors[2].id, stance: .hostile),
            ]
            do {
                let graph = try StanceGraph(actors: actors, claims: claims)
                let dot = DOTWriter.snapshot(graph.snapshot(at: Fixtures.date("2025-01-01")))
                for _ in 0..<3 {
                    results.add(thread, try GraphvizLibrary.render(dot, format: .svg))
                    results.add(thread, try GraphvizLibrary.render(dot, format: .png))
                }
            } catch {
                results.fail(thread, error)
            }
        }
        #expect(results.errors.isEmpty, "\(results.errors)")
        for thread in 0..<8 {
            let outputs = results.outputs[thread] ?? []
            #expect(outputs.count == 6)
            for svg in outputs where svg.starts(with: Data("<?xml".utf8)) {
                let text = try #require(SVGText.read(svg))
                for name in ["Alpha", "Beta", "Gamma"] { #expect(text.texts.contains("Thread \(thread) \(name)")) }
                #expect(!text.texts.contains { $0.hasPrefix("Thread ") && !$0.hasPrefix("Thread \(thread) ") })
            }
            for png in outputs where !png.starts(with: Data("<?xml".utf8)) {
                #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
            }
        }
    }
}

/// Outputs and errors of concurrent renders, behind a lock.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storedOutputs: [Int: [Data]] = [:]
    private var storedErrors: [String] = []

    func add(_ thread: Int, _ data: Data) {
        lock.withLock { storedOutputs[thread, default: []].append(data) }
    }

    func fail(_ thread: Int, _ error: any Error) {
        lock.withLock { storedErrors.append("thread \(thread): \(error)") }
    }

    var outputs: [Int: [Data]] { lock.withLock { storedOutputs } }
    var errors: [String] { lock.withLock { storedErrors } }
}
