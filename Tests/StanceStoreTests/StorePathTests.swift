import Foundation
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("StorePath")
struct StorePathTests {
    @Test func displayKeepsRelativePathsRelative() {
        let base = URL(fileURLWithPath: "/work/project", isDirectory: true)
        #expect(
            StorePath.display(URL(fileURLWithPath: "seeds/a.stances.yaml", relativeTo: base)) == "seeds/a.stances.yaml")
        #expect(StorePath.display(URL(fileURLWithPath: "/tmp/a.json")) == "/tmp/a.json")
        let folder = URL(fileURLWithPath: "seeds", isDirectory: true, relativeTo: base)
        #expect(StorePath.display(folder.appendingPathComponent("b.stances.yaml")) == "seeds/b.stances.yaml")
    }

    @Test func readingAMissingFileNamesIt() {
        #expect(throws: StoreError.self) {
            try StorePath.readText(URL(fileURLWithPath: "/nonexistent/x"), shownAs: "x")
        }
        do {
            _ = try StorePath.readText(URL(fileURLWithPath: "/nonexistent/x"), shownAs: "x")
        } catch {
            #expect(error.errorDescription?.hasPrefix("x: cannot read: ") == true, "\(error)")
            #expect(error.errorDescription?.contains("\n") == false)
        }
    }
}
