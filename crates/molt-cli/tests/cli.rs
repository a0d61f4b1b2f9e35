//! The command line itself: help, unknown commands, bad arguments, missing
//! files, and internal-error reporting.

mod support;

use support::molt;

const COMMANDS: &[&str] = &["run", "build", "check", "compare", "bench", "help"];

fn run(args: &[&str]) -> (i32, String, String) {
    let out = molt().args(args).output().expect("molt runs");
    (
        out.status.code().expect("molt exits normally"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn overview_lists_every_command() {
    for flag in ["--help", "-h", "help"] {
        let (code, stdout, _) = run(&[flag]);
        assert_eq!(code, 0, "molt {flag}");
        for command in COMMANDS {
            assert!(
                stdout.contains(command),
                "`molt {flag}` does not mention `{command}`:\n{stdout}"
            );
        }
    }
}

#[test]
fn every_command_has_help() {
    for command in COMMANDS {
        for args in [
            vec![*command, "--help"],
            vec![*command, "-h"],
            vec!["help", *command],
        ] {
            let (code, stdout, stderr) = run(&args);
            assert_eq!(code, 0, "molt {args:?} failed: {stderr}");
            assert!(
                stdout.contains(&format!("molt {command}")),
                "molt {args:?} does not show usage:\n{stdout}"
            );
        }
    }
}

#[test]
fn no_command_prints_usage_and_fails() {
    let (code, _, stderr) = run(&[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Usage: molt"), "{stderr}");
}

#[test]
fn version() {
    let (code, stdout, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("molt "), "{stdout}");
}

#[test]
fn unknown_command_is_a_usage_error() {
    let (code, _, stderr) = run(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown command `frobnicate`"), "{stderr}");
    let (code, _, stderr) = run(&["help", "frobnicate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown command `frobnicate`"), "{stderr}");
}

#[test]
fn unknown_option_is_a_usage_error() {
    let (code, _, stderr) = run(&["build", "--frobnicate", "x.py"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("unknown option `--frobnicate`"), "{stderr}");
    assert!(stderr.contains("molt help build"), "{stderr}");
    let (code, _, stderr) = run(&["build", "x.py", "--emit", "llvm"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--emit"), "{stderr}");
    let (code, _, stderr) = run(&["build", "x.py", "-o"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`-o` needs a value"), "{stderr}");
}

#[test]
fn commands_without_a_program_say_so() {
    for command in ["run", "build", "check", "compare"] {
        let (code, _, stderr) = run(&[command]);
        assert_eq!(code, 2, "molt {command}: {stderr}");
        assert!(
            stderr.contains(&format!("`molt {command}` needs")),
            "molt {command}: {stderr}"
        );
    }
}

#[test]
fn missing_file_is_reported() {
    for command in ["build", "check", "run", "compare"] {
        let (code, _, stderr) = run(&[command, "no/such/file.py"]);
        assert_eq!(code, 2, "molt {command}: {stderr}");
        assert!(
            stderr.contains("cannot read `no/such/file.py`"),
            "molt {command}: {stderr}"
        );
        assert!(stderr.contains("No such file"), "molt {command}: {stderr}");
    }
}

#[test]
fn arguments_after_the_program_belong_to_it() {
    // `--help` after the program is the program's argument, not molt's.
    let (code, stdout, stderr) = run(&["run", "no/such/file.py", "--help"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("cannot read"), "{stderr}");
}

#[test]
fn internal_errors_are_reported_as_molt_bugs() {
    let (code, stdout, stderr) = run(&["__internal-panic"]);
    assert_eq!(code, 101, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with("error: internal compiler error: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("this is a Molt bug, please report it"),
        "{stderr}"
    );
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
