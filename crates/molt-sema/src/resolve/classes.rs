//! User classes: `class` statements at module level, their methods,
//! instance construction, `super()` calls and attribute stores.
//!
//! A class statement becomes a call of the runtime's class constructor
//! with the class namespace (class attributes and method function
//! objects, in definition order) and the names of the instance's fixed
//! fields: every attribute a method of the class assigns on its first
//! parameter, the base's fields first. Methods are ordinary functions
//! named by their qualified name (`C.m`), with the instance as their first
//! parameter; `C(args)` allocates the instance and calls `__init__`
//! directly, its arguments bound at compile time; `super().m(args)` is a
//! direct call of the method the base classes define. Everything else
//! (attribute reads and method calls on instances) is dispatched by the
//! runtime on the instance's class.

use super::{span, Default, Resolver, Scope};
use crate::hir::*;
use molt_syntax::ast::{self, Expr as AExpr, Stmt as AStmt};
use molt_syntax::Span;
use std::collections::HashSet;

/// A module-level class.
pub(super) struct ClassSig {
    /// The class's name.
    pub name: String,
    /// The index of its top-level statement.
    pub order: usize,
    /// Its base class, when that is a user class (an index into the classes).
    pub base: Option<usize>,
    /// The global holding the class object.
    pub global: GlobalId,
    /// Its own methods, in definition order: name, function, parameters.
    pub methods: Vec<MethodSig>,
    /// The instance's fixed fields, the base's first.
    pub fields: Vec<String>,
}

/// A method of a class.
pub(super) struct MethodSig {
    pub name: String,
    pub id: FuncId,
    pub params: Vec<(String, Option<Default>)>,
    pub kind: MethodKind,
}

/// What a method's decorator makes of it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum MethodKind {
    /// No decorator: bound to the instance.
    Plain,
    /// `@staticmethod`.
    Static,
    /// `@classmethod`.
    Class,
    /// `@property`: the getter.
    Getter,
    /// `@name.setter`.
    Setter,
    /// `@name.deleter`.
    Deleter,
}

/// What the method being resolved belongs to (for `super()`).
#[derive(Clone, Copy)]
pub(super) struct MethodCtx {
    pub class: usize,
    /// The method's first parameter, the instance.
    pub this: Option<LocalId>,
}

