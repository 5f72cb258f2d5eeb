import Foundation

/// A value worked out on a thread of its own: asked for without waiting (`value`, nil until it
/// is ready) or waited for (`wait`).
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    // `result` is written once by the working thread, under the condition's lock.
    private let condition = NSCondition()
    private var result: Value?

    public init(qualityOfService: QualityOfService = .utility, _ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
        thread.qualityOfService = qualityOfService
        thread.start()
    }

    /// The value if it is ready.
    public var value: Value? {
        condition.lock()
        defer { condition.unlock() }
        return result
    }

    /// The value, once it is ready.
    public func wait() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
