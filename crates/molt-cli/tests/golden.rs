//! The golden tests: one named test per program.
//!
//! * `tests/cases/**/x.py` is built with `molt build`, run (stdin from
//!   `x.in` when it exists, else /dev/null, cwd = its directory, `PYTHONHASHSEED=0`, 20 s limit) and
//!   compared with what CPython 3.11 did, as recorded by `tools/bless.py`:
//!   stdout with `x.out` exactly, the exit code with `x.code` (default 0),
//!   and, when `x.err` exists, the last non-empty line of stderr with it.
//!   This harness never writes those files: they come from CPython only.
//! * `tests/reject/**/x.py` is checked with `molt check tests/reject/x.py`
//!   (cwd = workspace root), comparing all of stderr with `x.diag` and the
//!   exit code with `x.code` (default 2). `MOLT_BLESS=1` rewrites `x.diag`
//!   and `x.code` from molt's output instead.
//!
//! Run one case: `cargo test -p molt-cli --test golden -- cases/foo`.

#[path = "../src/diff.rs"]
mod diff;
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};
use support::{
    last_nonempty_line, molt, python_files, run_with_input, run_with_timeout, scratch_dir,
    workspace_root,
};

const RUN_TIMEOUT: Duration = Duration::from_secs(20);
const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
const CHECK_TIMEOUT: Duration = Duration::from_secs(60);

