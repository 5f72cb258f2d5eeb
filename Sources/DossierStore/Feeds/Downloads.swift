import CCurl
import Foundation

/// HTTP GETs through libcurl, each held to the rules a hostile server needs: http and https
/// only, five redirects at most (followed here, one by one, so that each target is checked
/// before it is asked), a timeout for the whole request, and a size limit counted on the bytes
/// after decompression. libcurl is loaded by the first request (`CCurl`), so that commands that
/// fetch nothing do not pay for loading it. Safe to call from several threads at once: each
/// request has its own handle.
struct Downloads: Sendable {
    let timeout: TimeInterval
    let maximumSize: Int

    static let accept = "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"

    /// Fetches `address`, conditionally when `state` has validators; waits for the answer.
    func get(_ address: String, state: FeedState?) -> Download {
        if let problem = Subscription.problem(with: address) { return Download(status: .failed(problem)) }
        guard dossier_curl_load() != 0 else { return Download(status: .failed(String(cString: dossier_curl_problem()) + ".")) }
        guard let handle = dossier_curl_easy_init() else { return Download(status: .failed("libcurl could not make a request.")) }
        defer { dossier_curl_easy_cleanup(handle) }
        var headers: UnsafeMutableRawPointer?
        for header in ["Accept: \(Downloads.accept)"] + (state?.etag.map { ["If-None-Match: \($0)"] } ?? [])
            + (state?.lastModified.map { ["If-Modified-Since: \($0)"] } ?? []) {
            headers = dossier_curl_slist_append(headers, header)
        }
        defer { dossier_curl_slist_free_all(headers) }

        let deadline = Date().addingTimeInterval(timeout)
        var location = address
        var redirects = 0
        var permanent = true
        var movedTo: String? { redirects > 0 && permanent ? location : nil }
        while true {
            let response = Response(maximumSize: maximumSize)
            let code = withExtendedLifetime(response) {
                configure(handle, url: location, headers: headers, response: response, until: deadline)
                return dossier_curl_easy_perform(handle)
            }
            if response.tooLarge { return Download(status: .failed("larger than \(maximumSize >> 20) MB."), movedTo: movedTo) }
            guard code == 0 else { return Download(status: .failed(describe(code)), movedTo: movedTo) }
            var status = 0
            dossier_curl_getinfo_long(handle, Info.responseCode, &status)
            var target: UnsafePointer<CChar>?
            if [301, 302, 303, 307, 308].contains(status), dossier_curl_getinfo_string(handle, Info.redirectURL, &target) == 0,
               let target {
                location = String(cString: target)
                redirects += 1
                permanent = permanent && (status == 301 || status == 308)
                let scheme = URL(string: location)?.scheme?.lowercased()
                guard scheme == "http" || scheme == "https" else {
                    return Download(status: .failed("redirected to \(location) that is not http or https."))
                }
                guard redirects <= 5 else { return Download(status: .failed("more than five redirects.")) }
                continue
            }
            switch status {
            case 304:
                return Download(status: .notModified, movedTo: movedTo)
            case 200..<300:
                let state = FeedState(etag: response.headers["etag"], lastModified: response.headers["last-modified"])
                return Download(status: .fetched(response.body, state), movedTo: movedTo)
            case 300..<400:
                return Download(status: .failed("HTTP \(status): a redirect that was not followed."), movedTo: movedTo)
            default:
                let reason = Downloads.reasons[status].map { " (\($0))" } ?? ""
                return Download(status: .failed("HTTP \(status)\(reason)."), movedTo: movedTo)
            }
        }
    }

