//! A small line diff in unified format, for showing how outputs differ.
//!
//! Shared with the test harness (`tests/golden.rs` includes this file), so it
//! depends on nothing but `std`.

/// Lines of context around each change.
const CONTEXT: usize = 3;
/// Beyond this many (line × line) comparisons the changed region is shown as
/// a whole replacement instead of a minimal diff.
const MAX_TABLE: usize = 4_000_000;
/// Longest diff printed, in lines.
const MAX_OUTPUT_LINES: usize = 400;

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// A unified diff turning `old` into `new`; empty when they are equal.
pub fn unified(old: &str, new: &str, old_label: &str, new_label: &str) -> String {
    if old == new {
        return String::new();
    }
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let script = edit_script(&a, &b);

    // Positions (in the edit script) of changes, grouped into hunks.
    let changes: Vec<usize> = (0..script.len())
        .filter(|&k| script[k].0 != Op::Same)
        .collect();
    let mut out = format!("--- {old_label}\n+++ {new_label}\n");
    let mut printed = 0usize;
    let mut k = 0;
    while k < changes.len() {
        let start = changes[k].saturating_sub(CONTEXT);
        let mut end = changes[k];
        while k < changes.len() && changes[k] <= end + 2 * CONTEXT + 1 {
            end = changes[k];
            k += 1;
        }
        let end = (end + CONTEXT + 1).min(script.len());
        let (mut old_start, mut new_start) = (script[start].1, script[start].2);
        let old_len = script[start..end]
            .iter()
            .filter(|s| s.0 != Op::Added)
            .count();
        let new_len = script[start..end]
            .iter()
            .filter(|s| s.0 != Op::Removed)
            .count();
        if old_len > 0 {
            old_start += 1;
        }
        if new_len > 0 {
            new_start += 1;
        }
        out.push_str(&format!(
            "@@ -{old_start},{old_len} +{new_start},{new_len} @@\n"
        ));
        for &(op, i, j) in &script[start..end] {
            if printed == MAX_OUTPUT_LINES {
                out.push_str("... (diff truncated)\n");
                return out;
            }
            printed += 1;
            let (sign, line) = match op {
                Op::Same => (' ', a[i]),
                Op::Removed => ('-', a[i]),
                Op::Added => ('+', b[j]),
            };
            out.push(sign);
            match line.strip_suffix('\n') {
                Some(body) => {
                    out.push_str(body);
                    out.push('\n');
                }
                None => {
                    out.push_str(line);
                    out.push_str("\n\\ No newline at end of file\n");
                }
            }
        }
    }
    out
}

/// The edit script as `(op, index in a, index in b)`, where the index of the
/// side an op does not consume is the position it applies at.
fn edit_script(a: &[&str], b: &[&str]) -> Vec<(Op, usize, usize)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut script: Vec<(Op, usize, usize)> = (0..prefix).map(|i| (Op::Same, i, i)).collect();
    if ma.len().saturating_mul(mb.len()) <= MAX_TABLE {
        // Longest common subsequence table over the changed middle.
        let w = mb.len() + 1;
        let mut lcs = vec![0u32; (ma.len() + 1) * w];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                lcs[i * w + j] = if ma[i] == mb[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
                script.push((Op::Same, prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if j < mb.len() && (i == ma.len() || lcs[i * w + j + 1] > lcs[(i + 1) * w + j]) {
                script.push((Op::Added, prefix + i, prefix + j));
                j += 1;
            } else {
                script.push((Op::Removed, prefix + i, prefix + j));
                i += 1;
            }
        }
    } else {
        script.extend((0..ma.len()).map(|i| (Op::Removed, prefix + i, prefix)));
        script.extend((0..mb.len()).map(|j| (Op::Added, prefix + ma.len(), prefix + j)));
    }
    let (ea, eb) = (a.len() - suffix, b.len() - suffix);
    script.extend((0..suffix).map(|k| (Op::Same, ea + k, eb + k)));
    script
}

#[cfg(test)]
mod tests {
    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(super::unified("a\nb\n", "a\nb\n", "x", "y"), "");
    }

    #[test]
    fn changed_line_in_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            super::unified(old, new, "expected", "actual"),
            "--- expected\n+++ actual\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn missing_final_newline_is_shown() {
        assert_eq!(
            super::unified("a\n", "a", "expected", "actual"),
            "--- expected\n+++ actual\n@@ -1,1 +1,1 @@\n-a\n+a\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn insertion_into_empty() {
        assert_eq!(
            super::unified("", "x\n", "e", "a"),
            "--- e\n+++ a\n@@ -0,0 +1,1 @@\n+x\n"
        );
    }
}
