import Foundation

extension ArticleReader {
    /// The text of a file's bytes: BOM removed, checked to be text and UTF-8.
    ///
    /// A NUL byte, or control bytes (other than tab, newline, form feed and carriage return)
    /// making up more than 1% of the file, mark it as binary; otherwise the first invalid UTF-8
    /// sequence is reported with its byte offset in the file.
    static func decode(_ data: Data, path: String) throws(ExtractionError) -> String {
        let result: Result<String, ExtractionError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            if let offset = binaryOffset(bytes) { return .failure(.binaryFile(path: path, byteOffset: offset)) }
            if let offset = invalidUTF8Offset(bytes, from: bom) { return .failure(.notUTF8(path: path, byteOffset: offset)) }
            let body = UnsafeBufferPointer(rebasing: bytes[bom...])
            return .success(String(decoding: body, as: UTF8.self))
        }
        return try result.get()
    }

    /// The offset of the byte that marks `bytes` as binary, if any.
    static func binaryOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var first: Int?
        var count = 0
        for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x7F {
            if b == 0 { return i }
            if b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D { continue }
            if first == nil { first = i }
            count += 1
        }
        if let first, count * 100 > bytes.count { return first }
        return nil
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, if any.
    static func invalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                highest = 0x9F
            case 0xF0:
                length = 4
                lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                highest = 0x8F
            default: return i
            }
            guard i + length <= n, (lowest...highest).contains(bytes[i + 1]) else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
