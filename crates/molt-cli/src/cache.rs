//! The on-disk cache: where it is, content hashing, and atomic writes.
//!
//! Entries are content-addressed (named by a SHA-256 of everything that
//! determines them) and written atomically (temp file in the same directory,
//! then rename), so concurrent `molt` processes can share the cache without
//! locks: two writers of the same key write the same bytes, and a reader sees
//! either no file or a complete one.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use crate::error::CliError;

/// The cache root: `$MOLT_CACHE_DIR`, else `$XDG_CACHE_HOME/molt`, else
/// `~/.cache/molt`.
///
/// # Errors
/// When none of those variables is usable.
pub fn cache_dir() -> Result<PathBuf, CliError> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = var("MOLT_CACHE_DIR") {
        return Ok(dir);
    }
    if let Some(dir) = var("XDG_CACHE_HOME").filter(|d| d.is_absolute()) {
        return Ok(dir.join("molt"));
    }
    if let Some(home) = var("HOME") {
        return Ok(home.join(".cache").join("molt"));
    }
    Err(CliError::other(
        "cannot find a cache directory: set MOLT_CACHE_DIR (or HOME)",
    ))
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lower-case hex SHA-256 of several length-prefixed parts (so that
/// `["ab", "c"]` and `["a", "bc"]` differ).
pub fn sha256_parts(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hex(&hasher.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh path in `dir` for a temporary file whose final name is `name`;
/// unique within this process and across processes (by pid).
pub fn temp_path(dir: &Path, name: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!(".{name}.tmp-{}-{n}", std::process::id()))
}

/// Writes `bytes` to `path` atomically: to a temporary file in the same
/// directory, then renamed over `path`.
///
/// # Errors
/// Any I/O error; the temporary file is removed on failure.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = temp_path(dir, &name);
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
