import Foundation
import StanceStore
import Testing

@Suite("content hash")
struct ContentHashTests {
    @Test("SHA-256 of known inputs matches the FIPS 180-4 examples")
    func knownVectors() {
        #expect(ContentHash.of(data: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.of(data: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            ContentHash.of(data: Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // A million 'a's crosses many blocks.
        #expect(
            ContentHash.of(data: Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("the hash changes with the text, the annotation and the extractor version, and only with them")
    func coversEveryPart() {
        let base = ContentHash.of(text: "An article.", annotation: "claims: []")
        #expect(base == ContentHash.of(text: "An article.", annotation: "claims: []"))
        #expect(base != ContentHash.of(text: "An article!", annotation: "claims: []"))
        #expect(base != ContentHash.of(text: "An article.", annotation: "claims: [x]"))
        #expect(base != ContentHash.of(text: "An article.", annotation: "claims: []", extractorVersion: "0.1"))
        #expect(
            ContentHash.of(text: "x", extractorVersion: "0.1") != ContentHash.of(text: "x", extractorVersion: "0.2"))
        // Parts are length-prefixed: moving text between them changes the hash.
        #expect(ContentHash.of(text: "ab", annotation: "c") != ContentHash.of(text: "a", annotation: "bc"))
        #expect(base.count == 64 && base.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }
}
