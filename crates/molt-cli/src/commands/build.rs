//! `molt build FILE.py [-o OUT] [--emit mir]`: a standalone executable and
//! its manifest, or the program's MIR.

use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};

use super::{Arg, Args};
use crate::cache::{self, sha256_hex};
use crate::compile;
use crate::driver;
use crate::error::{io_reason, CliError};
use crate::guard::guarded;
use crate::runtime_lib;

/// What `--emit` asked for.
#[derive(PartialEq)]
enum Emit {
    Executable,
    Mir,
}

/// Runs the command.
pub fn run(args: Vec<OsString>) -> Result<i32, CliError> {
    let mut args = Args::new("build", args);
    let mut source: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut emit = Emit::Executable;
    while let Some(arg) = args.next_arg() {
        match arg {
            Arg::Flag(flag, inline) => match flag.as_str() {
                "-o" | "--output" => out = Some(args.value(&flag, inline)?.into()),
                "--emit" => {
                    emit = match args.value(&flag, inline)?.to_str() {
                        Some("mir") => Emit::Mir,
                        Some("exe" | "executable") => Emit::Executable,
                        other => {
                            return Err(args.error(format!(
                                "unknown `--emit` kind `{}` (expected `mir`)",
                                other.unwrap_or("<non-UTF-8>")
                            )))
                        }
                    }
                }
                _ => return Err(args.unknown(&flag)),
            },
            Arg::Positional(path) if source.is_none() => source = Some(path.into()),
            Arg::Positional(path) => {
                return Err(args.error(format!(
                    "`molt build` takes one program, got a second one: `{}`",
                    path.to_string_lossy()
                )))
            }
        }
    }
    let Some(source) = source else {
        return Err(args.error("`molt build` needs a program: molt build FILE.py [-o OUT]".into()));
    };
    let bytes = compile::read_source(&source)?;

    if emit == Emit::Mir {
        if let Some(out) = &out {
            refuse_overwriting(&source, out, "-o")?;
            check_output_dir(out)?;
        }
        let mir = guarded(|| driver::emit_mir(&source))?;
        match out {
            Some(out) => fs::write(&out, mir).map_err(|e| write_error(&out, &e))?,
            None => print!("{mir}"),
        }
        return Ok(0);
    }

    let out = output_path(&source, out);
    let manifest_path = manifest_path(&out);
    refuse_overwriting(&source, &out, "the executable")?;
    refuse_overwriting(&source, &manifest_path, "the manifest")?;
    check_output_dir(&out)?;
    compile::build(&source, &out)?;
    let manifest = manifest(&source, &bytes);
    let text =
        serde_json::to_string_pretty(&manifest).expect("a JSON value always serialises") + "\n";
    cache::write_atomic(&manifest_path, text.as_bytes())
        .map_err(|e| write_error(&manifest_path, &e))?;
    Ok(0)
}

/// `-o OUT`, or the source's stem in the current directory; an existing
/// directory as OUT means "the stem, in there".
fn output_path(source: &Path, out: Option<PathBuf>) -> PathBuf {
    let stem = source.file_stem().unwrap_or(OsStr::new("a.out"));
    match out {
        Some(dir) if dir.is_dir() => dir.join(stem),
        Some(out) => out,
        None => PathBuf::from(stem),
    }
}

/// Refuses to write `target` when it is the program's source itself (the
/// same path, or another name for the same file: `./prog.py`, a symlink, a
/// hard link), which the build would destroy.
fn refuse_overwriting(source: &Path, target: &Path, what: &str) -> Result<(), CliError> {
    if !same_file(source, target) {
        return Ok(());
    }
    Err(CliError::Other {
        message: format!(
            "{what} `{}` would overwrite the program's source `{}`; \
             choose another output name with -o",
            target.display(),
            source.display()
        ),
        code: 2,
    })
}

/// Whether `a` and `b` name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (fs::metadata(a), fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    }
}

/// The directory `out` goes in must exist (checked before compiling, so
/// the error names the path the user gave and the OS's reason).
fn check_output_dir(out: &Path) -> Result<(), CliError> {
    let trailing_slash = out.as_os_str().as_encoded_bytes().ends_with(b"/");
    let dir = if trailing_slash {
        out
    } else {
        match out.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => return Ok(()),
        }
    };
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(output_error(out, "Not a directory")),
        Err(e) => Err(output_error(out, &io_reason(&e))),
    }
}

fn output_error(out: &Path, reason: &str) -> CliError {
    CliError::Other {
        message: format!("cannot write `{}`: {reason}", out.display()),
        code: 2,
    }
}

/// `OUT.molt.json`.
fn manifest_path(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_os_string();
    name.push(".molt.json");
    PathBuf::from(name)
}

/// The build's identity: what went in, and what it was built for.
fn manifest(source: &Path, bytes: &[u8]) -> serde_json::Value {
    serde_json::json!({
        "molt_version": crate::VERSION,
        "source": source.to_string_lossy(),
        "source_sha256": sha256_hex(bytes),
        "target": runtime_lib::TARGET,
        "runtime_sha256": runtime_lib::RUNTIME_LIB_SHA256,
        "uv_lock_sha256": uv_lock_hash(source),
    })
}

/// SHA-256 of the `uv.lock` next to `source` or in the nearest parent
/// directory that has one.
fn uv_lock_hash(source: &Path) -> Option<String> {
    let absolute = std::path::absolute(source).ok()?;
    absolute
        .ancestors()
        .skip(1)
        .map(|dir| dir.join("uv.lock"))
        .find(|p| p.is_file())
        .and_then(|p| fs::read(p).ok())
        .map(|b| sha256_hex(&b))
}

fn write_error(path: &Path, err: &std::io::Error) -> CliError {
    output_error(path, &io_reason(err))
}
