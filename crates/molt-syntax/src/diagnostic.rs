//! The diagnostic type shared by every stage, and its one renderer.

use crate::source::{SourceFile, Span};
use std::fmt::Write;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The program is rejected.
    Error,
    /// The program is accepted, but something deserves attention.
    Warning,
}

/// A secondary span with a short message.
#[derive(Clone, Debug)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What to say there.
    pub message: String,
}

/// A message about the user's program, tied to a place in it.
///
/// Codes are stable: `E0001` what CPython refuses to compile (its
/// `SyntaxError`s, `IndentationError`s and compile-time `RecursionError`;
/// the message starts with the exception's name), `M01xx` unsupported
/// constructs (`M0114` a source encoding Molt cannot decode), `M02xx` name
/// and scope errors, `M03xx` type errors at compile time.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code such as `M0101`.
    pub code: &'static str,
    /// One line saying what is wrong.
    pub message: String,
    /// The primary location.
    pub span: Span,
    /// Text shown under the primary span's carets.
    pub label: Option<String>,
    /// Further locations.
    pub labels: Vec<Label>,
    /// What the user can do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with `code` and `message` at `span`.
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span,
            label: None,
            labels: Vec::new(),
            help: None,
        }
    }

    /// Sets the text under the primary span.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    /// Adds a secondary labelled span.
    #[must_use]
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    /// Sets the help line.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic with a code frame:
    ///
    /// ```text
    /// x.py:3:1: error[M0101]: class definitions are not supported yet
    ///   |
    /// 3 | class A:
    ///   | ^^^^^^^^ here
    ///   = help: ...
    /// ```
    pub fn render(&self, file: &SourceFile) -> String {
        let (line, col) = file.line_col(self.span.start);
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            file.path, line, col, sev, self.code, self.message
        );
        let mut frames = vec![(self.span, self.label.clone().unwrap_or_default())];
        frames.extend(self.labels.iter().map(|l| (l.span, l.message.clone())));
        let width = frames
            .iter()
            .map(|(s, _)| file.line_of(s.start).to_string().len())
            .max()
            .unwrap_or(1);
        let _ = writeln!(out, "{:width$} |", "");
        for (span, msg) in frames {
            let (l, c) = file.line_col(span.start);
            let (end_l, end_c) = file.line_col(span.end.max(span.start));
            let line: Vec<char> = file.line_text(l).chars().collect();
            let chars = line.len() as u32;
            let end_c = if end_l == l { end_c } else { chars + 1 };
            let (shown, first, shown_end) = frame_window(&line, c);
            let _ = writeln!(out, "{l:>width$} | {shown}");
            let carets = end_c.min(shown_end).saturating_sub(c).max(1);
            let pad: String = shown
                .chars()
                .take((c - first) as usize)
                .map(|ch| if ch == '\t' { '\t' } else { ' ' })
                .collect();
            let sep = if msg.is_empty() { "" } else { " " };
            let _ = writeln!(
                out,
                "{:width$} | {pad}{}{sep}{msg}",
                "",
                "^".repeat(carets as usize)
            );
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{:width$} = help: {help}", "");
        }
        out
    }
}

/// Lines longer than this are shown as a window around the diagnostic.
const MAX_FRAME_CHARS: usize = 120;

/// The part of `line` a code frame shows for column `col` (1-based), the
/// column its first character had (counting a leading `...` as the three
/// columns before it) and the column just after the last line character
/// shown. A long line (minified or generated code) is cut to a window that
/// starts a little before `col`.
fn frame_window(line: &[char], col: u32) -> (String, u32, u32) {
    if line.len() <= MAX_FRAME_CHARS {
        return (line.iter().collect(), 1, line.len() as u32 + 1);
    }
    let start = (col as usize - 1)
        .saturating_sub(MAX_FRAME_CHARS / 3)
        .min(line.len());
    let end = (start + MAX_FRAME_CHARS).min(line.len());
    let mut shown: String = line[start..end].iter().collect();
    let mut first = start as u32 + 1;
    if start > 0 {
        shown.insert_str(0, "...");
        first -= 3;
    }
    if end < line.len() {
        shown.push_str("...");
    }
    (shown, first, end as u32 + 1)
}
