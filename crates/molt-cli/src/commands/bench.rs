//! `molt bench`: Molt against CPython (and PyPy), measured side by side.
//!
//! Each program is built once; then every implementation runs it in turn,
//! N rounds, interleaved so that machine noise hits all of them alike, and
//! the best wall-clock time counts. Outputs are checked against CPython's:
//! a speed-up of a program that prints something else means nothing.
//! Start-up (an empty program) is measured and reported separately.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{Arg, Args};
use crate::cache;
use crate::compile;
use crate::error::{io_reason, print_failure, CliError};
use crate::exec::{self, Captured};
use crate::python;

/// Runs the command.
pub fn run(args: Vec<OsString>) -> Result<i32, CliError> {
    let mut args = Args::new("bench", args);
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut runs: usize = 3;
    let mut python_arg: Option<OsString> = None;
    let mut pypy_arg: Option<OsString> = None;
    while let Some(arg) = args.next_arg() {
        match arg {
            Arg::Positional(path) => inputs.push(path.into()),
            Arg::Flag(flag, inline) => match flag.as_str() {
                "--runs" | "-n" => {
                    let value = args.value(&flag, inline)?;
                    runs = value
                        .to_str()
                        .and_then(|v| v.parse().ok())
                        .filter(|&n: &usize| n > 0)
                        .ok_or_else(|| {
                            args.error(format!(
                                "`{flag}` needs a positive number, got `{}`",
                                value.to_string_lossy()
                            ))
                        })?;
                }
                "--python" => python_arg = Some(args.value(&flag, inline)?),
                "--pypy" => pypy_arg = Some(args.value(&flag, inline)?),
                _ => return Err(args.unknown(&flag)),
            },
        }
    }
    let programs = collect_programs(&inputs)?;
    let cpython = python::cpython(python_arg.as_deref())?;
    let pypy = python::pypy(pypy_arg.as_deref())?;

    let mut interpreters: Vec<(&str, PathBuf)> = vec![("CPython", cpython)];
    if let Some(pypy) = pypy {
        interpreters.push(("PyPy", pypy));
    }
    for (name, path) in &interpreters {
        println!("{name}: {} ({})", path.display(), version(path));
    }
    if interpreters.len() == 1 {
        println!("PyPy: not found (pass --pypy PATH or put pypy3 on PATH)");
    }
    println!("best of {runs} runs, wall clock, implementations interleaved");
    println!();

    report_startup(&interpreters, runs)?;

    let mut rows = Vec::new();
    let mut failed = false;
    for program in &programs {
        eprintln!("bench: {}", program.display());
        match bench_one(program, &interpreters, runs)? {
            Some(row) => {
                failed |= row.mismatch.is_some();
                rows.push(row);
            }
            None => failed = true,
        }
    }
    print_table(&rows, interpreters.len() > 1);
    if failed {
        println!("\nbench: some programs did not build or printed something other than CPython (see above)");
    }
    Ok(if failed { 1 } else { 0 })
}

