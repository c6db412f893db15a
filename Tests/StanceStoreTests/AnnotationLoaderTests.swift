import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("AnnotationLoader")
struct AnnotationLoaderTests {
    /// A second article that declares Avalon again (with another alias) and a new actor.
    static let secondYAML = """
        format: 1
        article:
          text: second.txt
          published: 2025-02
        actors:
          - id: avalon
            name: Republic of Avalon
            kind: government
            aliases: [Avalon City]
          - id: syldavia
            name: Syldavia
            kind: state
        events:
          - id: coup
            name: The Coup
            date: 2024-12-08
        claims:
          - source: syldavia
            target: avalon
            stance: supports
            from: 2025-02
            quote: "Syldavia backs Avalon."
        """

    private func writeBoth(in folder: TemporaryDirectory) throws {
        try StoreFixtures.write(in: folder)
        try folder.write("News.\nSyldavia backs Avalon.\n", to: "second.txt")
        try folder.write(Self.secondYAML, to: "second.stances.yaml")
        try folder.write("not annotations", to: "notes.md")
    }

    @Test func folderLoadsItsFilesSortedAndMergesActors() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        try writeBoth(in: folder)
        #expect(
            try AnnotationLoader.annotationFiles(inFolder: folder.url).map(\.lastPathComponent)
                == ["avalon-bases.stances.yaml", "second.stances.yaml"])

        let graph = try AnnotationLoader.loadGraph(paths: [folder.url])
        #expect(graph.claims.count == 4)
        #expect(graph.claims.last?.evidence.first?.documentID == "second")
        #expect(graph.claims.last?.evidence.first?.published == Fixtures.date("2025-02"))
        #expect(graph.sortedActors.map(\.id) == ["avalon", "borduria", "green-front", "red-brigade", "syldavia"])
        let avalon = try #require(graph.actors["avalon"])
        #expect(avalon.name == "Avalon" && avalon.kind == .state)
        #expect(avalon.aliases == ["Avalonian", "US", "no", "on", "Avalon City"])
        #expect(graph.events.map(\.id) == ["coup"])
    }

    @Test func filesAndFoldersMix() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        try writeBoth(in: folder)
        let graph = try AnnotationLoader.loadGraph(paths: [
            folder.file("second.stances.yaml"), folder.file("avalon-bases.stances.yaml"),
        ])
        #expect(graph.claims.first?.source == "syldavia")
        #expect(graph.claims.count == 4)
    }

    @Test func graphJSONFilesLoadToo() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        try writeBoth(in: folder)
        let fromYAML = try AnnotationLoader.loadGraph(paths: [folder.file("avalon-bases.stances.yaml")])
        let json = folder.file("out/graph.json")
        try AtomicFile.write(try GraphJSON.encode(fromYAML), to: json)

        let mixed = try AnnotationLoader.loadGraph(paths: [json, folder.file("second.stances.yaml")])
        #expect(
            Array(mixed.claims) == Array(fromYAML.claims) + (try AnnotationFile.load(from: folder.file("second.stances.yaml")).claims)
        )
        #expect(try GraphJSON.encode(AnnotationLoader.loadGraph(paths: [json])) == GraphJSON.encode(fromYAML))
    }

    @Test func emptyFolderIsAnErrorNamingIt() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        try folder.write("x", to: "readme.txt")
        #expect(throws: StoreError.emptyFolder(folder.url.path)) { try AnnotationLoader.loadGraph(paths: [folder.url]) }
        #expect(
            StoreError.emptyFolder("seeds").errorDescription == "seeds: no *.stances.yaml file in this folder")
    }

    @Test func missingAndUnsupportedPathsAreErrors() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let missing = folder.file("nowhere.stances.yaml")
        #expect(throws: StoreError.noSuchPath(missing.path)) { try AnnotationLoader.loadGraph(paths: [missing]) }
        let other = try folder.write("x", to: "notes.md")
        #expect(throws: StoreError.unsupportedPath(other.path)) { try AnnotationLoader.loadGraph(paths: [other]) }
    }

    @Test func anErrorInOneFileStopsTheLoad() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        try writeBoth(in: folder)
        try folder.write(
            Self.secondYAML.replacingOccurrences(of: "target: avalon", with: "target: avalonia"),
            to: "second.stances.yaml")
        do {
            _ = try AnnotationLoader.loadGraph(paths: [folder.url])
            Issue.record("loaded an unknown actor")
        } catch {
            #expect(
                error.errorDescription?.hasPrefix(
                    folder.file("second.stances.yaml").path + ":19: unknown actor 'avalonia'") == true, "\(error)")
        }
    }

    @Test func relativePathsStayRelativeInMessages() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let base = URL(fileURLWithPath: folder.url.path, isDirectory: true)
        let url = URL(fileURLWithPath: "sub/x.stances.yaml", relativeTo: base)
        try folder.write("format: 3\n", to: "sub/x.stances.yaml")
        #expect(
            throws: StoreError.unsupportedFormat(
                version: "3", supported: 1, at: SourceLocation(file: "sub/x.stances.yaml", line: 1))
        ) {
            try AnnotationLoader.loadGraph(paths: [url])
        }
    }

    @Test func seedsLoad() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let files = (try? AnnotationLoader.annotationFiles(inFolder: seeds)) ?? []
        #expect(!files.isEmpty, "seeds/*.stances.yaml is missing")
        guard !files.isEmpty else { return }
        let graph = try AnnotationLoader.loadGraph(paths: [seeds])
        #expect((15...30).contains(graph.claims.count), "\(graph.claims.count) claims")
        for claim in graph.claims {
            let evidence = try #require(claim.evidence.first)
            #expect(evidence.characterRange != nil)
        }
        // Each seed file survives a write and a reload unchanged.
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        for url in files {
            let file = try AnnotationFile.load(from: url)
            try folder.write(file.text, to: file.article.textPath)
            let copy = folder.file(url.lastPathComponent)
            try file.write(to: copy)
            #expect(try AnnotationFile.load(from: copy) == file)
        }
    }
}
