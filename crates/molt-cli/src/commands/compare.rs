//! `molt compare FILE.py...`: differential testing against live CPython.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::{Arg, Args};
use crate::compile;
use crate::diff;
use crate::error::{io_reason, print_failure, CliError};
use crate::exec::{self, Captured};
use crate::python;

/// Runs the command: exit 0 when every program behaves identically, 1 when
/// any differs or does not compile.
pub fn run(args: Vec<OsString>) -> Result<i32, CliError> {
    let mut args = Args::new("compare", args);
    let mut files: Vec<PathBuf> = Vec::new();
    while let Some(arg) = args.next_arg() {
        match arg {
            Arg::Positional(path) => files.push(path.into()),
            Arg::Flag(flag, _) => return Err(args.unknown(&flag)),
        }
    }
    if files.is_empty() {
        return Err(
            args.error("`molt compare` needs at least one file: molt compare FILE.py...".into())
        );
    }
    for file in &files {
        compile::read_source(file)?;
    }
    let python = python::cpython(None)?;

    let mut all_identical = true;
    for file in &files {
        let identical = compare_one(&python, file)?;
        all_identical &= identical;
    }
    Ok(if all_identical { 0 } else { 1 })
}

/// Compares one program; prints the verdict and returns whether it matched.
fn compare_one(python: &Path, file: &Path) -> Result<bool, CliError> {
    let name = file.display();
    let reference = exec::run_captured(&mut python::script_command(python, file)).map_err(|e| {
        CliError::other(format!(
            "cannot run `{}`: {}",
            python.display(),
            io_reason(&e)
        ))
    })?;
    let exe = match compile::cached_executable(file) {
        Ok(exe) => exe,
        Err(CliError::Compile(failure)) => {
            println!("{name}: not compiled by molt (exit {})", failure.exit_code);
            print_failure(&failure);
            return Ok(false);
        }
        Err(other) => return Err(other),
    };
    let mut cmd = exec::program_command(&exe, file);
    cmd.env("PYTHONHASHSEED", "0");
    let compiled = exec::run_captured(&mut cmd).map_err(|e| {
        CliError::other(format!("cannot run `{}`: {}", exe.display(), io_reason(&e)))
    })?;

    let report = differences(&reference, &compiled);
    if report.is_empty() {
        println!("{name}: identical");
        Ok(true)
    } else {
        println!("{name}: differs");
        print!("{report}");
        Ok(false)
    }
}

/// What differs between the CPython run and the Molt run, as text; empty
/// when they match on stdout, exit code and the last line of stderr.
fn differences(cpython: &Captured, molt: &Captured) -> String {
    let mut out = String::new();
    if cpython.stdout != molt.stdout {
        out.push_str("  stdout:\n");
        let text = diff::unified(
            &String::from_utf8_lossy(&cpython.stdout),
            &String::from_utf8_lossy(&molt.stdout),
            "cpython",
            "molt",
        );
        let text = if text.is_empty() {
            "(the outputs differ in invalid UTF-8 bytes)\n".to_string()
        } else {
            text
        };
        for line in text.lines() {
            out.push_str(&format!("    {line}\n"));
        }
    }
    if cpython.code() != molt.code() {
        out.push_str(&format!(
            "  exit code: cpython {}, molt {}\n",
            cpython.status, molt.status
        ));
    }
    let (want, got) = (cpython.stderr_last_line(), molt.stderr_last_line());
    if want != got {
        out.push_str(&format!(
            "  last line of stderr:\n    cpython: {want}\n    molt:    {got}\n"
        ));
    }
    out
}
