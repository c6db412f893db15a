import Foundation

/// How the store names and reads files.
enum StorePath {
    /// The path of a file URL as the user gave it (relative paths stay relative).
    static func display(_ url: URL) -> String {
        url.isFileURL ? url.relativePath : url.absoluteString
    }

    /// The contents of a file.
    static func readData(_ url: URL, shownAs path: String) throws(StoreError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(path, reason: reason(error))
        }
    }

    /// The UTF-8 text of a file.
    static func readText(_ url: URL, shownAs path: String) throws(StoreError) -> String {
        guard let text = String(data: try readData(url, shownAs: path), encoding: .utf8) else {
            throw .notUTF8(at: SourceLocation(file: path))
        }
        return text
    }

    /// The most specific description of a file error: the POSIX reason when there is one.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return POSIXError(code).localizedDescription
        }
        if let posix = error as? POSIXError { return posix.localizedDescription }
        return error.localizedDescription
    }
}
