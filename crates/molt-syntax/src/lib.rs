//! Source files, spans, diagnostics and parsing for Molt.
//!
//! This crate decodes source bytes as CPython does (PEP 263), turns the
//! text into ruff's syntax tree and owns the one
//! [`Diagnostic`] type that every stage reports with, plus its renderer. It
//! knows nothing about types or code generation.
//!
//! We parse with Astral's published `ruff_python_parser`: it is maintained,
//! follows the current grammar (3.11 and later), keeps a byte range on every
//! node, and recovers from errors so one run reports every syntax error.

mod diagnostic;
mod encoding;
mod limits;
mod parse;
mod source;

pub use diagnostic::{Diagnostic, Label, Severity};
pub use encoding::{decode_source, DecodeError};
pub use parse::{parse_module, ParsedModule};
pub use source::{SourceFile, Span};

/// The syntax tree types, re-exported so later stages depend on one crate.
pub use ruff_python_ast as ast;
pub use ruff_text_size::{Ranged, TextRange, TextSize};
