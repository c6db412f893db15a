import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceExtraction

@Suite struct ArticleReaderBytesTests {
    @Test func invalidUTF8ReportsTheByteOffset() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = dir.file("latin1.txt")
        try (Data("2025-01-01\n\nCaf".utf8) + Data([0xE9]) + Data(" au lait.".utf8)).write(to: url)
        #expect(throws: ExtractionError.notUTF8(path: url.path, byteOffset: 15)) { try ArticleReader.read(contentsOf: url) }
        let message = ExtractionError.notUTF8(path: url.path, byteOffset: 15).errorDescription ?? ""
        #expect(message.contains("latin1.txt") && message.contains("15"))
    }

    @Test func truncatedAndOverlongSequencesAreNotUTF8() {
        let cases: [([UInt8], Int?)] = [
            (Array("ok".utf8), nil), ([0x61, 0xE2, 0x80], 1), ([0xC0, 0x80], 0), ([0xED, 0xA0, 0x80], 0),
            ([0xF0, 0x9F, 0x98, 0x80], nil), ([0x61, 0xF5, 0x80, 0x80, 0x80], 1), ([0xE2, 0x80, 0x9C], nil),
        ]
        for (bytes, expected) in cases {
            let offset = bytes.withUnsafeBufferPointer { ArticleReader.invalidUTF8Offset($0) }
            #expect(offset == expected, "\(bytes)")
        }
    }

    @Test func binaryFilesAreRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let png = dir.file("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: png)
        #expect(throws: ExtractionError.binaryFile(path: png.path, byteOffset: 8)) { try ArticleReader.read(contentsOf: png) }
        let controls = dir.file("controls.txt")
        try Data(Array("2025-01-01\n\nText".utf8) + [UInt8](repeating: 0x01, count: 5)).write(to: controls)
        #expect(throws: ExtractionError.binaryFile(path: controls.path, byteOffset: 16)) {
            try ArticleReader.read(contentsOf: controls)
        }
    }

    @Test func theBOMIsDroppedAndCRLFKept() throws {
        let text = try ArticleReader.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb".utf8)), path: "x")
        #expect(text == "a\r\nb")
        #expect(throws: ExtractionError.notUTF8(path: "x", byteOffset: 4)) {
            try ArticleReader.decode(Data([0xEF, 0xBB, 0xBF, 0x61, 0xFF]), path: "x")
        }
    }

    @Test func aFewControlBytesAreTolerated() throws {
        var bytes = Array(String(repeating: "Avalon backs Borduria. ", count: 20).utf8)
        bytes[5] = 0x07
        #expect(try ArticleReader.decode(Data(bytes), path: "x").utf8.count == bytes.count)
    }
}
