import Foundation

/// Writes files so that readers never see half of one.
public enum AtomicFile {
    /// Writes `data` to `url` atomically (a temporary file renamed into place), creating the
    /// parent folder first.
    ///
    /// Throws ``StoreError/writeFailed(path:reason:)`` naming the path when the folder cannot be
    /// created or the file cannot be written (a read-only folder, a file where a folder should be).
    public static func write(_ data: Data, to url: URL) throws(StoreError) {
        let path = StorePath.display(url)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .writeFailed(path: path, reason: "\(StorePath.display(folder)) is not a folder")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(path: path, reason: "cannot create its folder: \(StorePath.reason(error))")
            }
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw .writeFailed(path: path, reason: StorePath.reason(error))
        }
    }
}