/// The attributes assigned on `this` (a method's first parameter) anywhere
/// in `body`, in order of first assignment.
fn self_stores(this: &str, body: &[AStmt], out: &mut Vec<String>) {
    fn target(this: &str, t: &AExpr, out: &mut Vec<String>) {
        match t {
            AExpr::Attribute(a) => {
                if matches!(&*a.value, AExpr::Name(n) if n.id.as_str() == this) {
                    let n = a.attr.id.to_string();
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
            AExpr::Tuple(t) => t.elts.iter().for_each(|e| target(this, e, out)),
            AExpr::List(t) => t.elts.iter().for_each(|e| target(this, e, out)),
            AExpr::Starred(s) => target(this, &s.value, out),
            _ => {}
        }
    }
    for s in body {
        match s {
            AStmt::Assign(a) => a.targets.iter().for_each(|t| target(this, t, out)),
            AStmt::AnnAssign(a) => target(this, &a.target, out),
            AStmt::AugAssign(a) => target(this, &a.target, out),
            AStmt::For(f) => {
                target(this, &f.target, out);
                self_stores(this, &f.body, out);
                self_stores(this, &f.orelse, out);
            }
            AStmt::While(w) => {
                self_stores(this, &w.body, out);
                self_stores(this, &w.orelse, out);
            }
            AStmt::If(i) => {
                self_stores(this, &i.body, out);
                for c in &i.elif_else_clauses {
                    self_stores(this, &c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// Is `name` the method of a binary operator (`__add__`, `__radd__`,
/// `__iadd__`, ...)?
pub(super) fn is_operator_dunder(name: &str) -> bool {
    const OPS: [&str; 12] = [
        "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
        "xor",
    ];
    let Some(op) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return false;
    };
    let op = op
        .strip_prefix('r')
        .filter(|o| OPS.contains(o))
        .or_else(|| op.strip_prefix('i').filter(|o| OPS.contains(o)))
        .unwrap_or(op);
    OPS.contains(&op)
}

/// The `def`s of a class body, in order.
fn class_defs(c: &ast::StmtClassDef) -> impl Iterator<Item = &ast::StmtFunctionDef> {
    c.body.iter().filter_map(|s| match s {
        AStmt::FunctionDef(f) => Some(f),
        _ => None,
    })
}

fn is_docstring(s: &AStmt) -> bool {
    matches!(s, AStmt::Expr(e) if matches!(&*e.value, AExpr::StringLiteral(_)))
}

impl Resolver<'_> {
    /// Pass 1 for a module-level `class` statement: checks what it uses,
    /// declares the class (its global and base), and returns whether it is
    /// supported. Methods get their functions in [`Self::declare_methods`].
    pub(super) fn declare_class(&mut self, c: &ast::StmtClassDef, order: usize) -> bool {
        let name = c.name.id.to_string();
        let mut ok = true;
        if let Some(d) = c.decorator_list.first() {
            self.error(
                "M0101",
                "class decorators are not supported yet",
                span(d),
                "remove the decorator",
            );
            ok = false;
        }
        if self.class_ids.contains_key(&name) || self.funcs.contains_key(&name) {
            self.error(
                "M0113",
                format!("`{name}` is defined twice"),
                span(&c.name),
                "give each class and function its own name; redefining one is not supported",
            );
            return false;
        }
        let mut base = None;
        if let Some(args) = &c.arguments {
            if let Some(k) = args.keywords.first() {
                self.error(
                    "M0101",
                    "class keywords (`metaclass=`, ...) are not supported",
                    span(k),
                    "remove the keyword; metaclasses are outside the subset",
                );
                ok = false;
            }
            if args.args.len() > 1 {
                self.error(
                    "M0101",
                    "multiple inheritance is not supported yet",
                    span(&args.args[1]),
                    "derive from one class",
                );
                ok = false;
            }
            match args.args.first() {
                Some(AExpr::Name(b)) if b.id.as_str() == "object" => {}
                Some(AExpr::Name(b)) if self.class_ids.contains_key(b.id.as_str()) => {
                    base = Some(self.class_ids[b.id.as_str()]);
                }
                Some(b) => {
                    let what = match b {
                        AExpr::Name(n) => format!("deriving from `{}`", n.id),
                        _ => "this base class".to_string(),
                    };
                    self.error(
                        "M0101",
                        format!("{what} is not supported yet"),
                        span(b),
                        "derive from `object` or from a class defined earlier in this file",
                    );
                    ok = false;
                }
                None => {}
            }
        }
        let mut body_names: HashSet<String> = HashSet::new();
        let mut properties: HashSet<String> = HashSet::new();
        for s in &c.body {
            match s {
                AStmt::FunctionDef(f) => {
                    match self.method_kind(f, &properties) {
                        Some(MethodKind::Getter) => {
                            properties.insert(f.name.id.to_string());
                        }
                        Some(_) => {}
                        None => ok = false,
                    }
                    body_names.insert(f.name.id.to_string());
                }
                AStmt::Pass(_) => {}
                _ if is_docstring(s) => {}
                AStmt::Assign(a)
                    if a.targets.len() == 1 && matches!(a.targets[0], AExpr::Name(_)) =>
                {
                    self.refuse_class_scope_use(&a.value, &body_names);
                    if let AExpr::Name(n) = &a.targets[0] {
                        body_names.insert(n.id.to_string());
                    }
                }
                AStmt::AnnAssign(a) if matches!(&*a.target, AExpr::Name(_)) => {
                    if let Some(v) = &a.value {
                        self.refuse_class_scope_use(v, &body_names);
                    }
                    if let AExpr::Name(n) = &*a.target {
                        body_names.insert(n.id.to_string());
                    }
                }
                other => {
                    self.error(
                        "M0101",
                        "this statement in a class body is not supported yet",
                        span(other),
                        "class bodies may hold methods (`def`) and attributes (`name = value`)",
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            return false;
        }
        let mut fields = base
            .map(|b: usize| self.classes[b].fields.clone())
            .unwrap_or_default();
        for s in &c.body {
            if let AStmt::FunctionDef(f) = s {
                if let Some(p) = f.parameters.args.first() {
                    self_stores(p.parameter.name.id.as_str(), &f.body, &mut fields);
                }
            }
        }
        let global = self.global(&name);
        self.class_ids.insert(name.clone(), self.classes.len());
        self.classes.push(ClassSig {
            name,
            order,
            base,
            global,
            methods: Vec::new(),
            fields,
        });
        true
    }

    /// The kind of method `f` (by its decorator; `properties` are the
    /// class's properties so far), or `None` after reporting a decorator
    /// Molt does not support.
    pub(super) fn method_kind(
        &mut self,
        f: &ast::StmtFunctionDef,
        properties: &HashSet<String>,
    ) -> Option<MethodKind> {
        let [d] = &f.decorator_list[..] else {
            if let Some(d) = f.decorator_list.get(1) {
                self.error(
                    "M0101",
                    "a method with several decorators is not supported yet",
                    span(d),
                    "keep one of `@staticmethod`, `@classmethod`, `@property`, `@x.setter`",
                );
                return None;
            }
            return Some(MethodKind::Plain);
        };
        let kind = match &d.expression {
            AExpr::Name(n) if self.is_builtin_decorator(n.id.as_str()) => match n.id.as_str() {
                "staticmethod" => Some(MethodKind::Static),
                "classmethod" => Some(MethodKind::Class),
                _ => Some(MethodKind::Getter),
            },
            AExpr::Attribute(a) if matches!(&*a.value, AExpr::Name(p) if properties.contains(p.id.as_str()) && p.id == f.name.id) => {
                match a.attr.id.as_str() {
                    "setter" => Some(MethodKind::Setter),
                    "deleter" => Some(MethodKind::Deleter),
                    _ => None,
                }
            }
            _ => None,
        };
        if kind.is_none() {
            self.error(
                "M0101",
                "this decorator is not supported yet",
                span(d),
                "methods may use `@staticmethod`, `@classmethod`, `@property` and `@x.setter`/`@x.deleter` (named like the property)",
            );
        }
        kind
    }

    /// Is `name` one of the builtin method decorators, not shadowed?
    fn is_builtin_decorator(&self, name: &str) -> bool {
        matches!(name, "staticmethod" | "classmethod" | "property")
            && !self.global_ids.contains_key(name)
            && !self.funcs.contains_key(name)
    }

    /// A class attribute's value may not use an earlier name of the class
    /// body: it is resolved in the module's scope.
    fn refuse_class_scope_use(&mut self, e: &AExpr, body_names: &HashSet<String>) {
        use molt_syntax::ast::visitor::{self, Visitor};
        struct Names<'s>(&'s HashSet<String>, Option<(String, Span)>);
        impl<'a> Visitor<'a> for Names<'_> {
            fn visit_expr(&mut self, e: &'a AExpr) {
                match e {
                    AExpr::Name(n) if self.1.is_none() && self.0.contains(n.id.as_str()) => {
                        self.1 = Some((n.id.to_string(), span(n)));
                    }
                    _ => visitor::walk_expr(self, e),
                }
            }
        }
        let mut names = Names(body_names, None);
        names.visit_expr(e);
        if let Some((n, sp)) = names.1 {
            self.error(
                "M0101",
                format!("a class attribute computed from `{n}`, another name of the class body, is not supported yet"),
                sp,
                "compute the value from module-level names",
            );
        }
    }

    /// Gives every method of class `ci` (declared) its function id.
    pub(super) fn declare_methods(&mut self, ci: usize, c: &ast::StmtClassDef) {
        let mut properties = HashSet::new();
        for s in &c.body {
            if let AStmt::FunctionDef(f) = s {
                let kind = self
                    .method_kind(f, &properties)
                    .unwrap_or(MethodKind::Plain);
                if kind == MethodKind::Getter {
                    properties.insert(f.name.id.to_string());
                }
                let params = self.check_params_of(f, true);
                let (id, _) = self.reserve_lifted(span(&f.name));
                let name = f.name.id.to_string();
                let redefined = !matches!(kind, MethodKind::Setter | MethodKind::Deleter)
                    && self.classes[ci].methods.iter().any(|m| m.name == name);
                if redefined {
                    self.error(
                        "M0113",
                        format!("method `{name}` is defined twice"),
                        span(&f.name),
                        "give each method its own name",
                    );
                }
                // Pushed even when refused: the class's `def`s and its
                // methods correspond by position.
                self.classes[ci].methods.push(MethodSig {
                    name,
                    id,
                    params,
                    kind,
                });
            }
        }
    }

    /// Resolves the bodies of class `ci`'s methods into their functions.
    pub(super) fn method_bodies(&mut self, ci: usize, c: &ast::StmtClassDef) {
        for (k, f) in class_defs(c).enumerate() {
            let Some(m) = self.classes[ci].methods.get(k) else {
                continue;
            };
            let (id, min_args) = (
                m.id,
                m.params.iter().filter(|(_, d)| d.is_none()).count() as u32,
            );
            let qualname = format!("{}.{}", self.classes[ci].name, f.name.id);
            let order = self.classes[ci].order;
            let saved = self.method_ctx.replace(MethodCtx {
                class: ci,
                this: (!f.parameters.args.is_empty()).then_some(LocalId(0)),
            });
            let mut func = self.function_body(f, qualname, order);
            self.method_ctx = saved;
            func.min_args = min_args;
            if let Some(slot) = self.lifted_mut(id) {
                *slot = func;
            }
        }
    }

    /// The method `name` of class `ci` or of its bases, with the class
    /// that defines it.
    fn find_method(&self, mut ci: usize, name: &str) -> Option<(usize, &MethodSig)> {
        loop {
            let plain = |m: &&MethodSig| m.name == name && m.kind == MethodKind::Plain;
            if let Some(m) = self.classes[ci].methods.iter().find(plain) {
                return Some((ci, m));
            }
            ci = self.classes[ci].base?;
        }
    }

    /// The statements of a `class` statement: non-constant method
    /// defaults, then the class object from its namespace.
    pub(super) fn class_stmt(
        &mut self,
        c: &ast::StmtClassDef,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) {
        let sp = span(c);
        let Some(&ci) = self.class_ids.get(c.name.id.as_str()) else {
            return;
        };
        let str_expr = |s: &str| Expr {
            kind: ExprKind::Str(s.to_string()),
            ty: Ty::Str,
            span: sp,
        };
        let mut ns = Vec::new();
        let mut k = 0;
        for s in &c.body {
            match s {
                AStmt::FunctionDef(f) => {
                    let Some(m) = self.classes[ci].methods.get(k) else {
                        continue;
                    };
                    k += 1;
                    let (params, kind) = (m.params.clone(), m.kind);
                    // Defaults that are not literals: evaluated now, once.
                    let exprs = f
                        .parameters
                        .args
                        .iter()
                        .filter_map(|a| a.default.as_deref())
                        .filter(|d| !super::is_constant(d));
                    let globals = params.iter().filter_map(|(_, d)| match d {
                        Some(Default::Global(g)) => Some(*g),
                        _ => None,
                    });
                    for (g, d) in globals.collect::<Vec<_>>().into_iter().zip(exprs) {
                        let value = self.expr(d, scope);
                        out.push(Stmt {
                            kind: StmtKind::Assign {
                                targets: vec![Place::Global(g)],
                                value,
                            },
                            span: span(d),
                        });
                    }
                    if matches!(kind, MethodKind::Setter | MethodKind::Deleter) {
                        // Part of the property its getter made.
                        continue;
                    }
                    let func = self.method_value(ci, k - 1);
                    let value = match kind {
                        MethodKind::Plain => func,
                        MethodKind::Static => self.descriptor(0, func, None, None, sp),
                        MethodKind::Class => self.descriptor(1, func, None, None, sp),
                        _ => {
                            // The setter and deleter named like this getter.
                            let part = |me: &mut Self, want: MethodKind| {
                                let j = me.classes[ci]
                                    .methods
                                    .iter()
                                    .position(|m| m.kind == want && m.name == f.name.id.as_str())?;
                                Some(me.method_value(ci, j))
                            };
                            let setter = part(self, MethodKind::Setter);
                            let deleter = part(self, MethodKind::Deleter);
                            self.descriptor(2, func, setter, deleter, sp)
                        }
                    };
                    ns.push((str_expr(f.name.id.as_str()), value));
                }
                AStmt::Assign(a) => {
                    if let AExpr::Name(n) = &a.targets[0] {
                        let v = self.expr(&a.value, scope);
                        ns.push((str_expr(n.id.as_str()), v));
                    }
                }
                AStmt::AnnAssign(a) => {
                    if let (AExpr::Name(n), Some(v)) = (&*a.target, &a.value) {
                        let v = self.expr(v, scope);
                        ns.push((str_expr(n.id.as_str()), v));
                    }
                }
                _ => {}
            }
        }
        let class = &self.classes[ci];
        let base = match class.base {
            Some(b) => Self::mk(ExprKind::Global(self.classes[b].global), sp),
            None => Self::mk(ExprKind::None, sp),
        };
        let fields: Vec<Expr> = class.fields.iter().map(|f| str_expr(f)).collect();
        let args = vec![
            str_expr(&class.name),
            base,
            Self::mk(ExprKind::Tuple(fields), sp),
            Self::mk(ExprKind::Dict(ns), sp),
        ];
        out.push(Stmt {
            kind: StmtKind::Assign {
                targets: vec![Place::Global(class.global)],
                value: Self::mk(ExprKind::Builtin(Builtin::ClassNew, args), sp),
            },
            span: sp,
        });
    }

    /// Does some class define a method whose name `pick` accepts?
    pub(super) fn classes_define(&self, pick: impl Fn(&str) -> bool) -> bool {
        self.classes
            .iter()
            .any(|c| c.methods.iter().any(|m| pick(&m.name)))
    }

    /// The function object of method `k` of class `ci` (a wrapper filling
    /// in its defaults when it has some).
    fn method_value(&mut self, ci: usize, k: usize) -> Expr {
        let m = &self.classes[ci].methods[k];
        let (id, params) = (m.id, m.params.clone());
        let qualname = format!("{}.{}", self.classes[ci].name, m.name);
        let sp = Span::new(0, 0);
        if params.iter().any(|(_, d)| d.is_some()) {
            self.wrapper_of(&qualname, id, params, sp)
        } else {
            Self::mk(ExprKind::FuncRef(id, Vec::new()), sp)
        }
    }

    /// A `staticmethod` (`kind` 0), `classmethod` (1) or `property` (2)
    /// object around `func`.
    fn descriptor(
        &mut self,
        kind: i64,
        func: Expr,
        setter: Option<Expr>,
        deleter: Option<Expr>,
        sp: Span,
    ) -> Expr {
        let none = || Self::mk(ExprKind::None, sp);
        let args = vec![
            Self::mk(ExprKind::Int(kind.into()), sp),
            func,
            setter.unwrap_or_else(none),
            deleter.unwrap_or_else(none),
        ];
        Self::mk(ExprKind::Builtin(Builtin::Descriptor, args), sp)
    }

    /// The class named `name` here (not shadowed by a local), if any.
    pub(super) fn class_named(&self, name: &str, scope: &Scope) -> Option<usize> {
        if scope.locals.contains_key(name) {
            return None;
        }
        self.class_ids.get(name).copied()
    }

    /// `C(args)`: a new instance of class `ci`, initialised by a direct
    /// call of its `__init__` with the arguments bound now.
    pub(super) fn class_call(&mut self, ci: usize, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        let cls = Self::mk(ExprKind::Global(self.classes[ci].global), sp);
        let new = Self::mk(ExprKind::Builtin(Builtin::InstanceNew, vec![cls]), sp);
        let Some((owner, init)) = self.find_method(ci, "__init__") else {
            if c.arguments.args.is_empty() && c.arguments.keywords.is_empty() {
                return new;
            }
            let args = self.call_args(c, scope);
            let msg = format!("{}() takes no arguments", self.classes[ci].name);
            return Self::mk(ExprKind::BadCall(args, msg), sp);
        };
        let (id, params) = (init.id, init.params.clone());
        let display = format!("{}.__init__", self.classes[owner].name);
        let mut stmts = Vec::new();
        let obj = self.spill(new, scope, &mut stmts, "new");
        let args = match self.bind_call(&display, &params, 1, c, scope) {
            Ok(args) => args,
            Err(bad) => return bad,
        };
        let mut all = vec![(0, Self::read_local(obj, sp))];
        all.extend(args);
        let call = Self::mk(
            ExprKind::Call {
                func: id,
                args: all,
                check_defined: None,
            },
            sp,
        );
        stmts.push(Stmt {
            kind: StmtKind::Expr(Self::mk(
                ExprKind::Builtin(Builtin::InitResult, vec![call]),
                sp,
            )),
            span: sp,
        });
        Self::mk(
            ExprKind::Block(stmts, Box::new(Self::read_local(obj, sp))),
            sp,
        )
    }

    /// Every argument of a call, positional then keyword, in source order.
    fn call_args(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Vec<Expr> {
        let mut all: Vec<Expr> = c
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect();
        for k in &c.arguments.keywords {
            all.push(self.expr(&k.value, scope));
        }
        all
    }

    /// `super().name(args)` inside a method: a direct call of the method
    /// the class's bases define, on the method's instance. `None` when
    /// this is not such a call.
    pub(super) fn super_call(
        &mut self,
        a: &ast::ExprAttribute,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Option<Expr> {
        let AExpr::Call(inner) = &*a.value else {
            return None;
        };
        if !matches!(&*inner.func, AExpr::Name(n) if n.id.as_str() == "super" && self.is_builtin_name("super", scope))
        {
            return None;
        }
        let sp = span(c);
        let name = a.attr.id.as_str();
        let ctx = match self.method_ctx {
            Some(ctx) if inner.arguments.args.is_empty() && inner.arguments.keywords.is_empty() => {
                ctx
            }
            _ => {
                self.error(
                    "M0101",
                    "only `super().method(...)` inside a method of a class is supported",
                    span(inner),
                    "call the base class's method as `super().name(args)`",
                );
                return Some(Self::mk(ExprKind::None, sp));
            }
        };
        let Some(this) = ctx.this else {
            self.error(
                "M0101",
                "`super()` needs the method's first parameter",
                span(inner),
                "give the method a `self` parameter",
            );
            return Some(Self::mk(ExprKind::None, sp));
        };
        let found = self.classes[ctx.class]
            .base
            .and_then(|b| self.find_method(b, name))
            .map(|(owner, m)| (owner, m.id, m.params.clone()));
        let Some((owner, id, params)) = found else {
            if name == "__init__" {
                // `object.__init__()`: nothing to do, but its arguments are
                // still evaluated and must be none.
                let args = self.call_args(c, scope);
                if args.is_empty() {
                    return Some(Self::mk(ExprKind::None, sp));
                }
                let msg =
                    "object.__init__() takes exactly one argument (the instance to initialize)";
                return Some(Self::mk(ExprKind::BadCall(args, msg.to_string()), sp));
            }
            self.error(
                "M0101",
                format!("the base classes define no method `{name}`"),
                span(a),
                "`super()` reaches the methods of user classes only",
            );
            return Some(Self::mk(ExprKind::None, sp));
        };
        let display = format!("{}.{name}", self.classes[owner].name);
        let args = match self.bind_call(&display, &params, 1, c, scope) {
            Ok(args) => args,
            Err(bad) => return Some(bad),
        };
        let mut all = vec![(0, Self::read_local(this, sp))];
        all.extend(args);
        Some(Self::mk(
            ExprKind::Call {
                func: id,
                args: all,
                check_defined: None,
            },
            sp,
        ))
    }

    /// `obj.name = value` (the value evaluated first, as in CPython).
    pub(super) fn set_attr(
        &mut self,
        a: &ast::ExprAttribute,
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        sp: Span,
    ) {
        let value = match value.kind {
            ExprKind::Local(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None => value,
            _ => {
                let h = self.spill(value, scope, out, "value");
                Self::read_local(h, sp)
            }
        };
        let obj = self.expr(&a.value, scope);
        out.push(Self::set_attr_stmt(obj, a.attr.id.as_str(), value, sp));
    }

    /// The statement `obj.name = value`.
    pub(super) fn set_attr_stmt(obj: Expr, name: &str, value: Expr, sp: Span) -> Stmt {
        let name = Expr {
            kind: ExprKind::Str(name.to_string()),
            ty: Ty::Str,
            span: sp,
        };
        Stmt {
            kind: StmtKind::Expr(Self::mk(
                ExprKind::Builtin(Builtin::SetAttr, vec![obj, name, value]),
                sp,
            )),
            span: sp,
        }
    }
}
