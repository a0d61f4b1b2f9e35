//! Behaviour under hostile conditions that a golden case cannot set up:
//! memory limits (`ulimit -v`), stdout to a full device or into a pipe
//! whose reader goes away, closed standard streams.
//!
//! Each case is `tests/robust/x.py`; its first line, `# molt-robust:
//! SHELL`, is the bash snippet that runs it (`"$@"` is the program). Its
//! expected stdout (`x.out`), exit status (`x.code`) and last line of
//! stderr (`x.err`) come from CPython 3.11 run the same way by
//! `tests/robust/bless.sh`. Besides matching them, a run must not be killed
//! by a signal or print a Rust panic or allocation-failure message.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use support::{last_nonempty_line, molt, run_with_timeout, scratch_dir, workspace_root};

const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

fn cases_dir() -> PathBuf {
    workspace_root().join("crates/molt-cli/tests/robust")
}

/// Builds and runs case `name`, checking it against CPython's results.
fn check(name: &str) {
    let case = cases_dir().join(format!("{name}.py"));
    let source = std::fs::read_to_string(&case).expect("the case exists");
    let snippet = source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# molt-robust: "))
        .expect("a case starts with `# molt-robust: SHELL`");
    let expected = |ext: &str| {
        std::fs::read(case.with_extension(ext))
            .unwrap_or_else(|e| panic!("{name}.{ext} (run bless.sh): {e}"))
    };
    let (want_out, want_code, want_err) = (
        expected("out"),
        String::from_utf8_lossy(&expected("code"))
            .trim()
            .to_string(),
        last_nonempty_line(&expected("err")),
    );

    let scratch = scratch_dir("robust", name);
    let exe = scratch.join(name);
    let mut build = molt();
    build.arg("build").arg(&case).arg("-o").arg(&exe);
    let built = run_with_timeout(&mut build, &scratch, "build", BUILD_TIMEOUT).expect("molt runs");
    assert_eq!(
        built.code(),
        Some(0),
        "{name}: molt build failed:\n{}",
        built.stderr_text()
    );

    let mut run = Command::new("bash");
    run.arg("-c")
        .arg(snippet)
        .arg("bash")
        .arg(&exe)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONUNBUFFERED");
    let ran = run_with_timeout(&mut run, &scratch, "run", RUN_TIMEOUT).expect("bash runs");
    let code = ran.code().unwrap_or_else(|| panic!("{name}: timed out"));
    let stderr = ran.stderr_text();
    assert!(
        code < 128,
        "{name}: killed by signal {}\n{stderr}",
        code - 128
    );
    for bad in ["panicked", "memory allocation of", "RUST_BACKTRACE"] {
        assert!(
            !stderr.contains(bad),
            "{name}: stderr shows `{bad}`:\n{stderr}"
        );
    }
    assert_eq!(code.to_string(), want_code, "{name}: exit status\n{stderr}");
    assert_eq!(
        last_nonempty_line(&ran.stderr),
        want_err,
        "{name}: last line of stderr"
    );
    assert!(
        ran.stdout == want_out,
        "{name}: stdout differs: {} bytes, CPython's {} bytes",
        ran.stdout.len(),
        want_out.len()
    );
}

/// One test per case, and a check that no case is left without one.
macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*

        #[test]
        fn every_case_has_a_test() {
            let listed = [$(stringify!($name)),*];
            for path in support::python_files(&cases_dir()) {
                let stem = Path::new(&path).file_stem().unwrap().to_string_lossy().into_owned();
                assert!(listed.contains(&stem.as_str()), "add `{stem}` to the cases! list");
            }
        }
    };
}

cases!(
    oom_list,
    oom_list_append,
    oom_dict,
    oom_str,
    oom_bigint,
    oom_bigint_mul,
    oom_repr,
    devfull_small,
    devfull_large,
    devfull_flush,
    pipe_head,
    stdin_closed,
    stdout_closed,
);
