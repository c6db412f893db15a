/// The lexicons bundled with the extractor: the YAML files beside this one, compiled into the binary
/// as SwiftPM `.embedInCode` resources (read through the generated `PackageResources`), so that the
/// `stancegraph` executable works wherever it is copied, with no resource bundle to find.
///
/// The files are in the format of a user `--lexicon` file. The actor lexicon is split by region
/// and kind, one file each, loaded together in ``actorFiles`` order, so an actor in one part may
/// name an actor of another part in `members_of`, `government` or `speaks_for`. Adding a file means
/// listing it in `Package.swift` (`resources:`) and here.
enum DefaultLexicon {
    /// A bundled YAML file: its name (used in error messages) and its text.
    struct File: Sendable {
        let name: String
        let yaml: String

        init(_ name: String, _ bytes: [UInt8]) {
            self.name = name
            yaml = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Every part of the bundled actor lexicon, in load order.
    static var actorFiles: [File] {
        [
            File("actors-organizations.yaml", PackageResources.actors_organizations_yaml),
            File("actors-states-europe.yaml", PackageResources.actors_states_europe_yaml),
            File("actors-states-americas.yaml", PackageResources.actors_states_americas_yaml),
            File("actors-states-middle-east.yaml", PackageResources.actors_states_middle_east_yaml),
            File("actors-states-africa.yaml", PackageResources.actors_states_africa_yaml),
            File("actors-states-asia.yaml", PackageResources.actors_states_asia_yaml),
            File("actors-states-oceania.yaml", PackageResources.actors_states_oceania_yaml),
            File("actors-middle-east.yaml", PackageResources.actors_middle_east_yaml),
            File("actors-world.yaml", PackageResources.actors_world_yaml),
        ]
    }

    /// The bundled event lexicon (`events.yaml`, see `EventLexicon`).
    static var eventsFile: File { File("events.yaml", PackageResources.events_yaml) }

    /// The bundled cue lexicon (`cues.yaml`, see `CueLexicon.parse(yaml:source:)`).
    static var cuesFile: File { File("cues.yaml", PackageResources.cues_yaml) }

    /// The bundled calibration (`calibration.yaml`, see `Calibration`).
    static var calibrationFile: File { File("calibration.yaml", PackageResources.calibration_yaml) }

    /// Every bundled lexicon file: the actor parts, then events and cues.
    static var allFiles: [File] { actorFiles + [eventsFile, cuesFile] }

    /// The text of the bundled event lexicon.
    static var eventsYAML: String { eventsFile.yaml }

    /// The text of the bundled cue lexicon.
    static var cuesYAML: String { cuesFile.yaml }
}
