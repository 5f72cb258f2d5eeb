import Foundation

/// Runs a command line of the user's (`$PAGER`, `$EDITOR`) through /bin/sh, in the foreground of
/// this terminal. posix_spawn, not Foundation's Process: Process starts the child in a session of
/// its own, without the terminal, and a pager or an editor then cannot read the keyboard.
enum ShellCommand {
    /// The command's exit status; `input` is written to its standard input, else it inherits ours.
    /// Nil if it could not be started.
    @discardableResult
    static func run(_ command: String, arguments: [String] = [], environment: [String: String], input: Data? = nil) -> Int32? {
        // "$@" passes the arguments as they are, however they are spelled.
        run(argv: ["/bin/sh", "-c", command + " \"$@\"", "sh"] + arguments, environment: environment, input: input)
    }

    /// Runs a program by its argument vector, no shell (found on `PATH` when the name has no
    /// slash), in the foreground of this terminal; its exit status, or nil if it could not start.
    @discardableResult
    static func run(argv: [String], environment: [String: String], input: Data? = nil) -> Int32? {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        if input != nil {
            guard pipe(&pipeEnds) == 0 else { return nil }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let started = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawnp(&pid, argv[0], &actions, nil, argvPointers, envPointers)
            }
        }
        if input != nil { close(pipeEnds[0]) }
        guard started == 0 else {
            if input != nil { close(pipeEnds[1]) }
            return nil
        }
        if let input {
            // A reader who quits the pager early closes the pipe: that is not an error.
            signal(SIGPIPE, SIG_IGN)
            input.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(pipeEnds[1], buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 { if errno == EINTR { continue }; break }
                    offset += written
                }
            }
            close(pipeEnds[1])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Starts a program by its argument vector, no shell, away from this terminal: in a process
    /// group of its own, its input and output /dev/null, waited for on a thread of its own so the
    /// caller goes on at once. False if it could not start.
    static func startDetached(argv: [String], environment: [String: String]) -> Bool {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let started = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawnp(&pid, argv[0], &actions, &attributes, argvPointers, envPointers)
            }
        }
        guard started == 0 else { return false }
        let child = pid
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0, errno == EINTR {}
        }
        return true
    }

    private static func withCStrings<Result>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
        var pointers = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
