import CSQLite
import DossierCore
import Foundation

/// An SQLite error, in one sentence, with its code: corruption and "not a database" are told apart
/// because a library's index that is either is set aside and built again.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String

    public var description: String { message }

    /// The file is damaged, truncated or not a database at all.
    public var isDamage: Bool {
        let primary = code & 0xFF
        // SQLITE_IOERR_SHORT_READ (a macro Swift cannot import): a file cut short.
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || code == SQLITE_IOERR | 2 << 8
    }

    /// Another connection holds the write lock longer than the busy timeout.
    public var isBusy: Bool { code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED }
}

/// A connection to an SQLite database, used from one thread at a time. A thin layer over the C
/// API: statements are prepared once and reused, values are bound and read without boxing (GRDB
/// was measured 2.3 times slower at inserting index rows, DECISIONS.md).
final class SQLiteConnection {
    let handle: OpaquePointer
    let path: String

    /// Opens (or, unless `readOnly`, creates) the database at `path`. Its pages are read
    /// through read(2), never a mapping of the file: a process keeps only SQLite's small page
    /// cache, and a cold command was as fast or faster (`list --json` 125 → 97 ms, `dossier
    /// NAME --json` 144 → 130 ms at 50,000 articles; mapping and unmapping hundreds of megabytes
    /// cost more than copying the pages read).
    init(path: String, readOnly: Bool = false) throws {
        var handle: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw SQLiteError(code: status, message: "\(path): \(message)")
        }
        self.handle = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        addNaturalCollation()
        // Readers never wait for the writer in WAL mode; a second writer waits its turn this long.
        sqlite3_busy_timeout(handle, 60_000)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// `COLLATE natural_order`: titles in the order a person expects ("Report 2" before "Report 10"),
    /// as the list sorts them. Only this connection knows it; an index stays readable elsewhere.
    func addNaturalCollation() {
        sqlite3_create_collation_v2(handle, "natural_order", SQLITE_UTF8, nil, { _, leftCount, left, rightCount, right in
            let lhs = String(decoding: UnsafeRawBufferPointer(start: left, count: Int(leftCount)), as: UTF8.self)
            let rhs = String(decoding: UnsafeRawBufferPointer(start: right, count: Int(rightCount)), as: UTF8.self)
            return Int32(NaturalOrder.compare(lhs, rhs))
        }, nil)
    }

    func error(_ status: Int32, _ doing: String) -> SQLiteError {
        SQLiteError(code: status, message: "\(doing): \(String(cString: sqlite3_errmsg(handle)))")
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        guard status == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_free(message)
            throw SQLiteError(code: status, message: text)
        }
    }

    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status, "preparing \(sql.prefix(60))") }
        return SQLiteStatement(statement, connection: self)
    }

    /// Runs `body` in one write transaction: committed whole, or not at all.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in one read transaction: its queries see the database as it was when the
    /// first of them ran, whatever a writer commits meanwhile.
    func snapshot<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN DEFERRED")
        defer { try? execute("COMMIT") }
        return try body()
    }

    /// The single integer a query returns (`PRAGMA user_version`, `SELECT count(*) …`).
    func integer(_ sql: String) throws -> Int? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.int(0) : nil
    }

    var lastInsertedRow: Int { Int(sqlite3_last_insert_rowid(handle)) }
    var changes: Int { Int(sqlite3_changes(handle)) }
}

/// A prepared statement: bind, step, read columns, reset, and again.
final class SQLiteStatement {
    let handle: OpaquePointer
    unowned let connection: SQLiteConnection

    init(_ handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: - Binding (1-based, as SQLite counts)

    @discardableResult
    func bind(_ values: SQLiteValue?...) -> SQLiteStatement {
        for (offset, value) in values.enumerated() { bind(value, at: offset + 1) }
        return self
    }

    func bind(_ value: SQLiteValue?, at index: Int) {
        let place = Int32(index)
        switch value {
        case nil: sqlite3_bind_null(handle, place)
        case .integer(let number): sqlite3_bind_int64(handle, place, Int64(number))
        case .text(let text): bind(text: text, at: place)
        case .blob(let bytes):
            bytes.withUnsafeBytes { buffer in
                _ = sqlite3_bind_blob(handle, place, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count),
                                      csqlite_transient())
            }
        }
    }

    func bind(_ number: Int, at index: Int) {
        sqlite3_bind_int64(handle, Int32(index), Int64(number))
    }

    func bind(_ number: Double, at index: Int) {
        sqlite3_bind_double(handle, Int32(index), number)
    }

    func bind(_ text: String?, at index: Int) {
        guard let text else { sqlite3_bind_null(handle, Int32(index)); return }
        bind(text: text, at: Int32(index))
    }

    private func bind(text: String, at place: Int32) {
        var text = text
        text.withUTF8 { utf8 in
            _ = sqlite3_bind_text(handle, place, UnsafeRawPointer(utf8.baseAddress ?? UnsafePointer(bitPattern: 1)!)
                .assumingMemoryBound(to: CChar.self), Int32(utf8.count), csqlite_transient())
        }
    }

    // MARK: - Stepping

    /// The next row: true while there is one.
    @discardableResult
    func step() throws -> Bool {
        let status = sqlite3_step(handle)
        if status == SQLITE_ROW { return true }
        if status == SQLITE_DONE { return false }
        let failure = connection.error(status, "running \(String(cString: sqlite3_sql(handle)).prefix(60))")
        sqlite3_reset(handle)
        throw failure
    }

