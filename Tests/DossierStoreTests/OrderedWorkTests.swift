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
        OrderedWork.run(count: 500, workers: 4, window: 8, work: { item in
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
        OrderedWork.run(count: 0, work: { $0 }, take: { _, _ in taken += 1 })
        #expect(taken == 0)
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
