//! Finding and invoking the reference interpreters (CPython, PyPy).

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::CliError;

/// Finds `name` in `$PATH` (or returns it as is when it contains a `/`).
pub fn find_program(name: &OsStr) -> Option<PathBuf> {
    let candidate = Path::new(name);
    if candidate.components().count() > 1 {
        return candidate.is_file().then(|| candidate.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// The CPython to compare with: `explicit`, else `$MOLT_PYTHON`, else
/// `python3.11`, else `python3`, resolved to the real interpreter binary.
///
/// # Errors
/// When no interpreter is found or it does not start.
pub fn cpython(explicit: Option<&OsStr>) -> Result<PathBuf, CliError> {
    let env = std::env::var_os("MOLT_PYTHON").filter(|v| !v.is_empty());
    let chosen: Option<OsString> = match explicit.map(OsStr::to_os_string).or(env) {
        Some(name) => Some(name),
        None => ["python3.11", "python3"]
            .iter()
            .map(OsString::from)
            .find(|n| find_program(n).is_some()),
    };
    let Some(chosen) = chosen else {
        return Err(CliError::other(
            "cannot find CPython: install python3.11 or set MOLT_PYTHON",
        ));
    };
    let found = find_program(&chosen).ok_or_else(|| {
        CliError::other(format!(
            "cannot find the Python interpreter `{}`",
            chosen.to_string_lossy()
        ))
    })?;
    real_executable(&found)
}

/// PyPy: `explicit`, else `pypy3` on `PATH`; `None` when not installed.
///
/// # Errors
/// When an explicitly requested PyPy cannot be found or run.
pub fn pypy(explicit: Option<&OsStr>) -> Result<Option<PathBuf>, CliError> {
    match explicit {
        Some(name) => {
            let found = find_program(name).ok_or_else(|| {
                CliError::other(format!("cannot find PyPy at `{}`", name.to_string_lossy()))
            })?;
            real_executable(&found).map(Some)
        }
        None => match find_program(OsStr::new("pypy3")) {
            Some(found) => real_executable(&found).map(Some),
            None => Ok(None),
        },
    }
}

/// Resolves `python` to `sys.executable`: launchers such as pyenv shims add
/// tens of milliseconds per start, which would distort timings.
///
/// # Errors
/// When the interpreter does not run.
pub fn real_executable(python: &Path) -> Result<PathBuf, CliError> {
    let output = Command::new(python)
        .args(["-c", "import sys; print(sys.executable)"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            CliError::other(format!(
                "cannot run `{}`: {}",
                python.display(),
                crate::error::io_reason(&e)
            ))
        })?;
    if !output.status.success() {
        return Err(CliError::other(format!(
            "`{}` failed to start ({}): {}",
            python.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    let exe = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if exe.is_empty() {
        return Ok(python.to_path_buf());
    }
    Ok(PathBuf::from(exe))
}

/// A command running `script` under `python` the way the golden files were
/// produced: `PYTHONHASHSEED=0`, UTF-8 stdio, no user start-up hooks.
pub fn script_command(python: &Path, script: &Path) -> Command {
    let mut cmd = Command::new(python);
    cmd.arg(script)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    for var in [
        "PYTHONSTARTUP",
        "PYTHONPATH",
        "PYTHONWARNINGS",
        "PYTHONINTMAXSTRDIGITS",
    ] {
        cmd.env_remove(var);
    }
    cmd
}
