//! `molt check` on garbled programs: whatever the input, the compiler answers
//! with diagnostics (exit 1 or 2) or accepts it (exit 0), and never panics.
//!
//! The inputs are generated deterministically (a fixed-seed PRNG) by
//! mangling the golden programs in `tests/cases` (or a few built-in programs
//! while there are none): truncation, deleted and duplicated lines, flipped
//! characters, stray tokens and bytes that are not UTF-8. A failing input is
//! kept under `target/tmp/garbled/` for reproduction.

mod support;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use support::{molt, python_files, run_with_timeout, scratch_dir, workspace_root};

/// How many garbled programs to check.
const INPUTS: usize = 360;
const SEED: u64 = 0x6d6f_6c74_2d67_6172; // "molt-gar"
const TIMEOUT: Duration = Duration::from_secs(30);

/// Seed programs used while `tests/cases` is empty.
const BUILTIN_SEEDS: &[&str] = &[
    "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(20))\n",
    "class Point:\n    def __init__(self, x: float, y: float) -> None:\n        self.x = x\n        self.y = y\n\n    def norm(self) -> float:\n        return (self.x ** 2 + self.y ** 2) ** 0.5\n\nprint(Point(3.0, 4.0).norm())\n",
    "xs = [i * i for i in range(10) if i % 2]\nd = {k: v for k, v in zip('abc', xs)}\ntry:\n    print(d['z'])\nexcept KeyError as e:\n    print('missing', e)\nfinally:\n    print(sorted(d.items()))\n",
    "def gen(n):\n    for i in range(n):\n        yield i\n\ntotal = 0\nwhile total < 100:\n    total += sum(gen(5))\nelse:\n    print(f\"total={total!r:>8}\")\nwith open(__file__) as f:\n    pass\nlambda x, *a, k=1, **kw: (x, a, k, kw)\n",
    "import sys\n\nasync def main() -> None:\n    global counter\n    nonlocal_value = 1\n    def inner():\n        nonlocal nonlocal_value\n        nonlocal_value += 1\n    inner()\n    print('é', \"\\N{BULLET}\", b'\\x00', 0x1F, 1_000, 1e-3j)\n\nif __name__ == '__main__':\n    raise SystemExit(3)\n",
];

/// Fragments inserted at random places.
const TOKENS: &[&[u8]] = &[
    b")",
    b"(",
    b"]",
    b"[",
    b"}",
    b"{",
    b":",
    b",",
    b"def",
    b"class",
    b"lambda",
    b"yield",
    b"await",
    b"return",
    b"\t",
    b"    ",
    b"\n",
    b"\\",
    b"'",
    b"\"",
    b"\"\"\"",
    b"#",
    b"@",
    b"=",
    b"==",
    b":=",
    b"->",
    b"*",
    b"**",
    b"import",
    b"from",
    b"global",
    b"nonlocal",
    b"async",
    b"if",
    b"else",
    b"elif",
    b"try:",
    b"except",
    b"finally",
    b"del",
    b"pass",
    b"0x",
    b"1e",
    b"f\"{",
    b"}\"",
    b"\xff",
    b"\xc3",
    b"\xe2\x82",
    b"\x00",
    b"\r",
    b"\x0c",
    b";",
    b".",
    b"...",
];

