/// A value kept behind one reference, copied only when it is changed while shared.
///
/// The word lists' tables are read by every extractor and document a closure captures, and
/// Swift copies such a value into each closure's context: a table of five arrays cost five
/// retains and five releases a copy, behind this wrapper one of each. Reads go through the
/// value's address in its box, so that asking a table retains none of its arrays (a box's
/// stored property read and yielded was copied out first, array by array).
@propertyWrapper
struct Shared<Value> {
    // A managed buffer's header has an address that lasts as long as the buffer; no elements.
    private final class Box: ManagedBuffer<Value, Never> {
        static func holding(_ value: Value) -> Box {
            unsafeDowncast(create(minimumCapacity: 0) { _ in value }, to: Box.self)
        }

        var address: UnsafeMutablePointer<Value> { withUnsafeMutablePointerToHeader { $0 } }
    }

    private var box: Box

    init(wrappedValue: Value) {
        box = Box.holding(wrappedValue)
    }

    var wrappedValue: Value {
        // The box lives at least as long as this value, which the reader holds while it reads.
        unsafeAddress { UnsafePointer(box.address) }
        unsafeMutableAddress {
            if !isKnownUniquelyReferenced(&box) { box = Box.holding(box.header) }
            return box.address
        }
    }
}

extension Shared: @unchecked Sendable where Value: Sendable {}
