//! The command line itself: help, unknown commands, bad arguments, missing
//! files, hostile inputs and outputs (a build onto its own source, a bad
//! output directory, odd encodings, deep nesting), and internal-error
//! reporting.

mod support;

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use support::{molt, run_with_timeout, scratch_dir};

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

/// Runs molt in `dir` and returns (exit code, stderr).
fn run_in<S: AsRef<OsStr> + std::fmt::Debug>(dir: &Path, args: &[S]) -> (i32, String) {
    let out = molt()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("molt runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !stderr.contains("internal compiler error"),
        "molt {args:?}: {stderr}"
    );
    (out.status.code().expect("molt exits normally"), stderr)
}

#[test]
fn build_never_overwrites_the_source() {
    let dir = scratch_dir("cli", "overwrite_source");
    let source = "print('hello')\n";
    std::fs::write(dir.join("prog.py"), source).unwrap();
    std::fs::write(dir.join("prog"), source).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("prog.py", dir.join("link.py")).unwrap();
    let mut cases = vec![
        vec!["build", "prog.py", "-o", "prog.py"],
        vec!["build", "prog.py", "-o", "./prog.py"],
        vec!["build", "prog.py", "--output=prog.py"],
        vec!["build", "prog.py", "--emit", "mir", "-o", "prog.py"],
        // The default output of `prog` is `prog` itself.
        vec!["build", "prog"],
    ];
    if cfg!(unix) {
        cases.push(vec!["build", "prog.py", "-o", "link.py"]);
        cases.push(vec!["build", "link.py", "-o", "prog.py"]);
    }
    for args in cases {
        let (code, stderr) = run_in(&dir, &args);
        assert_eq!(code, 2, "molt {args:?}: {stderr}");
        assert!(
            stderr.contains("would overwrite the program's source"),
            "molt {args:?}: {stderr}"
        );
        for name in ["prog.py", "prog"] {
            assert_eq!(
                std::fs::read_to_string(dir.join(name)).unwrap(),
                source,
                "molt {args:?} changed {name}"
            );
        }
    }
}

