//! The runtime static library embedded in the `molt` binary.
//!
//! `build.rs` builds `libmolt_runtime.a` (always in release mode) and embeds
//! it together with its SHA-256. At run time the library is materialised once
//! per content in the cache, at `<cache>/runtime/<sha256>/libmolt_runtime.a`,
//! and that path is handed to the linker.

use std::fs;
use std::path::{Path, PathBuf};

use crate::cache;
use crate::error::{io_reason, CliError};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/runtime_lib.rs"));
}

pub use embedded::RUNTIME_LIB_SHA256;

/// The target triple `molt` (and hence the embedded runtime) was built for.
pub const TARGET: &str = env!("MOLT_TARGET");

/// Returns the path of the runtime library in the cache under `cache_root`,
/// writing it first if it is not there yet.
///
/// # Errors
/// When the cache directory cannot be written.
pub fn runtime_lib_path(cache_root: &Path) -> Result<PathBuf, CliError> {
    let path = cache_root
        .join("runtime")
        .join(RUNTIME_LIB_SHA256)
        .join("libmolt_runtime.a");
    // The name is the content's hash and files appear only by atomic rename,
    // so a file of the right length is the right file.
    let present = fs::metadata(&path).is_ok_and(|m| m.len() == embedded::RUNTIME_LIB.len() as u64);
    if !present {
        cache::write_atomic(&path, embedded::RUNTIME_LIB).map_err(|e| {
            CliError::other(format!(
                "cannot write the runtime library to `{}`: {}",
                path.display(),
                io_reason(&e)
            ))
        })?;
    }
    Ok(path)
}