    private func configure(_ handle: UnsafeMutableRawPointer, url: String, headers: UnsafeMutableRawPointer?,
                           response: Response, until deadline: Date) {
        dossier_curl_setopt_pointer(handle, Option.url, url)
        // No signals: requests run on several threads.
        dossier_curl_setopt_long(handle, Option.noSignal, 1)
        dossier_curl_setopt_long(handle, Option.followLocation, 0)
        if dossier_curl_setopt_pointer(handle, Option.protocolsString, "http,https") != 0 {
            // libcurl before 7.85 has only the bit mask (CURLPROTO_HTTP | CURLPROTO_HTTPS).
            dossier_curl_setopt_long(handle, Option.protocols, 3)
        }
        dossier_curl_setopt_pointer(handle, Option.userAgent, Fetcher.userAgent)
        dossier_curl_setopt_pointer(handle, Option.httpHeader, headers)
        dossier_curl_setopt_pointer(handle, Option.acceptEncoding, "gzip, deflate")
        dossier_curl_setopt_long(handle, Option.timeoutMilliseconds, max(1, Int(deadline.timeIntervalSinceNow * 1000)))
        let context = Unmanaged.passUnretained(response).toOpaque()
        dossier_curl_setopt_pointer(handle, Option.writeData, context)
        dossier_curl_setopt_callback(handle, Option.writeFunction) { bytes, size, count, context in
            Unmanaged<Response>.fromOpaque(context!).takeUnretainedValue().receive(bytes, size * count)
        }
        dossier_curl_setopt_pointer(handle, Option.headerData, context)
        dossier_curl_setopt_callback(handle, Option.headerFunction) { bytes, size, count, context in
            Unmanaged<Response>.fromOpaque(context!).takeUnretainedValue().header(bytes, size * count)
        }
    }

    private func describe(_ code: Int32) -> String {
        switch code {
        case 28: return "timed out after \(Int(timeout)) s."
        case 6: return "no such host."
        case 7: return "the server refused the connection."
        case 18, 52, 55, 56: return "the connection was lost."
        case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91, 98:
            return "the secure connection could not be made (\(code))."
        case 1: return "not http or https."
        case 61: return "the answer's compression could not be read."
        default: return String(cString: dossier_curl_easy_strerror(code)) + "."
        }
    }

    /// libcurl's option and information numbers (its `curl.h`; Dossier does not need its headers).
    private enum Option {
        static let writeData: Int32 = 10001, url: Int32 = 10002, userAgent: Int32 = 10018, httpHeader: Int32 = 10023
        static let headerData: Int32 = 10029, followLocation: Int32 = 52, noSignal: Int32 = 99
        static let acceptEncoding: Int32 = 10102, timeoutMilliseconds: Int32 = 155, protocols: Int32 = 181
        static let protocolsString: Int32 = 10318, writeFunction: Int32 = 20011, headerFunction: Int32 = 20079
    }

    private enum Info {
        static let responseCode: Int32 = 0x200000 + 2, redirectURL: Int32 = 0x100000 + 31
    }

    /// The reason phrases of the statuses a feed server gives most; never the server's own text.
    static let reasons: [Int: String] = [
        400: "bad request", 401: "unauthorized", 403: "forbidden", 404: "not found", 405: "method not allowed",
        406: "not acceptable", 408: "request timeout", 410: "gone", 429: "too many requests",
        500: "internal server error", 501: "not implemented", 502: "bad gateway", 503: "service unavailable",
        504: "gateway timeout",
    ]

    /// One answer as it arrives: its body up to the limit, and the headers of its last response.
    private final class Response {
        let maximumSize: Int
        var body = Data()
        var headers: [String: String] = [:]
        var tooLarge = false

        init(maximumSize: Int) { self.maximumSize = maximumSize }

        /// Bytes of the body, decompressed; returning less than was given stops the request.
        func receive(_ bytes: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
            guard let bytes, body.count + count <= maximumSize else {
                tooLarge = bytes != nil
                return 0
            }
            body.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: count)
            return count
        }

        /// One header line; a status line starts a response (a 100 Continue comes before the real one).
        func header(_ bytes: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
            guard let bytes else { return 0 }
            let line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: count), as: UTF8.self)
            if line.hasPrefix("HTTP/") {
                headers = [:]
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return count
        }
    }
}
