import Foundation
import Synchronization

/// Ctrl-C during an ingest: the article being written is finished, then the run stops.
///
/// A second Ctrl-C kills the process at once, which is safe too: each article is one transaction.
enum IngestInterrupt {
    private static let flag = Atomic<Bool>(false)

    /// Whether Ctrl-C (SIGINT) or SIGTERM arrived since ``install()``.
    static var requested: Bool { flag.load(ordering: .relaxed) }

    /// Catches the next SIGINT and SIGTERM, unblocking them if the parent left them blocked.
    static func install() {
        flag.store(false, ordering: .relaxed)
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { received in
                IngestInterrupt.flag.store(true, ordering: .relaxed)
                signal(received, SIG_DFL)
            }
        }
    }
}
