import Foundation

/// A real HTTP/1.1 server on 127.0.0.1 (a free port), for fetching tests: each path answers as
/// its route says, and every request is kept (method, path, headers) for the test to look at.
/// One thread accepts; each connection is served on a thread of its own and then closed.
final class LocalHTTPServer: @unchecked Sendable {
    struct Response: Sendable {
        var status = 200
        var headers: [String: String] = [:]
        var body = Data()
        /// Accept the request, then never answer (until the server stops).
        var neverAnswers = false
    }

    struct Request: Sendable {
        let path: String
        let headers: [String: String]
    }

    /// Answers a request (its headers given, lower-case names) for one path.
    typealias Route = @Sendable (_ headers: [String: String]) -> Response

    private let socketDescriptor: Int32
    let port: Int
    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var seen: [Request] = []
    private var stopped = false

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else { close(descriptor); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        socketDescriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in
            while true {
                let connection = accept(descriptor, nil, nil)
                if connection < 0 {
                    if lock.withLock({ stopped }) { return }
                    continue
                }
                Thread.detachNewThread { [self] in serve(connection) }
            }
        }
    }

    deinit { stop() }

    func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        shutdown(socketDescriptor, Int32(SHUT_RDWR))
        close(socketDescriptor)
    }

    /// The address of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func route(_ path: String, _ answer: @escaping Route) {
        lock.withLock { routes[path] = answer }
    }

    func route(_ path: String, status: Int = 200, type: String = "application/xml", body: String, headers: [String: String] = [:]) {
        let response = Response(status: status, headers: headers.merging(["Content-Type": type]) { $1 }, body: Data(body.utf8))
        route(path) { _ in response }
    }

    var requests: [Request] { lock.withLock { seen } }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { return }
            received.append(contentsOf: buffer[..<count])
        }
        let requestHead = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        let lines = requestHead.components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return }
        let path = String(parts[1])
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let route: Route? = lock.withLock {
            seen.append(Request(path: path, headers: headers))
            return routes[path]
        }
        var response = route?(headers) ?? Response(status: 404, headers: ["Content-Type": "text/plain"], body: Data("Not found".utf8))
        if response.neverAnswers {
            while !lock.withLock({ stopped }) { Thread.sleep(forTimeInterval: 0.1) }
            return
        }
        response.headers["Content-Length"] = String(response.body.count)
        response.headers["Connection"] = "close"
        let reason = [200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found"][response.status] ?? "Status"
        var head = "HTTP/1.1 \(response.status) \(reason)\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        var bytes = Data((head + "\r\n").utf8)
        if response.status != 304 { bytes.append(response.body) }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(connection, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }
}
