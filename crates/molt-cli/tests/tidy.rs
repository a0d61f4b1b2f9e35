//! Repository hygiene, checked on every test run: every crate's `lib.rs`
//! (or `main.rs`) opens with a module doc comment, no test carries the ignore attribute,
//! and library code has no `todo!()`/`unimplemented!()` placeholders.

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_crate_has_a_module_doc() {
    let crates = workspace().join("crates");
    let mut missing = Vec::new();
    for e in std::fs::read_dir(&crates)
        .expect("crates/ exists")
        .flatten()
    {
        let src = e.path().join("src");
        let root = if src.join("lib.rs").exists() {
            src.join("lib.rs")
        } else {
            src.join("main.rs")
        };
        let text = std::fs::read_to_string(&root).unwrap_or_default();
        if !text.trim_start().starts_with("//!") {
            missing.push(root.display().to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "crate roots without a `//!` doc: {missing:?}"
    );
}

#[test]
fn no_ignored_tests_and_no_placeholders() {
    let mut files = Vec::new();
    rust_files(&workspace().join("crates"), &mut files);
    let mut problems = Vec::new();
    let ignore_attr = ["#[", "ignore"].concat();
    let placeholders = [["todo", "!("].concat(), ["unimplemented", "!("].concat()];
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        if text.contains(&ignore_attr) {
            problems.push(format!("{}: ignored test", f.display()));
        }
        let is_test = f.components().any(|c| c.as_os_str() == "tests");
        if !is_test && placeholders.iter().any(|p| text.contains(p.as_str())) {
            problems.push(format!(
                "{}: placeholder macro in library code",
                f.display()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