/// SplitMix64: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Applies one random mutation to `src`.
fn mutate(rng: &mut Rng, src: &mut Vec<u8>) {
    let pos = |rng: &mut Rng, src: &Vec<u8>| rng.below(src.len() + 1);
    match rng.below(9) {
        0 => {
            let at = pos(rng, src);
            src.truncate(at);
        }
        1 | 2 => {
            // Delete or duplicate a line.
            let lines: Vec<Vec<u8>> = src
                .split_inclusive(|&b| b == b'\n')
                .map(<[u8]>::to_vec)
                .collect();
            if lines.is_empty() {
                return;
            }
            let k = rng.below(lines.len());
            let copies_of_k = if rng.below(2) == 0 { 0 } else { 2 };
            let mut out = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                for _ in 0..if i == k { copies_of_k } else { 1 } {
                    out.extend_from_slice(line);
                }
            }
            *src = out;
        }
        3 | 4 => {
            // Flip an ASCII character into another printable one.
            if src.is_empty() {
                return;
            }
            let at = rng.below(src.len());
            if src[at].is_ascii() {
                src[at] = b' ' + rng.below(95) as u8;
            }
        }
        5..=7 => {
            let token = TOKENS[rng.below(TOKENS.len())];
            let at = pos(rng, src);
            src.splice(at..at, token.iter().copied());
        }
        _ => {
            // Deep nesting, to find unbounded recursion.
            let depth = 50 + rng.below(250);
            let (open, close) = [(b'(', b')'), (b'[', b']'), (b'{', b'}')][rng.below(3)];
            let mut expr = b"x = ".to_vec();
            expr.extend(std::iter::repeat_n(open, depth));
            expr.push(b'1');
            if rng.below(2) == 0 {
                expr.extend(std::iter::repeat_n(close, depth));
            }
            expr.push(b'\n');
            let at = pos(rng, src);
            src.splice(at..at, expr);
        }
    }
}

#[test]
fn garbled_programs_get_diagnostics_not_panics() {
    let root = workspace_root();
    let mut seeds: Vec<Vec<u8>> = python_files(&root.join("tests").join("cases"))
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    if seeds.is_empty() {
        seeds = BUILTIN_SEEDS
            .iter()
            .map(|s| s.as_bytes().to_vec())
            .collect();
    }

    let mut rng = Rng(SEED);
    let inputs: Vec<Vec<u8>> = (0..INPUTS)
        .map(|i| {
            let mut src = seeds[i % seeds.len()].clone();
            for _ in 0..1 + rng.below(3) {
                mutate(&mut rng, &mut src);
            }
            src
        })
        .collect();

    let dir = scratch_dir("garbled", "inputs");
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(src) = inputs.get(i) else { break };
                if let Err(problem) = check_one(&dir, i, src) {
                    failures.lock().unwrap().push(problem);
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {INPUTS} garbled inputs broke `molt check` (inputs kept in {}):\n\n{}",
        failures.len(),
        dir.display(),
        failures
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `molt check` on input `i`; the input file is removed when it passes.
fn check_one(dir: &std::path::Path, i: usize, src: &[u8]) -> Result<(), String> {
    let file: PathBuf = dir.join(format!("garbled_{i:03}.py"));
    std::fs::write(&file, src).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    let mut cmd = molt();
    cmd.arg("check").arg(&file);
    let tag = format!("garbled_{i:03}");
    let outcome = run_with_timeout(&mut cmd, dir, &tag, TIMEOUT)
        .map_err(|e| format!("cannot run molt: {e}"))?;
    let stderr = outcome.stderr_text();
    let problem = match outcome.code() {
        None => Some(format!("timed out after {TIMEOUT:?}")),
        Some(code) if !(0..=2).contains(&code) => Some(format!("exit code {code}")),
        _ => ["panicked", "internal compiler error", "RUST_BACKTRACE"]
            .iter()
            .find(|needle| stderr.contains(*needle))
            .map(|needle| format!("stderr mentions `{needle}`")),
    };
    let _ = std::fs::remove_file(dir.join(format!("{tag}.stdout")));
    let _ = std::fs::remove_file(dir.join(format!("{tag}.stderr")));
    match problem {
        None => {
            let _ = std::fs::remove_file(&file);
            Ok(())
        }
        Some(problem) => {
            let excerpt: String = stderr.lines().take(15).collect::<Vec<_>>().join("\n");
            Err(format!("{}: {problem}\n{excerpt}", file.display()))
        }
    }
}
