import Testing

@testable import StanceRender

@Suite struct DOTAttributesTests {
    @Test func writesKeysInSortedOrder() {
        var attributes = DOTAttributes(["shape": "box", "color": "red"])
        attributes.set("label", "A")
        attributes.set("URL", escaped: "https://e.org/")
        #expect(attributes.rendered == #"[URL="https://e.org/", color="red", label="A", shape="box"]"#)
    }

    @Test func sameAttributesInAnyOrderGiveTheSameText() {
        var first = DOTAttributes()
        var second = DOTAttributes()
        let pairs = [("b", "2"), ("a", "1"), ("c", "3"), ("fontname", "Helvetica")]
        for (key, value) in pairs { first.set(key, value) }
        for (key, value) in pairs.reversed() { second.set(key, value) }
        #expect(first.rendered == second.rendered)
    }

    @Test func refusesAttributesThatReadFiles() {
        var attributes = DOTAttributes(["image": "/etc/passwd", "shapefile": "x.ps"])
        attributes.set("fontpath", "/tmp")
        attributes.set("IMAGEPATH", escaped: "/tmp")
        attributes.set("label", html: "<B>x</B>")
        #expect(attributes.rendered == "[label=<<B>x</B>>]")
    }

    @Test func escapesValues() {
        var attributes = DOTAttributes()
        attributes.set("label", "a\"b\\c\nd")
        attributes.set("tooltip", "a\\N", context: .tooltip)
        #expect(attributes.rendered == #"[label="a\"b\\c\nd", tooltip="a\\\\N"]"#)
    }

    @Test func ignoresEmptyHTML() {
        var attributes = DOTAttributes()
        attributes.set("label", html: "")
        #expect(attributes.rendered == "")
    }

    @Test func formatsNumbersInOneNotation() {
        #expect(DOTNumber.format(2.5) == "2.50")
        #expect(DOTNumber.format(3) == "3.00")
        #expect(DOTNumber.format(0) == "0.00")
        #expect(DOTNumber.format(-0.754) == "-0.75")
        #expect(DOTNumber.format(-0.001) == "0.00")
        #expect(DOTNumber.format(0.125, decimals: 1) == "0.1")
        #expect(DOTNumber.format(12.0, decimals: 0) == "12")
        #expect(DOTNumber.format(1_234_567.891) == "1234567.89")
        #expect(DOTNumber.format(.nan) == "0")
        #expect(DOTNumber.format(.infinity) == "0")
        #expect(DOTNumber.format(1e300) == "0")
    }
}
