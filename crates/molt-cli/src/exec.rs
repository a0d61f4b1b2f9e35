//! Running a program to completion and capturing what it did.

use std::io;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// What a finished program did.
pub struct Captured {
    /// Everything written to stdout.
    pub stdout: Vec<u8>,
    /// Everything written to stderr.
    pub stderr: Vec<u8>,
    /// How it ended.
    pub status: ExitStatus,
    /// Wall-clock time from spawn to exit.
    pub elapsed: Duration,
}

impl Captured {
    /// The last non-empty line of stderr (where an uncaught exception's
    /// `Type: message` is), without its newline.
    pub fn stderr_last_line(&self) -> String {
        last_nonempty_line(&self.stderr)
    }

    /// The status as the shell reports it: the exit code, or 128 + signal.
    pub fn code(&self) -> i32 {
        status_code(self.status)
    }
}

/// Runs `cmd` with stdin from /dev/null and captures stdout and stderr.
///
/// # Errors
/// When the program cannot be started.
pub fn run_captured(cmd: &mut Command) -> io::Result<Captured> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let output = cmd.output()?;
    let elapsed = start.elapsed();
    Ok(Captured {
        stdout: output.stdout,
        stderr: output.stderr,
        status: output.status,
        elapsed,
    })
}

/// A command that runs the executable `exe` with `argv[0]` set to `script`,
/// so the program sees the same `sys.argv[0]` as under CPython.
pub fn program_command(exe: &Path, script: &Path) -> Command {
    let mut cmd = Command::new(exe);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.arg0(script);
    }
    #[cfg(not(unix))]
    let _ = script;
    cmd
}

/// The exit code, or 128 + the signal number for a killed process.
pub fn status_code(status: ExitStatus) -> i32 {
    if let Some(code) = status.code() {
        return code;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return 128 + signal;
        }
    }
    1
}

/// The last line of `bytes` that is not only whitespace, without its
/// newline; empty when there is none.
pub fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string()
}
