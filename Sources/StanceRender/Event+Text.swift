import StanceModel

extension Event {
    /// The event's name as it reads inside a sentence: "the Fall of Assad", or "The Coup" as it is.
    public var nameInText: String {
        name.lowercased().hasPrefix("the ") ? name : "the \(name)"
    }
}