/// The `.py` files named, with directories expanded to their `*.py`
/// (default: `bench/`).
fn collect_programs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let default = [PathBuf::from("bench")];
    let inputs = if inputs.is_empty() {
        &default[..]
    } else {
        inputs
    };
    let mut programs = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = fs::read_dir(input).map_err(|e| CliError::input(input, &e))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py") && p.is_file())
                .collect();
            found.sort();
            programs.extend(found);
        } else {
            compile::read_source(input)?;
            programs.push(input.clone());
        }
    }
    if programs.is_empty() {
        return Err(CliError::Other {
            message: format!(
                "no benchmark programs found in {} (pass FILE.py or a directory)",
                inputs
                    .iter()
                    .map(|p| format!("`{}`", p.display()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            code: 2,
        });
    }
    Ok(programs)
}

/// `python --version`, or "unknown version".
fn version(interpreter: &Path) -> String {
    match Command::new(interpreter).arg("--version").output() {
        Ok(out) => {
            let text = String::from_utf8_lossy(if out.stdout.is_empty() {
                &out.stderr
            } else {
                &out.stdout
            })
            .into_owned();
            text.lines()
                .next()
                .unwrap_or("unknown version")
                .trim()
                .to_string()
        }
        Err(_) => "unknown version".into(),
    }
}

/// Times an empty program under every implementation.
fn report_startup(interpreters: &[(&str, PathBuf)], runs: usize) -> Result<(), CliError> {
    let dir = cache::cache_dir()?.join("bench");
    let empty = dir.join("empty.py");
    cache::write_atomic(&empty, b"pass\n").map_err(|e| {
        CliError::other(format!(
            "cannot write `{}`: {}",
            empty.display(),
            io_reason(&e)
        ))
    })?;
    let molt = compile::cached_executable(&empty).ok();
    let mut best: Vec<Option<Duration>> = vec![None; interpreters.len() + 1];
    for _ in 0..runs {
        for (k, (_, interpreter)) in interpreters.iter().enumerate() {
            if let Ok(out) = exec::run_captured(&mut python::script_command(interpreter, &empty)) {
                best[k] = Some(best[k].map_or(out.elapsed, |b| b.min(out.elapsed)));
            }
        }
        if let Some(exe) = &molt {
            if let Ok(out) = exec::run_captured(&mut exec::program_command(exe, &empty)) {
                let k = interpreters.len();
                best[k] = Some(best[k].map_or(out.elapsed, |b| b.min(out.elapsed)));
            }
        }
    }
    let mut line = String::from("start-up (empty program, not included below):");
    for (k, name) in interpreters
        .iter()
        .map(|(n, _)| *n)
        .chain(["molt"])
        .enumerate()
    {
        match best[k] {
            Some(t) => line.push_str(&format!("  {name} {:.1} ms", t.as_secs_f64() * 1e3)),
            None => line.push_str(&format!("  {name} n/a")),
        }
    }
    println!("{line}\n");
    Ok(())
}

/// One program's results.
struct Row {
    name: String,
    /// Best time per interpreter, in the order given, then Molt's.
    times: Vec<f64>,
    /// What differed from CPython, if anything.
    mismatch: Option<String>,
}

/// Builds and times one program; `None` when it does not build.
fn bench_one(
    program: &Path,
    interpreters: &[(&str, PathBuf)],
    runs: usize,
) -> Result<Option<Row>, CliError> {
    let name = program
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe = match compile::cached_executable(program) {
        Ok(exe) => exe,
        Err(CliError::Compile(failure)) => {
            println!("{name}: NOT BUILT (molt exit {})", failure.exit_code);
            print_failure(&failure);
            return Ok(None);
        }
        Err(other) => return Err(other),
    };
    let mut commands: Vec<(&str, Command)> = interpreters
        .iter()
        .map(|(n, path)| (*n, python::script_command(path, program)))
        .collect();
    let mut molt = exec::program_command(&exe, program);
    molt.env("PYTHONHASHSEED", "0");
    commands.push(("molt", molt));

    let mut best = vec![f64::INFINITY; commands.len()];
    let mut first: Vec<Option<Captured>> = (0..commands.len()).map(|_| None).collect();
    for _ in 0..runs {
        for (k, (who, cmd)) in commands.iter_mut().enumerate() {
            let out = exec::run_captured(cmd).map_err(|e| {
                CliError::other(format!(
                    "cannot run {who} on `{}`: {}",
                    program.display(),
                    io_reason(&e)
                ))
            })?;
            best[k] = best[k].min(out.elapsed.as_secs_f64());
            if first[k].is_none() {
                first[k] = Some(out);
            }
        }
    }

    let reference = first[0]
        .as_ref()
        .expect("every implementation ran at least once");
    let mut problems = Vec::new();
    if reference.code() != 0 {
        problems.push(format!(
            "CPython exited with {}: {}",
            reference.status,
            reference.stderr_last_line()
        ));
    }
    for (k, (who, _)) in commands.iter().enumerate().skip(1) {
        let out = first[k]
            .as_ref()
            .expect("every implementation ran at least once");
        if out.stdout != reference.stdout {
            problems.push(format!("{who}'s stdout differs from CPython's"));
        }
        if out.code() != reference.code() {
            problems.push(format!(
                "{who} exited with {}, CPython with {}",
                out.status, reference.status
            ));
        }
    }
    let mismatch = (!problems.is_empty()).then(|| problems.join("; "));
    if let Some(m) = &mismatch {
        println!("!!! {name}: OUTPUT MISMATCH: {m}");
        println!("!!! (run `molt compare {}` for details)", program.display());
    }
    Ok(Some(Row {
        name,
        times: best,
        mismatch,
    }))
}

/// Prints the table and the geometric means of the speed-ups.
fn print_table(rows: &[Row], with_pypy: bool) {
    if rows.is_empty() {
        return;
    }
    let width = rows
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(0)
        .max("geometric mean".len());
    let header = if with_pypy {
        format!(
            "{:<width$}  {:>10}  {:>10}  {:>10}  {:>11}  {:>9}",
            "program", "CPython s", "PyPy s", "molt s", "vs CPython", "vs PyPy"
        )
    } else {
        format!(
            "{:<width$}  {:>10}  {:>10}  {:>11}",
            "program", "CPython s", "molt s", "vs CPython"
        )
    };
    println!("{header}");
    println!("{}", "-".repeat(header.len()));
    let mut vs_cpython = Vec::new();
    let mut vs_pypy = Vec::new();
    for row in rows {
        let molt = *row.times.last().expect("molt's time is always recorded");
        let cpython = row.times[0];
        let flag = if row.mismatch.is_some() {
            "  MISMATCH (not in the means)"
        } else {
            ""
        };
        if row.mismatch.is_none() {
            vs_cpython.push(cpython / molt);
        }
        if with_pypy {
            let pypy = row.times[1];
            if row.mismatch.is_none() {
                vs_pypy.push(pypy / molt);
            }
            println!(
                "{:<width$}  {cpython:>10.3}  {pypy:>10.3}  {molt:>10.3}  {:>10.2}x  {:>8.2}x{flag}",
                row.name,
                cpython / molt,
                pypy / molt
            );
        } else {
            println!(
                "{:<width$}  {cpython:>10.3}  {molt:>10.3}  {:>10.2}x{flag}",
                row.name,
                cpython / molt
            );
        }
    }
    println!("{}", "-".repeat(header.len()));
    let mean = |v: &[f64]| {
        if v.is_empty() {
            "n/a".to_string()
        } else {
            format!(
                "{:.2}x",
                (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp()
            )
        }
    };
    if with_pypy {
        println!(
            "{:<width$}  {:>10}  {:>10}  {:>10}  {:>11}  {:>9}",
            "geometric mean",
            "",
            "",
            "",
            mean(&vs_cpython),
            mean(&vs_pypy)
        );
    } else {
        println!(
            "{:<width$}  {:>10}  {:>10}  {:>11}",
            "geometric mean",
            "",
            "",
            mean(&vs_cpython)
        );
    }
}
