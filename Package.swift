// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "StanceGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stancegraph", targets: ["stancegraph"]),
        .library(name: "StanceModel", targets: ["StanceModel"]),
        .library(name: "StanceExtraction", targets: ["StanceExtraction"]),
        .library(name: "StanceStore", targets: ["StanceStore"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
        .library(name: "StanceRender", targets: ["StanceRender"]),
        .library(name: "StanceLLM", targets: ["StanceLLM"]),
        .library(name: "StanceServer", targets: ["StanceServer"]),
        .library(name: "StanceCLI", targets: ["StanceCLI"]),
        .library(name: "StanceTestSupport", targets: ["StanceTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // The explorer's web server (StanceServer only); swift-configuration support left out.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
    ],
    targets: [
        .target(name: "StanceModel"),
        .target(
            name: "StanceExtraction",
            dependencies: ["StanceModel", "CLibXML2", .product(name: "Yams", package: "Yams")],
            // The bundled lexicons, compiled into the binary (see DefaultLexicon.swift).
            resources: [
                .embedInCode("DefaultLexicon/actors-organizations.yaml"),
                .embedInCode("DefaultLexicon/actors-states-europe.yaml"),
                .embedInCode("DefaultLexicon/actors-states-americas.yaml"),
                .embedInCode("DefaultLexicon/actors-states-middle-east.yaml"),
                .embedInCode("DefaultLexicon/actors-states-africa.yaml"),
                .embedInCode("DefaultLexicon/actors-states-asia.yaml"),
                .embedInCode("DefaultLexicon/actors-states-oceania.yaml"),
                .embedInCode("DefaultLexicon/actors-middle-east.yaml"),
                .embedInCode("DefaultLexicon/actors-world.yaml"),
                .embedInCode("DefaultLexicon/events.yaml"),
                .embedInCode("DefaultLexicon/cues.yaml"),
                .embedInCode("DefaultLexicon/shared-forms.yaml"),
                .embedInCode("DefaultLexicon/calibration.yaml"),
            ]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "StanceStore",
            dependencies: [
                "StanceModel", .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        .target(
            name: "StanceRender",
            dependencies: ["StanceModel", "Graphviz", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "StanceLLM",
            dependencies: ["StanceModel", "StanceExtraction"],
            // The prompt, versioned: a new wording is a new file and a new version (see Prompt.swift).
            resources: [.embedInCode("prompt-v1.txt")]
        ),
        .target(
            name: "StanceServer",
            dependencies: [
                "StanceModel", "StanceStore", "StanceRender", "Graphviz",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "StanceCLI",
            dependencies: [
                "StanceModel", "StanceExtraction", "StanceLLM", "StanceStore", "StanceRender", "Graphviz", "StanceServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "stancegraph", dependencies: ["StanceCLI"]),
        .target(
            name: "StanceTestSupport", dependencies: ["StanceModel"],
            // Started by the tests as a subprocess: a chat-completions server on 127.0.0.1 (FakeChatServer).
            exclude: ["fake_chat_server.py"]
        ),
        .testTarget(name: "StanceModelTests", dependencies: ["StanceModel", "StanceTestSupport"]),
        .testTarget(
            name: "StanceExtractionTests",
            dependencies: ["StanceExtraction", "StanceTestSupport", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "StanceLLMTests",
            dependencies: ["StanceLLM", "StanceExtraction", "StanceTestSupport"]
        ),
        .testTarget(name: "StanceStoreTests", dependencies: ["StanceStore", "StanceTestSupport"]),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "StanceTestSupport"]),
        .testTarget(name: "StanceRenderTests", dependencies: ["StanceRender", "Graphviz", "StanceTestSupport"]),
        .testTarget(
            name: "StanceServerTests",
            dependencies: ["StanceServer", "StanceStore", "StanceModel", "StanceTestSupport"]
        ),
        .testTarget(
            name: "StanceCLITests",
            dependencies: [
                "StanceCLI", "StanceExtraction", "StanceStore", "StanceRender", "Graphviz", "StanceTestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