#[test]
fn bad_output_directory_is_a_user_error() {
    let dir = scratch_dir("cli", "bad_output_dir");
    std::fs::write(dir.join("prog.py"), "print(1)\n").unwrap();
    for (out, reason) in [
        ("missing/prog", "No such file or directory"),
        ("missing/", "No such file or directory"),
        ("prog.py/prog", "Not a directory"),
    ] {
        for emit in [&[][..], &["--emit", "mir"][..]] {
            let mut args = vec!["build", "prog.py", "-o", out];
            args.extend_from_slice(emit);
            let (code, stderr) = run_in(&dir, &args);
            assert_eq!(code, 2, "molt {args:?}: {stderr}");
            assert!(
                stderr.contains(&format!("cannot write `{out}`: {reason}")),
                "molt {args:?}: {stderr}"
            );
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        // Root may write anywhere; the check only means something otherwise.
        if std::fs::write(locked.join("probe"), "").is_err() {
            let (code, stderr) = run_in(&dir, &["build", "prog.py", "-o", "locked/prog"]);
            assert_eq!(code, 2, "{stderr}");
            assert!(
                stderr.contains("cannot write `locked/prog`: Permission denied"),
                "{stderr}"
            );
        }
    }
}

#[test]
fn source_encodings_are_decoded_as_cpython_does() {
    let dir = scratch_dir("cli", "encodings");
    let cases: &[(&str, &[u8], i32, &str)] = &[
        (
            "latin1.py",
            b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n",
            0,
            "",
        ),
        ("bom.py", b"\xef\xbb\xbfprint('caf\xc3\xa9')\n", 0, ""),
        (
            "unknown.py",
            b"# coding: foobar\nprint(1)\n",
            1,
            "unknown.py:1:1: error[E0001]: SyntaxError: encoding problem: foobar",
        ),
        (
            "bom_latin1.py",
            b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",
            1,
            "SyntaxError: encoding problem: iso-8859-1 with BOM",
        ),
        (
            "ascii.py",
            b"# coding: ascii\nprint('caf\xe9')\n",
            1,
            "ascii.py:2:1: error[E0001]: SyntaxError: encoding problem: ascii",
        ),
        (
            "cyrillic.py",
            b"# coding: cp1251\nprint(1)\n",
            2,
            "error[M0114]: source encoding `cp1251` is not supported",
        ),
    ];
    for (name, bytes, want, message) in cases {
        std::fs::write(dir.join(name), bytes).unwrap();
        let (code, stderr) = run_in(&dir, &["check", name]);
        assert_eq!(code, *want, "{name}: {stderr}");
        assert!(stderr.contains(message), "{name}: {stderr}");
    }
    // Without a declaration, CPython names the file by its absolute path.
    std::fs::write(dir.join("undeclared.py"), b"x = 1\nprint('caf\xe9')\n").unwrap();
    let (code, stderr) = run_in(&dir, &["check", "undeclared.py"]);
    assert_eq!(code, 1, "{stderr}");
    let expected = format!(
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 2, \
         but no encoding declared; see https://peps.python.org/pep-0263/ for details",
        dir.join("undeclared.py").display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn hostile_inputs_are_clean_user_errors() {
    let dir = scratch_dir("cli", "hostile_inputs");
    std::fs::create_dir(dir.join("folder.py")).unwrap();
    std::fs::write(dir.join("empty.py"), "").unwrap();
    std::fs::write(dir.join("nul.py"), "print(1)\0\n").unwrap();
    for command in ["run", "build", "check", "compare", "bench"] {
        let (code, stderr) = run_in(&dir, &[command, "folder.py"]);
        assert_eq!(code, 2, "molt {command} folder.py: {stderr}");
        assert!(
            stderr.contains("`folder.py`"),
            "molt {command} folder.py: {stderr}"
        );
    }
    for command in ["run", "build", "check"] {
        let (code, stderr) = run_in(&dir, &[command, "empty.py"]);
        assert_eq!(code, 0, "molt {command} empty.py: {stderr}");
        let (code, stderr) = run_in(&dir, &[command, "nul.py"]);
        assert_eq!(code, 1, "molt {command} nul.py: {stderr}");
        assert!(
            stderr.contains(
                "nul.py:1:9: error[E0001]: SyntaxError: source code cannot contain null bytes"
            ),
            "molt {command} nul.py: {stderr}"
        );
    }
    for command in ["build", "check"] {
        let (code, stderr) = run_in(&dir, &[command, "empty.py", "extra.py"]);
        // `check` takes several files; `build` takes one program.
        assert_eq!(code, 2, "molt {command} empty.py extra.py: {stderr}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = OsStr::from_bytes(b"caf\xe9.py");
        std::fs::write(dir.join(name), "print('ok')\n").unwrap();
        let (code, stderr) = run_in(&dir, &[OsStr::new("check"), name]);
        assert_eq!(code, 0, "{stderr}");
        let (code, stderr) = run_in(&dir, &[OsStr::new("build"), name]);
        assert_eq!(code, 0, "{stderr}");
        assert!(dir.join(OsStr::from_bytes(b"caf\xe9")).is_file());
    }
}

#[test]
fn deep_input_is_refused_without_exhausting_the_compiler() {
    let dir = scratch_dir("cli", "deep_input");
    let mut ifs = String::new();
    for depth in 0..3000 {
        ifs.push_str(&" ".repeat(depth));
        ifs.push_str("if True:\n");
    }
    ifs.push_str(&" ".repeat(3000));
    ifs.push_str("pass\n");
    let cases = [
        (
            "sum.py",
            format!("x = {}\n", vec!["1"; 100_000].join("+")),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "parens.py",
            format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000)),
            "SyntaxError: too many nested parentheses",
        ),
        (
            "lists.py",
            format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
            "SyntaxError: too many nested parentheses",
        ),
        (
            "minus.py",
            format!("x = {}1\n", "-".repeat(100_000)),
            "RecursionError: maximum recursion depth exceeded during compilation",
        ),
        (
            "ifs.py",
            ifs,
            "IndentationError: too many levels of indentation",
        ),
    ];
    for (name, text, message) in cases {
        std::fs::write(dir.join(name), text).unwrap();
        let outcome = run_with_timeout(
            molt().arg("check").arg(name).current_dir(&dir),
            &dir,
            name,
            Duration::from_secs(120),
        )
        .expect("molt runs");
        let stderr = outcome.stderr_text();
        assert_eq!(outcome.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains(message), "{name}: {stderr}");
    }
}
