//! `molt run FILE.py [ARGS...]`: compile through the cache, then become the
//! program.

use std::ffi::OsString;
use std::path::PathBuf;

use super::{Arg, Args};
use crate::compile;
use crate::error::{io_reason, CliError};

/// Runs the command.
pub fn run(args: Vec<OsString>) -> Result<i32, CliError> {
    let mut args = Args::new("run", args);
    let source = match args.next_arg() {
        Some(Arg::Positional(path)) => PathBuf::from(path),
        Some(Arg::Flag(flag, _)) => return Err(args.unknown(&flag)),
        None => {
            return Err(args.error("`molt run` needs a program: molt run FILE.py [ARGS...]".into()))
        }
    };
    let program_args = args.remaining();
    let exe = compile::cached_executable(&source)?;

    let mut cmd = crate::exec::program_command(&exe, &source);
    cmd.args(&program_args);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // exec only returns on failure.
        let err = cmd.exec();
        Err(CliError::other(format!(
            "cannot run `{}`: {}",
            exe.display(),
            io_reason(&err)
        )))
    }
    #[cfg(not(unix))]
    {
        let status = cmd.status().map_err(|e| {
            CliError::other(format!("cannot run `{}`: {}", exe.display(), io_reason(&e)))
        })?;
        Ok(crate::exec::status_code(status))
    }
}
