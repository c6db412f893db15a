import Foundation
import Graphviz

/// What the benchmarks ran on.
struct Machine {
    var cpu: String
    var cores: Int
    var memoryBytes: UInt64
    var system: String
    var swift: String
    var graphviz: String
    /// The 1-minute load average when the run started: other work on the machine makes times noisy.
    var load: String

    static func current() -> Machine {
        Machine(
            cpu: cpuModel() ?? "unknown CPU",
            cores: ProcessInfo.processInfo.activeProcessorCount,
            memoryBytes: ProcessInfo.processInfo.physicalMemory,
            system: system(),
            swift: firstLine(ofCommand: "swift", ["--version"]) ?? compiledSwift,
            graphviz: "libgvc \(GraphvizLibrary.version) in process; `dot`: "
                + (firstLine(ofCommand: "dot", ["-V"]).map { $0.replacingOccurrences(of: "dot - graphviz version ", with: "") }
                    ?? "not found"),
            load: (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
                .flatMap { $0.split(separator: " ").first.map(String.init) } ?? "n/a")
    }

    /// `model name` from /proc/cpuinfo.
    private static func cpuModel() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    private static func system() -> String {
        var name = "unknown OS"
        if let text = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
                name = line.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        if let kernel = try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8) {
            name += ", Linux \(kernel.trimmingCharacters(in: .whitespacesAndNewlines))"
        }
        return name
    }

    private static var compiledSwift: String {
        #if compiler(>=6.3)
        "Swift ≥ 6.3 (compiler of this build)"
        #elseif compiler(>=6.1)
        "Swift ≥ 6.1 (compiler of this build)"
        #else
        "Swift (compiler of this build)"
        #endif
    }

    /// The first line a command prints (stdout, else stderr), found on PATH.
    private static func firstLine(ofCommand command: String, _ arguments: [String]) -> String? {
        guard let executable = Executable.find(command) else { return nil }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}

enum Executable {
    /// The first executable named `name` on PATH.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// This program, to re-run it in a fresh process.
    static var current: URL {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