fn main() {
    let args = Arguments::from_args();
    let root = workspace_root();
    let mut trials = Vec::new();
    for group in ["cases", "reject"] {
        let dir = root.join("tests").join(group);
        for case in python_files(&dir) {
            let rel = case
                .strip_prefix(&root)
                .expect("cases live under the root")
                .to_path_buf();
            let name = rel
                .strip_prefix("tests")
                .unwrap_or(&rel)
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            let root = root.clone();
            trials.push(match group {
                "cases" => Trial::test(name.clone(), move || golden_case(&root, &rel, &name)),
                _ => Trial::test(name.clone(), move || reject_case(&root, &rel, &name)),
            });
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

/// Builds and runs one `tests/cases` program and compares with CPython's
/// recorded behaviour.
fn golden_case(root: &Path, rel: &Path, name: &str) -> Result<(), Failed> {
    let case = root.join(rel);
    let expected_out = fs::read(case.with_extension("out")).map_err(|_| {
        format!(
            "{} has no .out file; generate it with `python3 tools/bless.py {}`",
            rel.display(),
            rel.display()
        )
    })?;
    let expected_code = read_code(&case.with_extension("code"), 0)?;
    let expected_err = fs::read(case.with_extension("err"))
        .ok()
        .map(|e| last_nonempty_line(&e));

    let scratch = scratch_dir("golden", name);
    let file_name = case.file_name().expect("a case is a file");
    let exe = scratch.join(case.file_stem().expect("a case has a stem"));
    let case_dir = case.parent().expect("a case is in a directory");

    let mut build = molt();
    build
        .current_dir(case_dir)
        .arg("build")
        .arg(file_name)
        .arg("-o")
        .arg(&exe);
    let built = run_with_timeout(&mut build, &scratch, "build", BUILD_TIMEOUT)
        .map_err(|e| format!("cannot run molt: {e}"))?;
    match built.code() {
        Some(0) => {}
        None => return Err(format!("`molt build` did not finish within {BUILD_TIMEOUT:?}").into()),
        Some(code) => {
            return Err(format!(
                "`molt build {}` failed with exit code {code}:\n{}",
                rel.display(),
                built.stderr_text()
            )
            .into())
        }
    }

    let mut run = std::process::Command::new(&exe);
    #[cfg(unix)]
    {
        // Same argv[0] as `python3.11 x.py`.
        use std::os::unix::process::CommandExt;
        run.arg0(file_name);
    }
    run.current_dir(case_dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8");
    let input = case.with_extension("in");
    let ran = run_with_input(
        &mut run,
        input.exists().then_some(input.as_path()),
        &scratch,
        "run",
        RUN_TIMEOUT,
    )
    .map_err(|e| format!("cannot run the built program: {e}"))?;

    let mut problems = Vec::new();
    let Some(code) = ran.code() else {
        return Err(format!(
            "the program did not finish within {RUN_TIMEOUT:?}\n{}",
            tail("stdout so far", &ran.stdout)
        )
        .into());
    };
    if ran.stdout != expected_out {
        let text = diff::unified(
            &String::from_utf8_lossy(&expected_out),
            &ran.stdout_text(),
            &format!("expected ({})", rel.with_extension("out").display()),
            "actual (molt)",
        );
        let text = if text.is_empty() {
            "the outputs differ only in invalid UTF-8 bytes\n".to_string()
        } else {
            text
        };
        problems.push(format!("stdout differs:\n{text}"));
    }
    if code != expected_code {
        problems.push(format!("exit code: expected {expected_code}, got {code}"));
    }
    if let Some(want) = &expected_err {
        let got = last_nonempty_line(&ran.stderr);
        if &got != want {
            problems.push(format!(
                "last line of stderr:\n  expected: {want}\n  actual:   {got}"
            ));
        }
    }
    if problems.is_empty() {
        let _ = fs::remove_dir_all(&scratch);
        return Ok(());
    }
    problems.push(tail("stderr", &ran.stderr));
    Err(problems.join("\n").into())
}

/// Checks one `tests/reject` program and compares the diagnostics.
fn reject_case(root: &Path, rel: &Path, name: &str) -> Result<(), Failed> {
    let case = root.join(rel);
    let diag_path = case.with_extension("diag");
    let code_path = case.with_extension("code");
    let scratch = scratch_dir("reject", name);

    let mut check = molt();
    check.current_dir(root).arg("check").arg(rel);
    let checked = run_with_timeout(&mut check, &scratch, "check", CHECK_TIMEOUT)
        .map_err(|e| format!("cannot run molt: {e}"))?;
    let Some(code) = checked.code() else {
        return Err(format!("`molt check` did not finish within {CHECK_TIMEOUT:?}").into());
    };
    let stderr = checked.stderr_text();

    if std::env::var_os("MOLT_BLESS").is_some_and(|v| v == "1") {
        fs::write(&diag_path, &stderr)
            .map_err(|e| format!("cannot write {}: {e}", diag_path.display()))?;
        if code == 2 {
            let _ = fs::remove_file(&code_path);
        } else {
            fs::write(&code_path, format!("{code}\n"))
                .map_err(|e| format!("cannot write {}: {e}", code_path.display()))?;
        }
        let _ = fs::remove_dir_all(&scratch);
        return Ok(());
    }

    let expected = fs::read_to_string(&diag_path).map_err(|_| {
        format!("{} has no .diag file; create it with `MOLT_BLESS=1 cargo test -p molt-cli --test golden -- {name}` and review it", rel.display())
    })?;
    let expected_code = read_code(&code_path, 2)?;
    let mut problems = Vec::new();
    if stderr != expected {
        problems.push(format!(
            "diagnostics differ (MOLT_BLESS=1 to accept molt's output):\n{}",
            diff::unified(
                &expected,
                &stderr,
                &format!("expected ({})", rel.with_extension("diag").display()),
                "actual (molt check)"
            )
        ));
    }
    if code != expected_code {
        problems.push(format!("exit code: expected {expected_code}, got {code}"));
    }
    if !checked.stdout.is_empty() {
        problems.push(tail("unexpected stdout", &checked.stdout));
    }
    if problems.is_empty() {
        let _ = fs::remove_dir_all(&scratch);
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// The exit code recorded in `path`, or `default` when there is no file.
fn read_code(path: &PathBuf, default: i32) -> Result<i32, Failed> {
    match fs::read_to_string(path) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("{} does not hold an exit code: {text:?}", path.display()).into()),
        Err(_) => Ok(default),
    }
}

/// The last lines of an output, labelled, for a failure message.
fn tail(label: &str, bytes: &[u8]) -> String {
    const LINES: usize = 30;
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    if lines.is_empty() {
        return format!("{label}: (empty)");
    }
    let start = lines.len().saturating_sub(LINES);
    let mut out = format!(
        "{label}{}:\n",
        if start > 0 {
            format!(" (last {LINES} lines)")
        } else {
            String::new()
        }
    );
    for line in &lines[start..] {
        out.push_str("  | ");
        out.push_str(line);
        out.push('\n');
    }
    out
}
