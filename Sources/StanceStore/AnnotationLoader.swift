import Foundation
import StanceModel

/// Loads a graph from the paths a user gives: annotation files, folders of them, graph JSON files.
public enum AnnotationLoader {
    /// The kinds of path the loader reads.
    public enum Input: Hashable, Sendable {
        /// A `NAME.stances.yaml` file.
        case annotationFile(URL)
        /// A graph JSON file (`*.json`).
        case graphJSON(URL)
    }

    /// The files `paths` stand for, in order: a folder gives its `*.stances.yaml` files sorted by
    /// name (not recursively); a file ending in `.json` is graph JSON; a `.yaml` or `.yml` file is read as
    /// annotations; any other file is an error.
    ///
    /// Throws for a path that does not exist and for a folder with no annotation file.
    public static func inputs(for paths: [URL]) throws(StoreError) -> [Input] {
        var inputs: [Input] = []
        for url in paths {
            let path = StorePath.display(url)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw .noSuchPath(path)
            }
            if isFolder.boolValue {
                let files = try annotationFiles(inFolder: url)
                guard !files.isEmpty else { throw .emptyFolder(path) }
                inputs += files.map(Input.annotationFile)
            } else if url.pathExtension.lowercased() == "json" {
                inputs.append(.graphJSON(url))
            } else if url.lastPathComponent.hasSuffix(".yaml") || url.lastPathComponent.hasSuffix(".yml") {
                inputs.append(.annotationFile(url))
            } else {
                throw .unsupportedPath(path)
            }
        }
        return inputs
    }

    /// The `*.stances.yaml` files directly inside `folder`, sorted by name.
    public static func annotationFiles(inFolder folder: URL) throws(StoreError) -> [URL] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw .unreadable(StorePath.display(folder), reason: StorePath.reason(error))
        }
        return names.filter { $0.hasSuffix(AnnotationFile.fileSuffix) && !$0.hasPrefix(".") }.sorted()
            .map { folder.appendingPathComponent($0, isDirectory: false) }
    }

    /// Loads every path (see ``inputs(for:)``) and merges them into one graph, in order.
    ///
    /// An actor, topic or event declared in several files is merged by `StanceGraph.add`: the first
    /// declaration keeps its name and kind, aliases and memberships are pooled. The graph is indexed
    /// once, after every file is read.
    public static func loadGraph(paths: [URL]) throws(StoreError) -> StanceGraph {
        var actors: [StanceActor] = []
        var topics: [Topic] = []
        var events: [Event] = []
        var claims: [StanceClaim] = []
        for input in try inputs(for: paths) {
            switch input {
            case .annotationFile(let url):
                let file = try AnnotationFile.load(from: url)
                actors += file.actors
                topics += file.topics
                events += file.events
                claims += file.claims
            case .graphJSON(let url):
                let graph = try GraphJSON.load(from: url)
                actors += graph.sortedActors
                topics += graph.sortedTopics
                events += graph.events
                claims += graph.claims
            }
        }
        do {
            return try StanceGraph(actors: actors, topics: topics, events: events, claims: claims)
        } catch {
            // Every file and document was checked on its own; kept as an error rather than a trap.
            throw .inconsistentGraph(
                source: paths.map(StorePath.display).joined(separator: ", "),
                reason: error.errorDescription ?? "\(error)")
        }
    }
}
