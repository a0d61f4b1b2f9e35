//! The CLI's error type: what went wrong and which exit code it means.

use crate::driver::Failure;

/// Why a command stopped. Commands return it; `main` prints it and exits.
#[derive(Debug)]
pub enum CliError {
    /// The command line is wrong; exit 2 with a pointer to the help.
    Usage {
        /// What is wrong.
        message: String,
        /// The command whose help to point at, if any.
        command: Option<&'static str>,
    },
    /// Something outside the compiler failed (a missing file, an I/O error,
    /// a missing interpreter).
    Other {
        /// What failed, in one line.
        message: String,
        /// The exit code.
        code: i32,
    },
    /// The compiler refused the program; its diagnostics are already rendered.
    Compile(Failure),
}

impl CliError {
    /// A command-line error.
    pub fn usage(message: String, command: Option<&'static str>) -> Self {
        CliError::Usage { message, command }
    }

    /// An operational error with exit code 1.
    pub fn other(message: impl Into<String>) -> Self {
        CliError::Other {
            message: message.into(),
            code: 1,
        }
    }

    /// A missing or unreadable input file, exit 2 (as CPython's
    /// "can't open file").
    pub fn input(path: &std::path::Path, err: &std::io::Error) -> Self {
        CliError::Other {
            message: format!("cannot read `{}`: {}", path.display(), io_reason(err)),
            code: 2,
        }
    }

    /// Prints the error to stderr and returns the exit code.
    pub fn report(self) -> i32 {
        match self {
            CliError::Usage { message, command } => {
                eprintln!("error: {message}");
                match command {
                    Some(name) => eprintln!("Run `molt help {name}` for usage."),
                    None => eprintln!("Run `molt --help` for the list of commands."),
                }
                2
            }
            CliError::Other { message, code } => {
                eprintln!("error: {message}");
                code
            }
            CliError::Compile(failure) => {
                print_failure(&failure);
                failure.exit_code
            }
        }
    }
}

impl From<Failure> for CliError {
    fn from(failure: Failure) -> Self {
        CliError::Compile(failure)
    }
}

/// Prints rendered diagnostics to stderr, ending with exactly one newline.
pub fn print_failure(failure: &Failure) {
    if failure.rendered.is_empty() {
        return;
    }
    if failure.rendered.ends_with('\n') {
        eprint!("{}", failure.rendered);
    } else {
        eprintln!("{}", failure.rendered);
    }
}

/// An I/O error's description without Rust's " (os error 2)" suffix.
pub fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
