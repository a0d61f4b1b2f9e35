//! The `molt` command: compiles typed Python programs to native executables
//! and runs, checks, compares and benchmarks them.
//!
//! This crate is the user-facing shell around the compiler. It parses the
//! command line by hand (no argument-parsing dependency, to keep the build
//! light), talks to the compiler stages only through [`driver`], embeds the
//! runtime static library ([`runtime_lib`]), and owns the compile cache
//! ([`cache`]). It does not compile anything itself.
//!
//! Exit codes: what the program or compiler reported (1 for what CPython
//! refuses to compile); 2 for a bad command line, an unreadable input or an
//! output that cannot be written; 101 for an internal compiler error (a
//! caught panic), which is always reported as a Molt bug, never as a raw
//! backtrace; 141 when stdout's reader has gone.

mod cache;
mod commands;
mod compile;
mod diff;
mod driver;
mod error;
mod exec;
mod guard;
mod python;
mod runtime_lib;
mod usage;

use std::ffi::OsString;

use error::CliError;

/// The compiler version, recorded in manifests and cache keys.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

fn main() {
    guard::install_panic_hook();
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let code = match dispatch(args) {
        Ok(code) => code,
        Err(err) => err.report(),
    };
    std::process::exit(code);
}

/// Runs the command named by the first argument and returns the exit code.
fn dispatch(mut args: Vec<OsString>) -> Result<i32, CliError> {
    if args.is_empty() {
        eprint!("{}", usage::top());
        return Ok(2);
    }
    let first = args.remove(0);
    let Some(name) = first.to_str() else {
        return Err(CliError::usage(
            format!("unknown command `{}`", first.to_string_lossy()),
            None,
        ));
    };
    match name {
        "-h" | "--help" => {
            print!("{}", usage::top());
            Ok(0)
        }
        "-V" | "--version" | "version" => {
            println!("molt {VERSION}");
            Ok(0)
        }
        "help" => help(&args),
        // Not listed in the help: lets the tests check how an internal
        // compiler error is reported.
        "__internal-panic" => {
            guard::guarded(|| -> Result<(), driver::Failure> {
                panic!("deliberate panic (molt __internal-panic)")
            })?;
            Ok(0)
        }
        _ => {
            let Some(command) = usage::find(name) else {
                return Err(CliError::usage(format!("unknown command `{name}`"), None));
            };
            if commands::wants_help(command.name, &args) {
                print!("{}", command.usage);
                return Ok(0);
            }
            commands::run(command.name, args)
        }
    }
}

/// `molt help [COMMAND]`.
fn help(args: &[OsString]) -> Result<i32, CliError> {
    match args {
        [] => {
            print!("{}", usage::top());
            Ok(0)
        }
        [flag] if flag == "-h" || flag == "--help" => {
            print!(
                "{}",
                usage::find("help").expect("`help` is a command").usage
            );
            Ok(0)
        }
        [name] => match name.to_str().and_then(usage::find) {
            Some(command) => {
                print!("{}", command.usage);
                Ok(0)
            }
            None => Err(CliError::usage(
                format!("unknown command `{}`", name.to_string_lossy()),
                None,
            )),
        },
        _ => Err(CliError::usage(
            "`molt help` takes at most one command name".into(),
            Some("help"),
        )),
    }
}
