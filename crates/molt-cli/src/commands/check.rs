//! `molt check FILE.py...`: diagnostics without code generation.

use std::ffi::OsString;
use std::path::PathBuf;

use super::{Arg, Args};
use crate::compile;
use crate::driver;
use crate::error::{print_failure, CliError};
use crate::guard::guarded;

/// Runs the command. Prints nothing when every file is accepted; otherwise
/// prints each file's diagnostics and exits with the most severe code
/// (101 internal error > 2 rejected > 1 syntax error).
pub fn run(args: Vec<OsString>) -> Result<i32, CliError> {
    let mut args = Args::new("check", args);
    let mut files: Vec<PathBuf> = Vec::new();
    while let Some(arg) = args.next_arg() {
        match arg {
            Arg::Positional(path) => files.push(path.into()),
            Arg::Flag(flag, _) => return Err(args.unknown(&flag)),
        }
    }
    if files.is_empty() {
        return Err(
            args.error("`molt check` needs at least one file: molt check FILE.py...".into())
        );
    }
    let mut code = 0;
    for file in &files {
        let result = compile::read_source(file)
            .and_then(|_| guarded(|| driver::check_file(file)).map_err(CliError::from));
        match result {
            Ok(()) => {}
            Err(CliError::Compile(failure)) => {
                print_failure(&failure);
                code = code.max(failure.exit_code);
            }
            Err(other) => code = code.max(other.report()),
        }
    }
    Ok(code)
}
