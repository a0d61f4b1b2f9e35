//! One module per `molt` command, and the small argument parser they share.

mod bench;
mod build;
mod check;
mod compare;
mod run;

use std::collections::VecDeque;
use std::ffi::OsString;

use crate::error::CliError;

/// Runs command `name` (already looked up in [`crate::usage::COMMANDS`]).
pub fn run(name: &'static str, args: Vec<OsString>) -> Result<i32, CliError> {
    match name {
        "run" => run::run(args),
        "build" => build::run(args),
        "check" => check::run(args),
        "compare" => compare::run(args),
        "bench" => bench::run(args),
        _ => unreachable!("usage::COMMANDS and commands::run list the same commands ({name})"),
    }
}

/// Whether `args` ask for the command's help rather than running it. For
/// `molt run` only a flag *before* the program counts: everything after the
/// program is the program's.
pub fn wants_help(name: &str, args: &[OsString]) -> bool {
    let is_help = |a: &OsString| a == "-h" || a == "--help";
    if name == "run" {
        return args.first().is_some_and(is_help);
    }
    args.iter().take_while(|a| *a != "--").any(is_help)
}

/// One command-line item.
pub enum Arg {
    /// `--name`, `--name=value` or `-n`; the value is filled in only for the
    /// `=` form (ask [`Args::value`] for a separate one).
    Flag(String, Option<OsString>),
    /// Anything else (and everything after `--`).
    Positional(OsString),
}

/// A cursor over a command's arguments.
pub struct Args {
    rest: VecDeque<OsString>,
    command: &'static str,
    only_positional: bool,
}

impl Args {
    /// Arguments of `command`.
    pub fn new(command: &'static str, args: Vec<OsString>) -> Self {
        Args {
            rest: args.into(),
            command,
            only_positional: false,
        }
    }

    /// The next item, or `None` at the end.
    pub fn next_arg(&mut self) -> Option<Arg> {
        let arg = self.rest.pop_front()?;
        if self.only_positional {
            return Some(Arg::Positional(arg));
        }
        if arg == "--" {
            self.only_positional = true;
            return self.next_arg();
        }
        match arg.to_str() {
            Some(text) if text.starts_with('-') && text.len() > 1 => match text.split_once('=') {
                Some((name, value)) if name.starts_with("--") => {
                    Some(Arg::Flag(name.to_string(), Some(value.into())))
                }
                _ => Some(Arg::Flag(text.to_string(), None)),
            },
            _ => Some(Arg::Positional(arg)),
        }
    }

    /// The value of `flag`: the inline `=value`, else the next argument.
    ///
    /// # Errors
    /// When the value is missing.
    pub fn value(&mut self, flag: &str, inline: Option<OsString>) -> Result<OsString, CliError> {
        if let Some(value) = inline {
            return Ok(value);
        }
        self.rest
            .pop_front()
            .ok_or_else(|| self.error(format!("`{flag}` needs a value")))
    }

    /// Everything not consumed yet, verbatim.
    pub fn remaining(&mut self) -> Vec<OsString> {
        self.rest.drain(..).collect()
    }

    /// A usage error pointing at this command's help.
    pub fn error(&self, message: String) -> CliError {
        CliError::usage(message, Some(self.command))
    }

    /// The error for a flag this command does not know.
    pub fn unknown(&self, flag: &str) -> CliError {
        self.error(format!(
            "unknown option `{flag}` for `molt {}`",
            self.command
        ))
    }
}