    /// Runs the statement to its end, then makes it ready to run again.
    func run() throws {
        defer { reset() }
        while try step() {}
    }

    /// Runs with `parts` joined by line breaks bound at `index`: for an article's whole body.
    func run(bindingJoined parts: some Collection<String>, at index: Int) throws {
        var joined = try SQLiteJoinedText(capacity: parts.reduce(0) { $0 + $1.utf8.count + 1 })
        for part in parts {
            // Copied whole (byte by byte through the view was a quarter of this function's time).
            var part = part
            try part.withUTF8 { try joined.append(UnsafeRawBufferPointer($0)) }
        }
        try run(binding: joined, at: index)
    }

    /// Runs with `joined` bound at `index`, SQLite taking its memory over. Ended by a zero byte:
    /// without it SQLite copied the text to end it as it ran, and a 50 MB article's body was
    /// held twice over.
    func run(binding joined: consuming SQLiteJoinedText, at index: Int) throws {
        let buffer = joined.take()
        // Length -1: SQLite finds the zero byte; sqlite3_free: SQLite frees it when done with it.
        sqlite3_bind_text(handle, Int32(index), UnsafeRawPointer(buffer).assumingMemoryBound(to: CChar.self), -1, sqlite3_free)
        try run()
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Every row, each read by `row` while the statement is on it.
    func rows<T>(_ row: (SQLiteStatement) throws -> T) throws -> [T] {
        defer { reset() }
        var result: [T] = []
        while try step() { result.append(try row(self)) }
        return result
    }

    // MARK: - Columns (0-based, as SQLite counts)

    func isNull(_ column: Int) -> Bool { sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL }

    func int(_ column: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(column))) }

    func optionalInt(_ column: Int) -> Int? { isNull(column) ? nil : int(column) }

    func text(_ column: Int) -> String {
        guard let bytes = sqlite3_column_text(handle, Int32(column)) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func double(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

    func optionalText(_ column: Int) -> String? { isNull(column) ? nil : text(column) }

    /// A blob's bytes, valid until the statement moves on.
    func withBlob<T>(_ column: Int, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        guard let bytes = sqlite3_column_blob(handle, Int32(column)), count > 0 else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    var columnCount: Int { Int(sqlite3_column_count(handle)) }

    func columnName(_ column: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(column))) }

    /// The column's value as SQLite holds it, for `dossier sql`.
    func value(_ column: Int) -> SQLiteValue? {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_NULL: nil
        case SQLITE_INTEGER: .integer(int(column))
        case SQLITE_FLOAT: .text(String(sqlite3_column_double(handle, Int32(column))))
        case SQLITE_BLOB: withBlob(column) { .blob(Data($0)) }
        default: .text(text(column))
        }
    }
}

/// Texts joined by line breaks into memory SQLite can take over (`sqlite3_malloc`), each written
/// once: an article's body for the full-text index, gathered from its passages without holding
/// them. Grown by doubling; glibc moves a large block's pages rather than copy them.
struct SQLiteJoinedText: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var isEmpty = true

    init(capacity: Int = 4096) throws {
        self.capacity = max(capacity, 1)
        guard let memory = sqlite3_malloc64(sqlite3_uint64(self.capacity)) else { throw SQLiteJoinedText.noMemory(self.capacity) }
        buffer = memory.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        sqlite3_free(buffer)
    }

    /// Adds `text` (UTF-8), after a line break unless it is the first.
    mutating func append(_ text: UnsafeRawBufferPointer) throws {
        let separator = isEmpty ? 0 : 1
        // Room for the text, its separator and the zero byte that ends the whole.
        let needed = count + separator + text.count + 1
        if needed > capacity {
            let grown = max(needed, capacity * 2)
            guard let memory = sqlite3_realloc64(buffer, sqlite3_uint64(grown)) else { throw SQLiteJoinedText.noMemory(grown) }
            buffer = memory.assumingMemoryBound(to: UInt8.self)
            capacity = grown
        }
        if separator > 0 {
            buffer[count] = UInt8(ascii: "\n")
            count += 1
        }
        isEmpty = false
        guard let source = text.baseAddress, !text.isEmpty else { return }
        let start = buffer + count
        start.update(from: source.assumingMemoryBound(to: UInt8.self), count: text.count)
        count += text.count
        // A zero byte in the text would end it early: a space is the same to the full-text index.
        var search = start
        let end = buffer + count
        while search < end, let zero = memchr(search, 0, end - search)?.assumingMemoryBound(to: UInt8.self) {
            zero.pointee = UInt8(ascii: " ")
            search = zero + 1
        }
    }

    private static func noMemory(_ bytes: Int) -> SQLiteError {
        SQLiteError(code: SQLITE_NOMEM, message: "no memory for an article's text of \(bytes) bytes")
    }

    /// The text, ended by a zero byte; the caller frees it (`sqlite3_free`).
    consuming func take() -> UnsafeMutablePointer<UInt8> {
        buffer[count] = 0
        let taken = buffer
        discard self
        return taken
    }
}

/// A value bound to a statement or read from a column.
public enum SQLiteValue: Hashable, Sendable {
    case integer(Int)
    case text(String)
    case blob(Data)
}

extension SQLiteValue: CustomStringConvertible {
    /// As a cell of a table: a number or text as it is, a blob by its size.
    public var description: String {
        switch self {
        case .integer(let number): String(number)
        case .text(let text): text
        case .blob(let data): "<\(data.count) bytes>"
        }
    }
}
