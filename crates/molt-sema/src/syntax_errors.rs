//! The `SyntaxError`s CPython's compiler finds after parsing: its symbol
//! table (`global`/`nonlocal` declarations after a use or an assignment,
//! duplicate parameters, `import *` in a function), its code generator
//! (`return`/`yield`/`await`/`break`/`continue` out of place, repeated
//! keyword arguments, more than 20 statically nested blocks) and its
//! `__future__` checks.
//!
//! They are checked before everything else in sema, with CPython's messages:
//! a program CPython refuses to compile is refused the same way (exit 1),
//! whether or not Molt supports the rest of it. The walk recurses over the
//! tree, which the parser has already bounded to CPython's depth limit.

use std::collections::HashMap;

use molt_syntax::ast::visitor::{self, Visitor};
use molt_syntax::ast::{self, Expr, ExprContext, Parameters, Pattern, Stmt};
use molt_syntax::{Diagnostic, Ranged, Span};

/// CPython's `CO_MAXBLOCKS`: loops, `with` items and `try` parts that may
/// enclose a statement within one function.
const MAX_BLOCKS: usize = 20;

/// The features `from __future__ import` accepts in CPython 3.11.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Every such error in `module`, in source order.
pub fn check(module: &ast::ModModule) -> Vec<Diagnostic> {
    let mut checker = Checker {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        current: 0,
        nonlocals: Vec::new(),
        leading_futures: Vec::new(),
        diags: Vec::new(),
    };
    checker.future_imports(&module.body);
    checker.visit_body(&module.body);
    checker.resolve_nonlocals();
    checker.diags.sort_by_key(|d| d.span.start);
    checker.diags
}

/// What a name is in one scope, as CPython's symbol table records it.
mod flag {
    pub const PARAM: u8 = 1;
    pub const LOCAL: u8 = 2;
    pub const USE: u8 = 4;
    pub const ANNOT: u8 = 8;
    pub const GLOBAL: u8 = 16;
    pub const NONLOCAL: u8 = 32;
    pub const IMPORT: u8 = 64;
}

#[derive(Clone, Copy, PartialEq)]
enum ScopeKind {
    Module,
    Function {
        is_async: bool,
    },
    Lambda,
    Class,
    /// A comprehension or generator expression; its name for messages.
    Comprehension(&'static str),
}

struct Scope {
    kind: ScopeKind,
    parent: Option<usize>,
    flags: HashMap<String, u8>,
    /// Enclosing loops, `with` items and `try` parts (CPython's frame blocks).
    blocks: usize,
    loops: usize,
    /// "too many statically nested blocks" is reported once per scope.
    blocks_reported: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            flags: HashMap::new(),
            blocks: 0,
            loops: 0,
            blocks_reported: false,
        }
    }

    fn is_function(&self) -> bool {
        !matches!(self.kind, ScopeKind::Module | ScopeKind::Class)
    }
}

struct Checker {
    /// Every scope seen, so `nonlocal` can be resolved once all are complete.
    scopes: Vec<Scope>,
    current: usize,
    /// `nonlocal` declarations: scope, name, statement.
    nonlocals: Vec<(usize, String, Span)>,
    /// The `from __future__` imports at the start of the module, the only
    /// place they may be.
    leading_futures: Vec<Span>,
    diags: Vec<Diagnostic>,
}

fn syntax_error(message: String, span: Span) -> Diagnostic {
    Diagnostic::error("E0001", format!("SyntaxError: {message}"), span)
}

