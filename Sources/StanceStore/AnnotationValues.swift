import StanceModel

/// How the values of an annotation file are spelled: dates, stances, numbers.
enum AnnotationValues {
    /// Whether `text` has the shape YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, with a month in
    /// 1...12 and a day in 1...31. Such a date may still not exist (2023-02-30): see `TimePoint`.
    static func isDateShaped(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        return numbers.count == parts.count && numbers.dropFirst().allSatisfy { (1...31).contains($0) }
            && (numbers.count < 2 || numbers[1] <= 12)
    }

    /// A decimal number such as `0.5`, `-1`, `.25` or `1e-3`; nil for anything else (no hex, no `inf`).
    static func decimal(_ text: String) -> Double? {
        var rest = Substring(text)
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        let mantissa = rest.prefix { $0 != "e" && $0 != "E" }
        let exponent = rest.dropFirst(mantissa.count)
        let digits = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(digits.count), digits.contains(where: { !$0.isEmpty }),
            digits.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        if !exponent.isEmpty {
            var power = exponent.dropFirst()
            if power.first == "+" || power.first == "-" { power = power.dropFirst() }
            guard !power.isEmpty, power.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        return Double(text)
    }

    /// A stance from a level name or a number in [-1, 1].
    static func stance(_ text: String) -> Stance? {
        if let level = StanceLevel(rawValue: text) { return Stance(level) }
        return decimal(text).flatMap { Stance(score: $0) }
    }

    /// The level name when the score is exactly a level's, else the number.
    static func spelling(of stance: Stance) -> String {
        if let level = StanceLevel.allCases.first(where: { $0.score == stance.score }) { return level.rawValue }
        return number(stance.score)
    }

    /// The shortest decimal spelling that reads back as the same number (`0.9`, `-0.25`, `1`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension YAMLFields {
    /// An optional date: YYYY, YYYY-MM or YYYY-MM-DD.
    func date(_ key: String) throws(StoreError) -> TimePoint? {
        guard let value = node(key) else { return nil }
        let text = try reader.string(of: value, name: key)
        guard AnnotationValues.isDateShaped(text) else {
            throw .malformedDate(text, field: key, at: reader.location(value))
        }
        guard let point = TimePoint(text) else {
            throw .impossibleDate(text, field: key, at: reader.location(value))
        }
        return point
    }

    /// A required date.
    func requiredDate(_ key: String) throws(StoreError) -> TimePoint {
        _ = try required(key)
        guard let point = try date(key) else { throw .missingField(key, in: container, at: location) }
        return point
    }

    /// The span from the optional `from` and `until` keys; located at `until` when it ends too early.
    func span() throws(StoreError) -> TimeSpan {
        let (start, end) = (try date("from"), try date("until"))
        guard let span = TimeSpan(from: start, until: end) else {
            throw .spanEndsBeforeStart(
                from: start?.description ?? "", until: end?.description ?? "",
                at: node("until").map(reader.location) ?? location)
        }
        return span
    }

    /// A required stance.
    func stance(_ key: String) throws(StoreError) -> Stance {
        let value = try required(key)
        let text = try reader.string(of: value, name: key)
        guard let stance = AnnotationValues.stance(text) else { throw .invalidStance(text, at: reader.location(value)) }
        return stance
    }

    /// An optional confidence in [0, 1], 1 when absent.
    func confidence(_ key: String) throws(StoreError) -> Double {
        guard let value = node(key) else { return 1 }
        let text = try reader.string(of: value, name: key)
        guard let number = AnnotationValues.decimal(text), (0...1).contains(number) else {
            throw .invalidConfidence(text, at: reader.location(value))
        }
        return number
    }
}
