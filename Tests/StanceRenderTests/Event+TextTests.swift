import StanceModel
import StanceRender
import StanceTestSupport
import Testing

@Suite("Event text")
struct EventTextTests {
    @Test("an event reads with 'the' unless its name already has it")
    func nameInText() {
        let date = Fixtures.date("2024-12-08")
        #expect(Event(id: "fall", name: "Fall of Assad", date: date).nameInText == "the Fall of Assad")
        #expect(Event(id: "coup", name: "The Coup", date: date).nameInText == "The Coup")
    }
}
