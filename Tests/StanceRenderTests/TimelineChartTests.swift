import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

@Suite("timeline chart")
struct TimelineChartTests {
    static var chart: TimelineChart {
        let graph = RenderFixtures.coupGraph
        return TimelineChart(
            timeline: graph.timeline(source: "green-front", target: "borduria"), events: graph.events,
            title: "Green Front → Borduria & co")
    }

    @Test("the SVG is XML showing the five levels, the event, the title and a tooltip per claim")
    func structure() throws {
        let svg = Self.chart.svg()
        let text = try #require(SVGText.read(Data(svg.utf8)), "not well-formed XML")
        for label in ["allied +1", "supports +0.5", "neutral 0", "opposes -0.5", "hostile -1"] {
            #expect(text.texts.contains(label), "\(label)")
        }
        #expect(text.texts.contains("The Coup (2024-12-08)"))
        #expect(text.texts.contains("Green Front → Borduria & co"))
        #expect(text.texts.contains("on bases · 2023-10-07 – 2024-12-07"))
        #expect(svg.components(separatedBy: "<title>").count - 1 == 2, "a mark per claim")
        #expect(svg.contains("Most leaders of the Green Front are in favour of keeping the bases."))
        #expect(svg.contains("#c62828") && svg.contains("#2e7d32"), "opposition red, support green")
    }

    @Test("the same timeline gives the same bytes")
    func deterministic() {
        #expect(Self.chart.svg() == Self.chart.svg())
    }

    @Test("ticks: months (with the year on January and the first tick) over short ranges, years over long ones")
    func ticks() {
        let months = TimelineChart.ticks(first: Fixtures.date("2024-10-15").firstDay, end: Fixtures.date("2025-03-10").firstDay)
        #expect(months.map(\.label) == ["Nov 2024", "Dec", "Jan 2025", "Feb", "Mar"])
        let years = TimelineChart.ticks(first: Fixtures.date("2003-03-20").firstDay, end: Fixtures.date("2009-01-01").firstDay)
        #expect(years.map(\.label) == ["2004", "2005", "2006", "2007", "2008"])
        #expect(TimelineChart.ticks(first: 0, end: 3_650).count <= 13)
    }

    @Test("a dyad with no claims still draws its axes and says so")
    func empty() throws {
        let chart = TimelineChart(
            timeline: RenderFixtures.coupGraph.timeline(source: "avalon", target: "red-brigade"), events: [],
            title: "none")
        let text = try #require(SVGText.read(Data(chart.svg().utf8)))
        #expect(text.texts.contains("no claims") && text.texts.contains("neutral 0"))
    }
}
