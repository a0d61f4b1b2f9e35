//! Linking the program's object with the runtime into an executable.

use std::path::Path;
use std::process::Command;

/// Why linking failed (a Molt installation problem or bug, not the user's).
#[derive(Debug)]
pub struct LinkError(pub String);

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "linking failed: {}", self.0)
    }
}

/// Links `object` (an object file path) with the runtime static library into
/// the executable `out`, using the system C compiler driver (`$CC` or `cc`).
/// Symbols are stripped unless `MOLT_KEEP_SYMBOLS` is set (for profiling).
///
/// # Errors
/// When the linker cannot be run or reports an error.
pub fn link_executable(object: &Path, runtime_lib: &Path, out: &Path) -> Result<(), LinkError> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let strip = std::env::var_os("MOLT_KEEP_SYMBOLS").is_none();
    let output = Command::new(&cc)
        .arg(object)
        .arg(runtime_lib)
        .args(["-o"])
        .arg(out)
        .args(["-Wl,--gc-sections", "-lm", "-lpthread", "-ldl"])
        .args(strip.then_some("-s"))
        .output()
        .map_err(|e| LinkError(format!("cannot run `{cc}`: {e} (install a C toolchain, e.g. `apt-get install build-essential`)")))?;
    if !output.status.success() {
        return Err(LinkError(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    Ok(())
}
