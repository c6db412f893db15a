import Foundation
import Graphviz
import StanceRender
import StanceTestSupport
import Testing

@Test func writePreview() throws {
    guard let folder = ProcessInfo.processInfo.environment["STANCE_PREVIEW"] else { return }
    let files = [
        "coup-before": DOTWriter.snapshot(RenderFixtures.snapshotBefore),
        "coup-shift": DOTWriter.shift(RenderFixtures.coupShift),
        "iraq-before": DOTWriter.snapshot(RenderFixtures.iraqBefore),
        "iraq-after": DOTWriter.snapshot(RenderFixtures.iraqAfter),
        "iraq-shift": DOTWriter.shift(RenderFixtures.iraqShift),
        "small-snapshot": DOTWriter.snapshot(RenderFixtures.smallGraph.snapshot(at: Fixtures.date("2025-01-01"))),
        "adversarial-snapshot": DOTWriter.snapshot(AdversarialFixtures.snapshot),
        "adversarial-shift": DOTWriter.shift(AdversarialFixtures.shift),
        "small-shift": DOTWriter.shift(RenderFixtures.smallGraph.shift(around: Fixtures.events[0], until: Fixtures.date("2025-01-01"))),
    ]
    for (name, dot) in files {
        try Data(dot.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + ".dot"))
        try Graphviz.render(dot, format: .png).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + ".png"))
        try Graphviz.render(dot, format: .svg).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + ".svg"))
        try Graphviz.render(dot, format: .png, engine: .neato).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name + "-neato.png"))
    }
}
