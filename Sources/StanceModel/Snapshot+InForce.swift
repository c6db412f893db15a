extension Snapshot {
    /// Every claim on the key of entry `position` in force on the snapshot's day, by position:
    /// the claim in force, its ties and the lower-ranked claims whose spans also hold that day
    /// (parallel claims, such as several reports of one stance).
    /// - Complexity: O(claims of the key).
    public func claimsInForce(forEntryAt position: Int) -> [(position: Int, claim: StanceClaim)] {
        let graph = entries.graph
        return graph.positionsInForce(key: Int(entries.keys[position]), day: ClaimIndex.clamp(date.firstDay))
            .map { (Int($0), graph.claims[Int($0)]) }
    }
}
