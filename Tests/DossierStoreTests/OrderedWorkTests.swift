import Foundation
import Testing
@testable import DossierStore

@Suite("Indexing on every core")
struct OrderedWorkTests {
    @Test("results are taken in order, however long each item takes, and never more than the window run ahead")
    func takesResultsInOrder() {
        let started = Counter()
        var taken: [Int] = []
        var mostAhead = 0
        OrderedWork.run(count: 500, workers: 4, window: 8, state: {}, work: { item, _ in
            started.increment()
            // Later items often finish first.
            usleep(UInt32((item * 7919) % 13) * 20)
            return item * 2
        }, take: { item, result in
            #expect(result == item * 2)
            taken.append(item)
            mostAhead = max(mostAhead, started.value - taken.count)
        })
        #expect(taken == Array(0..<500))
        #expect(mostAhead <= 8)
    }

    @Test("nothing to do returns at once")
    func nothingToDo() {
        var taken = 0
        OrderedWork.run(count: 0, state: {}, work: { item, _ in item }, take: { _, _ in taken += 1 })
        #expect(taken == 0)
    }

    @Test("each worker keeps its own state from one item to the next, and no other worker's")
    func keepsStatePerWorker() {
        let made = Counter()
        var lastCount: [ObjectIdentifier: Int] = [:]
        OrderedWork.run(count: 200, workers: 3, window: 8, state: { () -> Tally in
            made.increment()
            return Tally()
        }, work: { (_: Int, tally: Tally) -> Seen in
            tally.count += 1
            return Seen(state: ObjectIdentifier(tally), count: tally.count)
        }, take: { _, seen in
            lastCount[seen.state] = max(lastCount[seen.state] ?? 0, seen.count)
        })
        #expect(made.value <= 3)
        #expect(lastCount.values.reduce(0, +) == 200)
    }
}

/// What one worker counts, on its own thread.
private final class Tally {
    var count = 0
}

/// A worker's state as an item saw it.
private struct Seen: Sendable {
    let state: ObjectIdentifier
    let count: Int
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
