//! Helpers shared by the integration tests: where things are, and running a
//! process with a timeout.
#![allow(dead_code)] // each test binary uses a different subset

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// The `molt` binary under test.
pub const MOLT: &str = env!("CARGO_BIN_EXE_molt");

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .canonicalize()
        .expect("the workspace root exists")
}

/// A fresh, empty scratch directory for one test, under cargo's per-target
/// temporary directory.
pub fn scratch_dir(group: &str, name: &str) -> PathBuf {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(safe);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("can create a scratch directory");
    dir
}

/// The compile cache shared by the tests of one target directory.
pub fn cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("molt-cache")
}

/// A `molt` command with the test cache.
pub fn molt() -> Command {
    let mut cmd = Command::new(MOLT);
    cmd.env("MOLT_CACHE_DIR", cache_dir())
        .env_remove("MOLT_BACKTRACE")
        .env_remove("RUST_BACKTRACE");
    cmd
}

/// What a finished (or killed) process did.
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when it was killed for exceeding the timeout.
    pub status: Option<ExitStatus>,
}

impl Outcome {
    /// The exit code, 128 + signal for a signalled process, or `None` on
    /// timeout.
    pub fn code(&self) -> Option<i32> {
        let status = self.status?;
        if let Some(code) = status.code() {
            return Some(code);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            status.signal().map(|s| 128 + s)
        }
        #[cfg(not(unix))]
        None
    }

    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// Runs `cmd` with stdin from /dev/null, killing it after `timeout`.
/// Output goes through files in `scratch` (no pipe can fill up and block).
pub fn run_with_timeout(
    cmd: &mut Command,
    scratch: &Path,
    tag: &str,
    timeout: Duration,
) -> std::io::Result<Outcome> {
    run_with_input(cmd, None, scratch, tag, timeout)
}

/// As [`run_with_timeout`], with stdin read from `input` when given.
pub fn run_with_input(
    cmd: &mut Command,
    input: Option<&Path>,
    scratch: &Path,
    tag: &str,
    timeout: Duration,
) -> std::io::Result<Outcome> {
    let out_path = scratch.join(format!("{tag}.stdout"));
    let err_path = scratch.join(format!("{tag}.stderr"));
    let stdin = match input {
        Some(p) => Stdio::from(File::open(p)?),
        None => Stdio::null(),
    };
    cmd.stdin(stdin)
        .stdout(File::create(&out_path)?)
        .stderr(File::create(&err_path)?);
    let mut child = cmd.spawn()?;
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    Ok(Outcome {
        stdout: std::fs::read(&out_path)?,
        stderr: std::fs::read(&err_path)?,
        status,
    })
}

/// Every `*.py` under `dir`, recursively, sorted.
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The last line of `bytes` that is not only whitespace, without its newline.
pub fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string()
}
