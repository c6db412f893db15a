import ArgumentParser
import Graphviz

extension StanceGraphCommand {
    /// `stancegraph doctor`: what Graphviz can do on this machine.
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the Graphviz version and which engines and formats work here.")

        func run() throws {
            print("Graphviz \(GraphvizLibrary.version) (libgvc, in process)")
            let capabilities = GraphvizLibrary.capabilities()
            let rows = capabilities.map { capability in
                [capability.engine.rawValue, capability.format.rawValue,
                 capability.works ? "ok" : "FAILS: \(capability.error ?? "unknown error")"]
            }
            print(TextTable(header: ["engine", "format", "status"], rows: rows).text, terminator: "")
            let failing = capabilities.filter { !$0.works }.count
            if failing > 0 {
                throw CLIError("\(failing) of \(capabilities.count) engine/format pairs fail: see above (is Graphviz's plugin config present? try `dot -c` as root)")
            }
            print("All \(capabilities.count) engine/format pairs work.")
        }
    }
}
