import Graphviz
import Testing

@Suite("Version and capabilities")
struct VersionTests {
    @Test("The version looks like N.N")
    func version() {
        let version = GraphvizLibrary.version
        #expect(version.firstMatch(of: #/^\d+\.\d+/#) != nil, "got \(version)")
    }

    @Test("Every engine and format pair is probed, and all work on a complete install")
    func capabilities() {
        let capabilities = GraphvizLibrary.capabilities()
        #expect(capabilities.count == LayoutEngine.allCases.count * GraphvizFormat.allCases.count)
        for capability in capabilities {
            #expect(capability.works, "\(capability.engine) \(capability.format): \(capability.error ?? "")")
            #expect(capability.works == (capability.error == nil))
        }
    }
}
