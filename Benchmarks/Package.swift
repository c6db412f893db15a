// swift-tools-version: 6.1
import PackageDescription

// Benchmarks for StanceGraph, kept in their own package so that `swift test` at the root never
// builds them. Run from this folder: `swift run -c release StanceBenchmarks [--quick]`.
let package = Package(
    name: "StanceBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "StanceGraph", path: "..")
    ],
    targets: [
        // mallinfo2 and malloc_trim, which the Glibc module does not export.
        .target(name: "CMallocInfo"),
        .executableTarget(
            name: "StanceBenchmarks",
            dependencies: [
                "CMallocInfo",
                .product(name: "StanceModel", package: "StanceGraph"),
                .product(name: "StanceExtraction", package: "StanceGraph"),
                .product(name: "StanceStore", package: "StanceGraph"),
                .product(name: "StanceRender", package: "StanceGraph"),
                .product(name: "Graphviz", package: "StanceGraph"),
                .product(name: "StanceTestSupport", package: "StanceGraph"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
