import Foundation

/// Runs a command line of the user's (`$PAGER`, `$EDITOR`) through /bin/sh, in the foreground of
/// this terminal. posix_spawn, not Foundation's Process: Process starts the child in a session of
/// its own, without the terminal, and a pager or an editor then cannot read the keyboard.
enum ShellCommand {
    /// The command's exit status; `input` is written to its standard input, else it inherits ours.
    /// Nil if it could not be started.
    @discardableResult
    static func run(_ command: String, arguments: [String] = [], environment: [String: String], input: Data? = nil) -> Int32? {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        if input != nil {
            guard pipe(&pipeEnds) == 0 else { return nil }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        // "$@" passes the arguments as they are, however they are spelled.
        let argv = ["/bin/sh", "-c", command + " \"$@\"", "sh"] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let started = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawn(&pid, "/bin/sh", &actions, nil, argvPointers, envPointers)
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

    private static func withCStrings<Result>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
        var pointers = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
