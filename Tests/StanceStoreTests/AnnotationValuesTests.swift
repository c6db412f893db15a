import StanceModel
import Testing

@testable import StanceStore

@Suite("AnnotationValues")
struct AnnotationValuesTests {
    @Test func dateShapes() {
        for text in ["2024", "2024-12", "2024-12-08", "2023-02-30", "0000"] {
            #expect(AnnotationValues.isDateShaped(text), "\(text)")
        }
        let malformed = [
            "24", "2024-1-5", "31/01/2025", "2024-13-01", "2024-00", "2024-12-32", "2024-12-", "२०२४", "",
        ]
        for text in malformed {
            #expect(!AnnotationValues.isDateShaped(text), "\(text)")
        }
    }

    @Test func decimals() {
        #expect(AnnotationValues.decimal("0.5") == 0.5)
        #expect(AnnotationValues.decimal("-1") == -1)
        #expect(AnnotationValues.decimal("+.25") == 0.25)
        #expect(AnnotationValues.decimal("1e-3") == 0.001)
        for text in ["", ".", "-", "0x1p-2", "inf", "nan", "1e", "1.2.3", "one", "1,5", " 1"] {
            #expect(AnnotationValues.decimal(text) == nil, "\(text)")
        }
    }

    @Test func stancesByNameOrScore() {
        #expect(AnnotationValues.stance("allied") == .allied)
        #expect(AnnotationValues.stance("-0.3") == Stance(score: -0.3))
        #expect(AnnotationValues.stance("1.5") == nil)
        #expect(AnnotationValues.stance("Supports") == nil)
    }

    @Test func spellingsReadBack() throws {
        for score in [-1, -0.75, -0.5, -0.3, 0, 0.1, 0.5, 1] {
            let stance = try #require(Stance(score: score))
            #expect(AnnotationValues.stance(AnnotationValues.spelling(of: stance)) == stance)
        }
        #expect(AnnotationValues.spelling(of: .supports) == "supports")
        #expect(AnnotationValues.spelling(of: try #require(Stance(score: 0.3))) == "0.3")
        #expect(AnnotationValues.number(1) == "1")
        #expect(AnnotationValues.number(0.9) == "0.9")
        #expect(AnnotationValues.decimal(AnnotationValues.number(1e-7)) == 1e-7)
    }
}
