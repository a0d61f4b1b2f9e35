//! CPython's fixed limits on nesting, checked before any later stage
//! recurses over the tree.
//!
//! CPython's tokenizer refuses a 201st open bracket (`too many nested
//! parentheses`) and a 100th indentation level (`IndentationError: too many
//! levels of indentation`), and its compiler refuses a tree whose statements
//! and expressions nest more than 3000 deep (`RecursionError: maximum
//! recursion depth exceeded during compilation`). Molt gives the same errors,
//! and because they are checked here, on the tokens and with a walk that
//! stops at the limit, sema, lowering and code generation only ever see trees
//! at most 3000 deep.

use crate::diagnostic::Diagnostic;
use crate::source::Span;
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, ElifElseClause, Expr, InterpolatedStringElement, Stmt};
use ruff_text_size::Ranged;

/// CPython's `MAXLEVEL`: how many brackets may be open at once.
const MAX_BRACKETS: usize = 200;

/// CPython's `MAXINDENT`: the tokenizer's indentation stack holds the
/// outermost level and 99 more, so the 100th level is an error.
const MAX_INDENT: usize = 100;

/// CPython 3.11's compile-time recursion limit: the default recursion limit
/// (1000) times `COMPILER_STACK_FRAME_SCALE` (3). The AST optimiser and the
/// symbol table count one level per statement and per expression.
const MAX_TREE_DEPTH: usize = 3000;

/// The first tokenizer limit the token stream exceeds (too many open
/// brackets or indentation levels), or a NUL byte, which CPython's tokenizer
/// also refuses. Like CPython, only the first such error is reported.
pub fn tokenizer_error(text: &str, tokens: &[Token]) -> Option<Diagnostic> {
    let nul = text.find('\0').map(|at| {
        let at = at as u32;
        Diagnostic::error(
            "E0001",
            "SyntaxError: source code cannot contain null bytes",
            Span::new(at, at + 1),
        )
    });
    // One bracket counter per f-string nesting level: CPython 3.11 parses
    // the expressions of an f-string with a fresh tokenizer.
    let mut brackets: Vec<usize> = vec![0];
    let mut indent = 0usize;
    let mut first: Option<Diagnostic> = None;
    for token in tokens {
        if nul
            .as_ref()
            .is_some_and(|d| d.span.start < token.start().to_u32())
        {
            break;
        }
        let level = brackets
            .last_mut()
            .expect("the outer level is never popped");
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if *level >= MAX_BRACKETS {
                    first = Some(Diagnostic::error(
                        "E0001",
                        "SyntaxError: too many nested parentheses",
                        Span::from(token.range()),
                    ));
                    break;
                }
                *level += 1;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                *level = level.saturating_sub(1);
            }
            TokenKind::FStringStart | TokenKind::TStringStart => brackets.push(0),
            TokenKind::FStringEnd | TokenKind::TStringEnd if brackets.len() > 1 => {
                brackets.pop();
            }
            TokenKind::Indent => {
                indent += 1;
                if indent >= MAX_INDENT {
                    first = Some(
                        Diagnostic::error(
                            "E0001",
                            "IndentationError: too many levels of indentation",
                            Span::from(token.range()),
                        )
                        .with_help("move the innermost blocks into functions"),
                    );
                    break;
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            _ => {}
        }
    }
    first.or(nul)
}

/// The `RecursionError` CPython's compiler raises when statements and
/// expressions nest more than 3000 deep, at the first node past the limit.
/// The walk never goes deeper than the limit.
pub fn depth_error(module: &ast::ModModule) -> Option<Diagnostic> {
    let mut walk = DepthWalk {
        depth: 0,
        deepest: None,
    };
    walk.visit_body(&module.body);
    walk.deepest.map(|span| {
        Diagnostic::error(
            "E0001",
            "RecursionError: maximum recursion depth exceeded during compilation",
            span,
        )
        .with_help("split the expression or the nested blocks into smaller parts")
    })
}

/// Counts nesting the way CPython's AST does: one level per statement and
/// per expression, and an `elif` is an `if` nested in the previous one's
/// `else`.
struct DepthWalk {
    depth: usize,
    /// The first node found past the limit; the walk stops there.
    deepest: Option<Span>,
}

impl DepthWalk {
    /// Enters one level for the node at `span`; false (and the walk is
    /// over) when that is past the limit.
    fn enter(&mut self, span: Span) -> bool {
        if self.deepest.is_some() {
            return false;
        }
        if self.depth >= MAX_TREE_DEPTH {
            self.deepest = Some(span);
            return false;
        }
        self.depth += 1;
        true
    }

    /// The clauses after an `if`'s body: the i-th `elif` is i levels deeper
    /// than the `if` (CPython nests it in the previous clause's `else`), and
    /// an `else` body belongs to the innermost one.
    fn elif_else(&mut self, clauses: &[ElifElseClause]) {
        let outer = self.depth;
        for clause in clauses {
            if clause.test.is_some() && !self.enter(Span::from(clause.range())) {
                break;
            }
            visitor::walk_elif_else_clause(self, clause);
        }
        self.depth = outer;
    }
}

impl<'a> Visitor<'a> for DepthWalk {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if !self.enter(Span::from(stmt.range())) {
            return;
        }
        match stmt {
            Stmt::If(s) => {
                self.visit_expr(&s.test);
                self.visit_body(&s.body);
                self.elif_else(&s.elif_else_clauses);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
        self.depth -= 1;
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if !self.enter(Span::from(expr.range())) {
            return;
        }
        visitor::walk_expr(self, expr);
        self.depth -= 1;
    }

    /// A replacement field `{x}` is a `FormattedValue` node in CPython's
    /// tree, one level between the f-string and its expression.
    fn visit_interpolated_string_element(&mut self, element: &'a InterpolatedStringElement) {
        if !self.enter(Span::from(element.range())) {
            return;
        }
        visitor::walk_interpolated_string_element(self, element);
        self.depth -= 1;
    }
}