impl Checker {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.diags.push(syntax_error(message.into(), span));
    }

    /// Records `bits` for `name` in the current scope.
    fn define(&mut self, name: &str, bits: u8, span: Span) {
        let entry = self.scope().flags.entry(name.to_string()).or_insert(0);
        let before = *entry;
        *entry |= bits;
        if bits & flag::PARAM != 0 && before & flag::PARAM != 0 {
            self.error(
                format!("duplicate argument '{name}' in function definition"),
                span,
            );
        }
    }

    /// Runs `body` in a new scope of `kind`.
    fn in_scope(&mut self, kind: ScopeKind, body: impl FnOnce(&mut Self)) {
        let outer = self.current;
        self.scopes.push(Scope::new(kind, Some(outer)));
        self.current = self.scopes.len() - 1;
        body(self);
        self.current = outer;
    }

    /// Runs `body` inside `count` more frame blocks opened by `stmt`.
    fn in_blocks(&mut self, count: usize, is_loop: bool, stmt: Span, body: impl FnOnce(&mut Self)) {
        let scope = self.scope();
        scope.blocks += count;
        if scope.blocks > MAX_BLOCKS && !scope.blocks_reported {
            scope.blocks_reported = true;
            self.error("too many statically nested blocks", stmt);
        }
        if is_loop {
            self.scope().loops += 1;
        }
        body(self);
        let scope = self.scope();
        scope.blocks -= count;
        if is_loop {
            scope.loops -= 1;
        }
    }

    /// Parameters become `PARAM`s of the current (new) scope; CPython
    /// visits positional-only, ordinary and keyword-only parameters, then
    /// `*args` and `**kwargs`.
    fn parameters(&mut self, params: &Parameters) {
        let named = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref());
        for p in named {
            self.define(p.name.as_str(), flag::PARAM, Span::from(p.name.range()));
        }
    }

    /// What the enclosing scope evaluates of a `def` or `lambda`: defaults
    /// and (for a `def`) annotations.
    fn parameter_values(&mut self, params: &Parameters, annotations: bool) {
        for p in params.iter_non_variadic_params() {
            if let Some(default) = &p.default {
                self.visit_expr(default);
            }
        }
        if annotations {
            for p in params.iter() {
                if let Some(annotation) = p.annotation() {
                    self.visit_expr(annotation);
                }
            }
        }
    }

    /// `global` and `nonlocal` must come before any other mention of the
    /// name in their scope.
    fn declaration(&mut self, names: &[ast::Identifier], global: bool, span: Span) {
        let what = if global { "global" } else { "nonlocal" };
        for name in names {
            let name = name.as_str();
            let cur = self.scope().flags.get(name).copied().unwrap_or(0);
            let message = if cur & flag::PARAM != 0 {
                Some(format!("name '{name}' is parameter and {what}"))
            } else if cur & flag::USE != 0 {
                Some(format!("name '{name}' is used prior to {what} declaration"))
            } else if cur & flag::ANNOT != 0 {
                Some(format!("annotated name '{name}' can't be {what}"))
            } else if cur & flag::LOCAL != 0 {
                Some(format!(
                    "name '{name}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(message) = message {
                self.error(message, span);
            }
            let bits = if global { flag::GLOBAL } else { flag::NONLOCAL };
            self.define(name, bits, span);
            let cur = self.scope().flags[name];
            if cur & flag::GLOBAL != 0 && cur & flag::NONLOCAL != 0 {
                self.error(format!("name '{name}' is nonlocal and global"), span);
            }
            if !global {
                if self.scope().kind == ScopeKind::Module {
                    self.error("nonlocal declaration not allowed at module level", span);
                } else {
                    self.nonlocals.push((self.current, name.to_string(), span));
                }
            }
        }
    }

    /// A `nonlocal` name must be bound in an enclosing function.
    fn resolve_nonlocals(&mut self) {
        for (scope, name, span) in std::mem::take(&mut self.nonlocals) {
            let mut found = false;
            let mut at = self.scopes[scope].parent;
            while let Some(id) = at {
                let s = &self.scopes[id];
                if s.is_function() {
                    let bits = s.flags.get(&name).copied().unwrap_or(0);
                    if bits & flag::GLOBAL != 0 {
                        break;
                    }
                    if bits & (flag::LOCAL | flag::PARAM | flag::IMPORT) != 0 {
                        found = true;
                        break;
                    }
                } else if s.kind == ScopeKind::Module {
                    break;
                }
                at = s.parent;
            }
            if !found {
                self.error(format!("no binding for nonlocal '{name}' found"), span);
            }
        }
    }

    /// `from __future__ import` may only follow the docstring and other
    /// future imports, and only name known features.
    fn future_imports(&mut self, body: &[Stmt]) {
        let mut leading = true;
        for (i, stmt) in body.iter().enumerate() {
            let docstring = i == 0
                && matches!(stmt, Stmt::Expr(e) if matches!(*e.value, Expr::StringLiteral(_)));
            match stmt {
                Stmt::ImportFrom(imp) if is_future(imp) => {
                    if !leading {
                        continue;
                    }
                    self.leading_futures.push(Span::from(imp.range()));
                    for alias in &imp.names {
                        let feature = alias.name.as_str();
                        if feature == "braces" {
                            self.error("not a chance", Span::from(imp.range()));
                        } else if !FUTURE_FEATURES.contains(&feature) {
                            self.error(
                                format!("future feature {feature} is not defined"),
                                Span::from(imp.range()),
                            );
                        }
                    }
                }
                _ if docstring => {}
                _ => leading = false,
            }
        }
    }

    fn comprehension<'a>(
        &mut self,
        name: &'static str,
        generators: &'a [ast::Comprehension],
        elements: &[&'a Expr],
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.visit_expr(&first.iter);
        self.in_scope(ScopeKind::Comprehension(name), |this| {
            for (i, generator) in generators.iter().enumerate() {
                this.visit_expr(&generator.target);
                if i > 0 {
                    this.visit_expr(&generator.iter);
                }
                for cond in &generator.ifs {
                    this.visit_expr(cond);
                }
            }
            for element in elements {
                this.visit_expr(element);
            }
        });
    }

    /// The nearest scope that is not a comprehension: where a walrus binds.
    fn binding_scope(&self) -> usize {
        let mut at = self.current;
        while let ScopeKind::Comprehension(_) = self.scopes[at].kind {
            match self.scopes[at].parent {
                Some(parent) => at = parent,
                None => break,
            }
        }
        at
    }
}

fn is_future(imp: &ast::StmtImportFrom) -> bool {
    imp.level == 0
        && imp
            .module
            .as_ref()
            .is_some_and(|m| m.as_str() == "__future__")
}

impl<'a> Visitor<'a> for Checker {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let span = Span::from(stmt.range());
        match stmt {
            Stmt::FunctionDef(f) => {
                self.define(f.name.as_str(), flag::LOCAL, span);
                self.parameter_values(&f.parameters, true);
                if let Some(returns) = &f.returns {
                    self.visit_expr(returns);
                }
                for decorator in &f.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                let kind = ScopeKind::Function {
                    is_async: f.is_async,
                };
                self.in_scope(kind, |this| {
                    this.parameters(&f.parameters);
                    this.visit_body(&f.body);
                });
            }
            Stmt::ClassDef(c) => {
                self.define(c.name.as_str(), flag::LOCAL, span);
                if let Some(arguments) = &c.arguments {
                    self.visit_arguments(arguments);
                }
                for decorator in &c.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                self.in_scope(ScopeKind::Class, |this| this.visit_body(&c.body));
            }
            Stmt::Return(_) => {
                if !matches!(self.scope().kind, ScopeKind::Function { .. }) {
                    self.error("'return' outside function", span);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Break(_) | Stmt::Continue(_) => {
                if self.scope().loops == 0 {
                    let message = if matches!(stmt, Stmt::Break(_)) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.error(message, span);
                }
            }
            Stmt::Global(g) => self.declaration(&g.names, true, span),
            Stmt::Nonlocal(n) => self.declaration(&n.names, false, span),
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(name), true) = (&*a.target, a.simple) {
                    let id = name.id.as_str();
                    let cur = self.scope().flags.get(id).copied().unwrap_or(0);
                    if self.scope().kind != ScopeKind::Module {
                        if cur & flag::GLOBAL != 0 {
                            self.error(format!("annotated name '{id}' can't be global"), span);
                        } else if cur & flag::NONLOCAL != 0 {
                            self.error(format!("annotated name '{id}' can't be nonlocal"), span);
                        }
                    }
                    let bits = if a.value.is_some() {
                        flag::ANNOT | flag::LOCAL
                    } else {
                        flag::ANNOT
                    };
                    self.define(id, bits, span);
                } else {
                    self.visit_expr(&a.target);
                }
                self.visit_expr(&a.annotation);
                if let Some(value) = &a.value {
                    self.visit_expr(value);
                }
            }
            Stmt::Import(imp) => {
                for alias in &imp.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or_default(),
                    };
                    self.define(bound, flag::IMPORT, span);
                }
            }
            Stmt::ImportFrom(imp) => {
                if is_future(imp) && !self.leading_futures.contains(&span) {
                    self.error(
                        "from __future__ imports must occur at the beginning of the file",
                        span,
                    );
                }
                for alias in &imp.names {
                    if alias.name.as_str() == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            self.error("import * only allowed at module level", span);
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
                    self.define(bound, flag::IMPORT, span);
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_expr(&f.iter);
                self.in_blocks(1, true, span, |this| this.visit_body(&f.body));
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.in_blocks(1, true, span, |this| this.visit_body(&w.body));
                self.visit_body(&w.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_with_item(item);
                }
                self.in_blocks(w.items.len(), false, span, |this| this.visit_body(&w.body));
            }
            Stmt::Try(t) => {
                // CPython 3.11: the body runs inside one block (two with
                // both handlers and `finally`), each handler inside two
                // more than the `try`'s own, `finally` inside one.
                let finally = usize::from(!t.finalbody.is_empty());
                let handlers = usize::from(!t.handlers.is_empty());
                self.in_blocks(finally + handlers, false, span, |this| {
                    this.visit_body(&t.body)
                });
                self.in_blocks(finally, false, span, |this| this.visit_body(&t.orelse));
                for handler in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(type_) = &h.type_ {
                        self.visit_expr(type_);
                    }
                    if let Some(name) = &h.name {
                        self.define(name.as_str(), flag::LOCAL, Span::from(name.range()));
                    }
                    self.in_blocks(finally + 2, false, Span::from(h.range()), |this| {
                        this.visit_body(&h.body)
                    });
                }
                self.in_blocks(finally, false, span, |this| this.visit_body(&t.finalbody));
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        let span = Span::from(expr.range());
        match expr {
            Expr::Name(name) => {
                let bits = match name.ctx {
                    ExprContext::Load => flag::USE,
                    _ => flag::LOCAL,
                };
                self.define(name.id.as_str(), bits, span);
            }
            Expr::Named(named) => {
                if let Expr::Name(target) = &*named.target {
                    let scope = self.binding_scope();
                    *self.scopes[scope]
                        .flags
                        .entry(target.id.to_string())
                        .or_insert(0) |= flag::LOCAL;
                }
                self.visit_expr(&named.value);
            }
            Expr::Lambda(lambda) => {
                if let Some(params) = &lambda.parameters {
                    self.parameter_values(params, false);
                }
                self.in_scope(ScopeKind::Lambda, |this| {
                    if let Some(params) = &lambda.parameters {
                        this.parameters(params);
                    }
                    this.visit_expr(&lambda.body);
                });
            }
            Expr::ListComp(c) => self.comprehension("list comprehension", &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension("set comprehension", &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.comprehension("generator expression", &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => {
                let elements: Vec<&Expr> =
                    c.key.as_deref().into_iter().chain([&*c.value]).collect();
                self.comprehension("dict comprehension", &c.generators, &elements)
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let kind = self.scope().kind;
                match kind {
                    ScopeKind::Comprehension(name) => {
                        self.error(format!("'yield' inside {name}"), span)
                    }
                    ScopeKind::Module | ScopeKind::Class => {
                        self.error("'yield' outside function", span)
                    }
                    ScopeKind::Function { is_async: true }
                        if matches!(expr, Expr::YieldFrom(_)) =>
                    {
                        self.error("'yield from' inside async function", span)
                    }
                    _ => {}
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                match self.scope().kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        self.error("'await' outside function", span)
                    }
                    ScopeKind::Function { is_async: false } | ScopeKind::Lambda => {
                        self.error("'await' outside async function", span)
                    }
                    _ => {}
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Call(call) => {
                let mut seen: Vec<&str> = Vec::new();
                for keyword in &call.arguments.keywords {
                    let Some(arg) = &keyword.arg else { continue };
                    if seen.contains(&arg.as_str()) {
                        self.error(
                            format!("keyword argument repeated: {}", arg.as_str()),
                            Span::from(keyword.range()),
                        );
                    }
                    seen.push(arg.as_str());
                }
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        let name = match pattern {
            Pattern::MatchAs(p) => p.name.as_ref(),
            Pattern::MatchStar(p) => p.name.as_ref(),
            Pattern::MatchMapping(p) => p.rest.as_ref(),
            _ => None,
        };
        if let Some(name) = name {
            self.define(name.as_str(), flag::LOCAL, Span::from(name.range()));
        }
        visitor::walk_pattern(self, pattern);
    }
}
