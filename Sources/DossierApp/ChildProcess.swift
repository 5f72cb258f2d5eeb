import Foundation

/// A program started beside the reader, away from its terminal (its own process group, no
/// standard input), its output read a line at a time on a thread of its own.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t

    private init(pid: pid_t) {
        self.pid = pid
    }

    /// Starts `executable` with `arguments`; `line` is called with each line it prints, then
    /// `exited` with its exit status and the last line it wrote to stderr. Nil if it could not
    /// be started.
    static func start(_ executable: String, arguments: [String], line: @escaping @Sendable (String) -> Void,
                      exited: @escaping @Sendable (_ status: Int32, _ error: String) -> Void) -> ChildProcess? {
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        guard pipe(&output) == 0 else { return nil }
        guard pipe(&errors) == 0 else { close(output[0]); close(output[1]); return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errors[1], STDERR_FILENO)
        for end in output + errors { posix_spawn_file_actions_addclose(&actions, end) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own: the keys the terminal turns into signals are the reader's.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        close(output[1])
        close(errors[1])
        guard status == 0 else {
            close(output[0])
            close(errors[0])
            return nil
        }
        let readOutput = output[0], readErrors = errors[0], child = pid
        Thread.detachNewThread {
            var pending = Data()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(readOutput, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                pending.append(contentsOf: buffer[..<count])
                while let newline = pending.firstIndex(of: 10) {
                    line(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
                    pending.removeSubrange(pending.startIndex...newline)
                }
            }
            close(readOutput)
            var errorText = Data()
            while true {
                let count = read(readErrors, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                if errorText.count < 1 << 16 { errorText.append(contentsOf: buffer[..<count]) }
            }
            close(readErrors)
            var status: Int32 = 0
            while waitpid(child, &status, 0) == -1, errno == EINTR {}
            let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            let lastLine = String(decoding: errorText, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            exited(code, lastLine)
        }
        return ChildProcess(pid: pid)
    }

    /// Runs `executable` to its end, its output unread; its exit status (nil if it could not start).
    @discardableResult
    static func run(_ executable: String, arguments: [String]) -> Int32? {
        let finished = DispatchSemaphore(value: 0)
        let result = Result()
        guard start(executable, arguments: arguments, line: { _ in }, exited: { status, _ in
            result.set(status)
            finished.signal()
        }) != nil else { return nil }
        finished.wait()
        return result.status
    }

    /// The exit status, handed from the thread that waited for it.
    private final class Result: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Int32?
        func set(_ status: Int32) { lock.withLock { value = status } }
        var status: Int32? { lock.withLock { value } }
    }

    /// Asks it to stop; what it has committed stays.
    func terminate() {
        kill(pid, SIGTERM)
    }
}
