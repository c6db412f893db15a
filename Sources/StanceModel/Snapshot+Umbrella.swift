extension Snapshot {
    /// The outermost actor `id` belongs to on the snapshot's day, following memberships in force
    /// (the first parent by id at each step, stopping at a cycle); nil when it belongs to none
    /// the graph knows.
    /// - Complexity: O(depth of the membership chain × memberships of each actor).
    public func umbrella(of id: ActorID) -> StanceActor? {
        let actors = entries.graph.actors
        var seen: Set<ActorID> = [id]
        var current: StanceActor?
        var next = id
        while let actor = actors[next],
            let parent = actor.parents(at: date).filter({ actors[$0] != nil }).min(),
            seen.insert(parent).inserted
        {
            current = actors[parent]
            next = parent
        }
        return current
    }
}
