import Foundation

/// Errors of the explorer server that stop it from starting or serving.
public enum ServerError: Error, LocalizedError, Hashable, Sendable {
    /// Bound beyond loopback without `--token`: anyone on the network could read and review.
    case tokenRequired(host: String)
    /// A token too short to resist guessing.
    case weakToken(length: Int)
    /// A token with characters a cookie or a header cannot carry as they are.
    case invalidToken
    /// A port outside 0...65535.
    case invalidPort(Int)
    /// The address could not be bound (in use, not an address of this machine...).
    case cannotBind(host: String, port: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .tokenRequired(let host):
            "--host \(host) is reachable from other machines: give --token SECRET (or bind 127.0.0.1)"
        case .weakToken(let length):
            "--token is \(length) characters long: use at least \(ExplorerConfiguration.minimumTokenLength)"
        case .invalidToken:
            "--token may hold only letters, digits and - . _ ~ + / ="
        case .invalidPort(let port):
            "--port \(port) is not a port (0 to 65535; 0 picks a free one)"
        case .cannotBind(let host, let port, let reason):
            "cannot listen on \(host):\(port) (\(reason))"
        }
    }
}
