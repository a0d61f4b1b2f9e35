//! Compiling a source file into an executable, directly or through the cache.
//!
//! Every driver call goes through [`crate::guard::guarded`], so a compiler
//! panic becomes an internal-compiler-error failure with exit code 101.

use std::fs;
use std::path::{Path, PathBuf};

use crate::cache;
use crate::driver;
use crate::error::CliError;
use crate::guard::guarded;
use crate::runtime_lib;

/// Reads a source file, reporting a missing or unreadable file as an input
/// error (exit 2).
///
/// # Errors
/// When the file cannot be read.
pub fn read_source(path: &Path) -> Result<Vec<u8>, CliError> {
    if path.is_dir() {
        return Err(CliError::Other {
            message: format!("`{}` is a directory, not a Python file", path.display()),
            code: 2,
        });
    }
    fs::read(path).map_err(|e| CliError::input(path, &e))
}

/// Compiles `source` into the executable `out`.
///
/// # Errors
/// The compiler's diagnostics, or a cache error.
pub fn build(source: &Path, out: &Path) -> Result<(), CliError> {
    let runtime = runtime_lib::runtime_lib_path(&cache::cache_dir()?)?;
    guarded(|| driver::build_executable(source, &runtime, out))?;
    Ok(())
}

/// Identifies this build of the compiler: the version string does not change
/// between development builds, but their code generation does, so the size
/// and modification time of the `molt` executable are part of the key.
fn compiler_identity() -> String {
    std::env::current_exe()
        .and_then(fs::metadata)
        .map(|m| {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            format!("{}:{:?}", m.len(), mtime)
        })
        .unwrap_or_default()
}

/// Returns the cached executable for `source`, compiling it first when the
/// cache has none.
///
/// The key covers everything the executable depends on: the source bytes,
/// the path the compiler is given (it appears in diagnostics and tracebacks),
/// the compiler version and build (see [`compiler_identity`]), the runtime
/// library and the target.
///
/// # Errors
/// As [`read_source`] and [`build`].
pub fn cached_executable(source: &Path) -> Result<PathBuf, CliError> {
    let bytes = read_source(source)?;
    let root = cache::cache_dir()?;
    let key = cache::sha256_parts(&[
        &bytes,
        source.as_os_str().as_encoded_bytes(),
        crate::VERSION.as_bytes(),
        compiler_identity().as_bytes(),
        runtime_lib::RUNTIME_LIB_SHA256.as_bytes(),
        runtime_lib::TARGET.as_bytes(),
    ]);
    let dir = root.join("bin").join(&key[..32]);
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "program".into());
    let exe = dir.join(&stem);
    if exe.is_file() {
        return Ok(exe);
    }
    let runtime = runtime_lib::runtime_lib_path(&root)?;
    fs::create_dir_all(&dir).map_err(|e| {
        CliError::other(format!(
            "cannot create `{}`: {}",
            dir.display(),
            crate::error::io_reason(&e)
        ))
    })?;
    // Build under a temporary name and rename, so a concurrent `molt run`
    // never executes a half-written file.
    let tmp = cache::temp_path(&dir, &stem);
    let built = guarded(|| driver::build_executable(source, &runtime, &tmp));
    if let Err(failure) = built {
        let _ = fs::remove_file(&tmp);
        return Err(failure.into());
    }
    fs::rename(&tmp, &exe).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        CliError::other(format!(
            "cannot store `{}`: {}",
            exe.display(),
            crate::error::io_reason(&e)
        ))
    })?;
    Ok(exe)
}
