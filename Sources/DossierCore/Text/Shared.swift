/// A value kept behind one reference, copied only when it is changed while shared.
///
/// The word lists' tables are read by every extractor and document a closure captures, and
/// Swift copies such a value into each closure's context: a table of five arrays cost five
/// retains and five releases a copy, behind this wrapper one of each. Reads borrow the value
/// in place.
@propertyWrapper
struct Shared<Value> {
    private final class Box {
        // Changed only through `wrappedValue`'s modify, on a box no other value holds.
        @exclusivity(unchecked) var value: Value

        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    var wrappedValue: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension Shared: @unchecked Sendable where Value: Sendable {}
