//! Builds the runtime static library and embeds it in the `molt` binary.
//!
//! `molt` must be self-contained: it links every compiled program against
//! `libmolt_runtime.a`, so the library travels inside the binary. This script
//! runs a nested `cargo build -p molt-runtime --release` into its own target
//! directory (`<workspace>/target/molt-rt`), so it never waits on the lock of
//! the outer build's target directory, and it is always `--release` because
//! the runtime's speed is the compiled programs' speed, whatever profile the
//! compiler itself is built with.
//!
//! The library is copied into `OUT_DIR` (so a concurrent rebuild of the shared
//! runtime target directory cannot change the bytes under `include_bytes!`)
//! and `OUT_DIR/runtime_lib.rs` is generated with the bytes and their SHA-256,
//! so `molt` never hashes 20 MB at start-up.

use std::env;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use sha2::{Digest, Sha256};

fn main() {
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir
        .parent()
        .and_then(Path::parent)
        .expect("molt-cli lives at <workspace>/crates/molt-cli")
        .to_path_buf();
    let runtime_dir = workspace.join("crates").join("molt-runtime");
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));

    for path in [
        runtime_dir.join("src"),
        runtime_dir.join("Cargo.toml"),
        workspace.join("Cargo.lock"),
        workspace.join("Cargo.toml"),
    ] {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    println!("cargo:rerun-if-env-changed=MOLT_RUNTIME_LIB");
    println!(
        "cargo:rustc-env=MOLT_TARGET={}",
        env::var("TARGET").expect("cargo sets TARGET")
    );

    // Escape hatch for packagers and unusual setups: use a prebuilt library.
    let built = match env::var_os("MOLT_RUNTIME_LIB") {
        Some(prebuilt) => PathBuf::from(prebuilt),
        None => build_runtime(&workspace),
    };

    let bytes = fs::read(&built).unwrap_or_else(|e| {
        fail(&format!(
            "cannot read the runtime library {}: {e}",
            built.display()
        ))
    });
    let embedded = out_dir.join("libmolt_runtime.a");
    // Only rewrite when the content changed, so the include_bytes! input keeps
    // its mtime and the crate is not recompiled needlessly.
    if fs::read(&embedded).ok().as_deref() != Some(&bytes[..]) {
        fs::write(&embedded, &bytes)
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", embedded.display())));
    }
    let hash = Sha256::digest(&bytes)
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        });
    let generated = format!(
        "/// The runtime static library linked into every compiled program.\n\
         pub static RUNTIME_LIB: &[u8] = include_bytes!({embedded:?});\n\
         /// Lower-case hex SHA-256 of [`RUNTIME_LIB`].\n\
         pub const RUNTIME_LIB_SHA256: &str = {hash:?};\n",
    );
    let generated_path = out_dir.join("runtime_lib.rs");
    if fs::read_to_string(&generated_path).ok().as_deref() != Some(generated.as_str()) {
        fs::write(&generated_path, generated)
            .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", generated_path.display())));
    }
}

/// Runs the nested cargo build and returns the path of the static library.
fn build_runtime(workspace: &Path) -> PathBuf {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target_dir = workspace.join("target").join("molt-rt");
    let target = env::var("TARGET").expect("cargo sets TARGET");
    let host = env::var("HOST").expect("cargo sets HOST");

    let mut cmd = Command::new(&cargo);
    cmd.current_dir(workspace)
        .args([
            "build",
            "-p",
            "molt-runtime",
            "--release",
            "--lib",
            "--locked",
        ])
        .arg("--target-dir")
        .arg(&target_dir);
    if target != host {
        cmd.args(["--target", &target]);
    }
    // Remove what cargo tells this build script about the *outer* build: the
    // nested cargo would otherwise inherit its rustflags, wrappers (clippy's
    // RUSTC_WORKSPACE_WRAPPER), target directory or profile settings. `RUSTC`
    // stays, so both builds use the same compiler.
    for (key, _) in env::vars_os() {
        if should_remove(&key) {
            cmd.env_remove(&key);
        }
    }
    // Share the outer build's jobserver so the nested build does not
    // oversubscribe the machine (and, holding no token of its own beyond the
    // implicit one, cannot deadlock with the outer cargo).
    if let Some(flags) = env::var_os("CARGO_MAKEFLAGS") {
        cmd.env("CARGO_MAKEFLAGS", flags);
    }
    // The nested cargo's output goes to our stderr (shown by cargo on failure
    // or with -vv); our stdout is reserved for `cargo:` directives.
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());

    let output = cmd
        .output()
        .unwrap_or_else(|e| fail(&format!("cannot run {cargo:?} to build molt-runtime: {e}")));
    if !output.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&output.stderr));
        fail(&format!(
            "building molt-runtime failed ({}); see the output above",
            output.status
        ));
    }

    let mut lib_dir = target_dir;
    if target != host {
        lib_dir.push(&target);
    }
    lib_dir.push("release");
    let name = if target.contains("windows-msvc") {
        "molt_runtime.lib"
    } else {
        "libmolt_runtime.a"
    };
    lib_dir.join(name)
}

/// Whether an environment variable set for this build script must not reach
/// the nested cargo.
fn should_remove(key: &OsStr) -> bool {
    let Some(key) = key.to_str() else {
        return false;
    };
    const KEEP: &[&str] = &[
        "CARGO_HOME",
        "CARGO_MAKEFLAGS",
        "CARGO_NET_OFFLINE",
        "CARGO_HTTP_TIMEOUT",
    ];
    if KEEP.contains(&key)
        || key.starts_with("CARGO_REGISTRIES_")
        || key.starts_with("CARGO_NET_")
        || key.starts_with("CARGO_HTTP_")
    {
        return false;
    }
    const REMOVE: &[&str] = &[
        "RUSTFLAGS",
        "RUSTDOCFLAGS",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTC_LINKER",
        "CLIPPY_ARGS",
        "CLIPPY_CONF_DIR",
        "TARGET",
        "HOST",
        "OUT_DIR",
        "OPT_LEVEL",
        "PROFILE",
        "DEBUG",
        "NUM_JOBS",
        "MAKEFLAGS",
        "MFLAGS",
    ];
    key.starts_with("CARGO") || key.starts_with("__CARGO") || REMOVE.contains(&key)
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
