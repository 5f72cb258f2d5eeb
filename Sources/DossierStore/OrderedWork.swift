import Foundation

/// Work done on every core while its results are taken in order on the calling thread: the
/// workers never wait for the taker to finish a batch, and at most `window` results wait to be
/// taken, so memory stays bounded however many items there are.
enum OrderedWork {
    /// `state` makes what one worker keeps from one item to the next (made on its thread, never
    /// shared), handed to `work` with each item.
    static func run<Result: Sendable, State>(count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                             window: Int = 256, state: @escaping @Sendable () -> State,
                                             work: @escaping @Sendable (Int, State) -> Result,
                                             take: (Int, inout Result) -> Void) {
        guard count > 0 else { return }
        let shared = Shared<Result>(window: window)
        let group = DispatchGroup()
        for _ in 0..<max(1, workers) {
            DispatchQueue.global().async(group: group) {
                let kept = state()
                while let item = shared.nextItem(of: count) {
                    shared.put(work(item, kept), at: item)
                }
            }
        }
        // Handed to `take` to keep or let go of: the only copy (a long article's passages are
        // let go of as they are written).
        for item in 0..<count {
            var result = shared.take(item)
            take(item, &result)
        }
        group.wait()
    }

    /// The items handed out and the results not yet taken, under one condition variable.
    private final class Shared<Result: Sendable>: @unchecked Sendable {
        // Every field is read and written with `condition` locked.
        private let condition = NSCondition()
        private var slots: [Result?]
        private var handedOut = 0
        private var taken = 0

        init(window: Int) {
            slots = Array(repeating: nil, count: max(1, window))
        }

        /// The next item to work on, once the window has room for its result; nil when all are handed out.
        func nextItem(of count: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while handedOut < count, handedOut - taken >= slots.count { condition.wait() }
            guard handedOut < count else { return nil }
            handedOut += 1
            return handedOut - 1
        }

        func put(_ result: Result, at item: Int) {
            condition.lock()
            slots[item % slots.count] = result
            condition.broadcast()
            condition.unlock()
        }

        func take(_ item: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while slots[item % slots.count] == nil { condition.wait() }
            let result = slots[item % slots.count]!
            slots[item % slots.count] = nil
            taken += 1
            condition.broadcast()
            return result
        }
    }
}
