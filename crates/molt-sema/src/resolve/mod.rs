//! AST → HIR: scopes, name resolution, call binding and the subset checks.
//!
//! Everything outside the supported subset is reported here, with a code and
//! a hint, so that lowering never meets a construct it cannot compile.

use crate::hir::*;
use molt_syntax::ast::{self, Expr as AExpr, Stmt as AStmt};
use molt_syntax::{Diagnostic, Ranged, Span};
use num_bigint::BigInt;
use num_traits::Num;
use std::collections::{HashMap, HashSet};

mod aliases;
mod builtin_names;
mod classes;
mod comp;
mod fold;
mod lambda;
mod loops;
mod math;
mod targets;
mod time;
mod typing;

/// A module-level `def`: its HIR id, its position among top-level statements,
/// and its parameters (name, constant default).
struct FuncSig {
    id: FuncId,
    /// The index of the top-level statement that is or holds the `def`.
    order: usize,
    /// Whether the `def` sits inside a module-level `if`, `for` or
    /// `while`: it may run later, or never.
    conditional: bool,
    params: Vec<(String, Option<Default>)>,
    /// The global set when the `def` statement runs: to the function
    /// object when the program uses the function as a value (so every
    /// mention of it is the same object), else to None.
    defined_flag: GlobalId,
}

/// A parameter's default value.
#[derive(Clone)]
enum Default {
    /// A literal, evaluated at each call (indistinguishable from once).
    Const(ast::Expr),
    /// Anything else: evaluated once when the `def` runs, kept in a hidden global.
    Global(GlobalId),
}

/// The state of one resolution run.
pub(crate) struct Resolver<'a> {
    diags: Vec<Diagnostic>,
    funcs: HashMap<String, FuncSig>,
    globals: Vec<Global>,
    global_ids: HashMap<String, GlobalId>,
    /// Local name → math function or constant, from `import math` / `from math import`.
    math_aliases: HashSet<String>,
    math_names: HashMap<String, String>,
    /// Local names of the `sys` module (`import sys [as s]`) and of names
    /// imported from it (`from sys import argv`: local -> attribute).
    sys_aliases: HashSet<String>,
    sys_names: HashMap<String, String>,
    /// Local names of the `time` module and of its functions.
    time: time::TimeNames,
    /// Local names of the `typing` module and of names imported from it.
    typing_aliases: HashSet<String>,
    typing_names: HashMap<String, String>,
    /// Module-level type aliases (`Matrix = list[list[float]]`): names for
    /// annotations only, never made into variables.
    type_aliases: HashSet<String>,
    program_funcs: Vec<Function>,
    /// Lifted lambdas, appended after the defs.
    lambdas: Vec<Function>,
    /// The id the next lambda gets (after every def's).
    next_func_id: u32,
    /// The wrappers that fill in defaults for functions used as values.
    default_wrappers: HashMap<String, FuncId>,
    /// Lifted functions standing for builtins used as values, by source.
    builtin_values: HashMap<String, FuncId>,
    /// Names the program mentions other than as the callee of a call: the
    /// functions among them are used as values.
    func_values: HashSet<String>,
    /// Each function's local aliases of functions (see `aliases`).
    aliases: HashMap<String, aliases::Aliases>,
    /// The module's docstring (`__doc__`), if it has one.
    module_doc: Option<String>,
    /// The main file's path as given (`__file__` is made absolute at run time).
    path: String,
    /// The module's classes, in definition order, and their indices by name.
    classes: Vec<classes::ClassSig>,
    class_ids: HashMap<String, usize>,
    /// The class of the method being resolved, if any.
    method_ctx: Option<classes::MethodCtx>,
    /// Module-level classes refused with their own diagnostics (by the
    /// offset of their `class` statement).
    refused_classes: HashSet<u32>,
    _src: &'a str,
}

/// The scope being resolved.
struct Scope {
    /// Index of the function in the module's top-level order (`None` for module code).
    order: Option<usize>,
    /// Top-level statement index currently resolved (module code only).
    stmt_index: usize,
    locals: HashMap<String, LocalId>,
    local_vec: Vec<Local>,
    loop_depth: u32,
    /// Locals a lambda may capture by value, from which source offset
    /// (see `lambda::capturable`).
    captures: HashMap<String, u32>,
    /// Locals that alias a module-level function (see `aliases`).
    aliases: aliases::Aliases,
}

impl Scope {
    /// An empty scope for a function body (`order`, `stmt_index`: see the fields).
    fn function(order: Option<usize>, stmt_index: usize) -> Scope {
        Scope {
            order,
            stmt_index,
            locals: HashMap::new(),
            local_vec: Vec::new(),
            loop_depth: 0,
            captures: HashMap::new(),
            aliases: aliases::Aliases::new(),
        }
    }
}

fn span(r: &impl Ranged) -> Span {
    Span::from(r.range())
}

/// What of `sys` Molt supports.
const SYS_NAMES: &[&str] = &["argv", "stdin", "stdout", "stderr", "exit", "maxsize"];
const SYS_HELP: &str =
    "supported: sys.argv, sys.stdin, sys.stdout, sys.stderr, sys.exit, sys.maxsize";

impl<'a> Resolver<'a> {
    pub(crate) fn new(src: &'a str) -> Self {
        Resolver {
            diags: Vec::new(),
            funcs: HashMap::new(),
            globals: Vec::new(),
            global_ids: HashMap::new(),
            math_aliases: HashSet::new(),
            math_names: HashMap::new(),
            sys_aliases: HashSet::new(),
            time: time::TimeNames::default(),
            typing_aliases: HashSet::new(),
            typing_names: HashMap::new(),
            type_aliases: HashSet::new(),
            sys_names: HashMap::new(),
            program_funcs: Vec::new(),
            lambdas: Vec::new(),
            next_func_id: 0,
            builtin_values: HashMap::new(),
            default_wrappers: HashMap::new(),
            module_doc: None,
            path: String::new(),
            func_values: HashSet::new(),
            aliases: HashMap::new(),
            classes: Vec::new(),
            class_ids: HashMap::new(),
            method_ctx: None,
            refused_classes: HashSet::new(),
            _src: src,
        }
    }

    fn error(&mut self, code: &'static str, msg: impl Into<String>, sp: Span, help: &str) {
        let mut d = Diagnostic::error(code, msg, sp);
        if !help.is_empty() {
            d = d.with_help(help);
        }
        self.diags.push(d);
    }

    fn global(&mut self, name: &str) -> GlobalId {
        if let Some(&g) = self.global_ids.get(name) {
            return g;
        }
        let g = GlobalId(self.globals.len() as u32);
        self.globals.push(Global {
            name: name.to_string(),
            ty: Ty::Never,
        });
        self.global_ids.insert(name.to_string(), g);
        g
    }

    /// Resolves a whole module into a program.
    pub(crate) fn resolve_module(
        mut self,
        path: &str,
        module: &ast::ModModule,
    ) -> Result<Program, Vec<Diagnostic>> {
        self.path = path.to_string();
        self.module_doc = builtin_names::module_docstring(&module.body);
        // Pass 1: module-level defs, imports and bound names.
        let mut defs = Vec::new();
        let mut module_defs = Vec::new();
        for (i, stmt) in module.body.iter().enumerate() {
            collect_module_defs(stmt, i, false, &mut module_defs);
            if let AStmt::Import(_) | AStmt::ImportFrom(_) = stmt {
                self.import(stmt);
            }
            if let AStmt::If(_) = stmt {
                self.refuse_imports_in_if(stmt);
            }
            if let AStmt::Assign(_) | AStmt::AnnAssign(_) = stmt {
                self.note_type_alias(stmt);
            }
        }
        let mut class_defs = Vec::new();
        for (i, stmt) in module.body.iter().enumerate() {
            if let AStmt::ClassDef(c) = stmt {
                if self.declare_class(c, i) {
                    class_defs.push((self.classes.len() - 1, c));
                } else {
                    self.refused_classes.insert(span(c).start);
                }
            }
        }
        let def_names: HashSet<String> = module_defs
            .iter()
            .map(|(_, _, f)| f.name.id.to_string())
            .collect();
        for (_, _, f) in &module_defs {
            let al = Self::function_aliases(f, &def_names);
            if !al.is_empty() {
                self.aliases.insert(f.name.id.to_string(), al);
            }
        }
        let skip = aliases::alias_values(module_defs.iter().map(|(_, _, f)| *f), &self.aliases);
        self.func_values = names_used_as_values(&module.body, &skip);
        for (i, conditional, f) in module_defs {
            let name = f.name.id.to_string();
            if self.class_ids.contains_key(&name) {
                self.error(
                    "M0113",
                    format!("`{name}` names a class and a function"),
                    span(&f.name),
                    "give each class and function its own name",
                );
                continue;
            }
            if self.funcs.contains_key(&name) {
                self.error(
                    "M0113",
                    format!("function `{name}` is defined twice"),
                    span(&f.name),
                    "give each function its own name; redefining a function is not supported",
                );
                continue;
            }
            self.refuse_time_rebinding(&name, span(&f.name), "defined as a function");
            let id = FuncId(defs.len() as u32 + 1);
            let params = self.check_params(f);
            // The flag global is named like the function (for NameError's
            // message) but kept out of `global_ids`: it is not a variable.
            let flag = GlobalId(self.globals.len() as u32);
            self.globals.push(Global {
                name: name.clone(),
                ty: Ty::Never,
            });
            self.funcs.insert(
                name,
                FuncSig {
                    id,
                    order: i,
                    conditional,
                    params,
                    defined_flag: flag,
                },
            );
            defs.push(f);
        }
        let mut bound = Vec::new();
        for stmt in &module.body {
            collect_bound(stmt, &mut bound);
        }
        // An alias bound anywhere else too is an ordinary variable.
        let aliases: Vec<String> = self.type_aliases.iter().cloned().collect();
        for a in aliases {
            if bound.iter().filter(|(n, _)| *n == a).count() > 1 {
                self.type_aliases.remove(&a);
            }
        }
        bound.retain(|(n, _)| !self.type_aliases.contains(n));
        for (name, sp) in &bound {
            if builtin_names::MODULE_DUNDERS.contains(&name.as_str()) {
                self.error(
                    "M0110",
                    format!("assigning `{name}` is not supported"),
                    *sp,
                    "use a variable of your own",
                );
            } else if self.funcs.contains_key(name) {
                self.error(
                    "M0113",
                    format!("`{name}` names a function and is also assigned"),
                    *sp,
                    "use a different variable name; rebinding a function is not supported yet",
                );
            } else if self.class_ids.contains_key(name) {
                self.error(
                    "M0113",
                    format!("`{name}` names a class and is also assigned"),
                    *sp,
                    "use a different variable name; rebinding a class is not supported yet",
                );
            } else {
                self.refuse_time_rebinding(name, *sp, "assigned");
                self.global(name);
            }
        }
        // Names declared `global` inside functions and assigned there are globals too.
        for f in &defs {
            let mut declared = Vec::new();
            collect_global_decls(&f.body, &mut declared);
            for name in declared {
                if !self.funcs.contains_key(&name) {
                    self.global(&name);
                }
            }
        }

        self.next_func_id = defs.len() as u32 + 1;
        for (ci, c) in &class_defs {
            self.declare_methods(*ci, c);
        }
        // Pass 2: the module body (function 0), then each def.
        let mut scope = Scope {
            order: None,
            stmt_index: 0,
            locals: HashMap::new(),
            local_vec: Vec::new(),
            loop_depth: 0,
            captures: HashMap::new(),
            aliases: aliases::Aliases::new(),
        };
        let mut body = Vec::new();
        for (i, stmt) in module.body.iter().enumerate() {
            scope.stmt_index = i;
            self.stmt(stmt, &mut scope, &mut body, &HashSet::new());
        }
        let main = Function {
            min_args: 0,
            hidden_frame: false,
            name: "<module>".into(),
            params: Vec::new(),
            locals: scope.local_vec,
            ret: Ty::None,
            body,
            span: Span::new(0, 0),
        };
        self.program_funcs.push(main);
        for f in defs {
            let func = self.function(f);
            self.program_funcs.push(func);
        }
        for (ci, c) in &class_defs {
            self.method_bodies(*ci, c);
        }
        let lambdas = std::mem::take(&mut self.lambdas);
        self.program_funcs.extend(lambdas);
        let user_operators = self.classes_define(classes::is_operator_dunder);
        let user_comparisons = self.classes_define(|n| {
            matches!(
                n,
                "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__"
            )
        });
        if self.diags.is_empty() {
            Ok(Program {
                path: path.to_string(),
                funcs: self.program_funcs,
                globals: self.globals,
                main: FuncId(0),
                list_elems: Vec::new(),
                identifiers: collect_identifiers(module),
                user_operators,
                user_comparisons,
            })
        } else {
            self.diags.sort_by_key(|d| d.span.start);
            Err(self.diags)
        }
    }

    /// An import inside a module-level `if`: its module's names are
    /// resolved at compile time, which cannot depend on whether the branch
    /// runs, so it is refused (with the module's own diagnostic too, if it
    /// is not available at all).
    fn refuse_imports_in_if(&mut self, stmt: &AStmt) {
        let AStmt::If(i) = stmt else {
            return;
        };
        let bodies = std::iter::once(&i.body).chain(i.elif_else_clauses.iter().map(|c| &c.body));
        for s in bodies.flatten() {
            match s {
                AStmt::Import(_) | AStmt::ImportFrom(_) => {
                    self.error(
                        "M0108",
                        "imports inside `if` blocks are not supported yet",
                        span(s),
                        "import at the top level of the module",
                    );
                    self.import(s);
                }
                AStmt::If(_) => self.refuse_imports_in_if(s),
                _ => {}
            }
        }
    }

    fn import(&mut self, stmt: &AStmt) {
        match stmt {
            AStmt::Import(imp) => {
                for alias in &imp.names {
                    if alias.name.id.as_str() == "math" {
                        let local = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
                        self.math_aliases.insert(local);
                    } else if alias.name.id.as_str() == "sys" {
                        let local = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
                        self.sys_aliases.insert(local);
                    } else if alias.name.id.as_str() == "time" {
                        self.time_module_import(alias);
                    } else if alias.name.id.as_str() == "typing" {
                        let local = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
                        self.typing_aliases.insert(local);
                    } else {
                        self.error(
                            "M0108",
                            format!("module `{}` is not available", alias.name.id),
                            span(alias),
                            "only `math`, `sys`, `time` and `typing` can be imported so far",
                        );
                    }
                }
            }
            AStmt::ImportFrom(imp) => {
                let module = imp
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default();
                if imp.level == 0 && module == "typing" {
                    self.typing_import(imp);
                    return;
                }
                if imp.level == 0 && module == "__future__" {
                    typing::future_import(self, imp);
                    return;
                }
                if module == "sys" && imp.level == 0 {
                    let known = |n: &str| SYS_NAMES.contains(&n);
                    for (local, name) in self.imported_names(imp, "sys", &known, SYS_HELP) {
                        self.sys_names.insert(local, name);
                    }
                    return;
                }
                if module == "time" && imp.level == 0 {
                    self.time_import(imp);
                    return;
                }
                if module != "math" || imp.level != 0 {
                    self.error(
                        "M0108",
                        format!("module `{module}` is not available"),
                        span(imp),
                        "only `math`, `sys`, `time` and `typing` can be imported so far",
                    );
                    return;
                }
                self.math_import(imp);
            }
            _ => {}
        }
    }

    /// `from <module> import a, b as c`: (local name, imported name) of each
    /// name `known` accepts; the others are reported.
    fn imported_names(
        &mut self,
        imp: &ast::StmtImportFrom,
        module: &str,
        known: &dyn Fn(&str) -> bool,
        help: &str,
    ) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for alias in &imp.names {
            let name = alias.name.id.to_string();
            if !known(&name) {
                self.error(
                    "M0108",
                    format!("`{module}.{name}` is not supported yet"),
                    span(alias),
                    help,
                );
                continue;
            }
            let local = alias.asname.as_ref().unwrap_or(&alias.name).id.to_string();
            out.push((local, name));
        }
        out
    }

    fn check_params(&mut self, f: &ast::StmtFunctionDef) -> Vec<(String, Option<Default>)> {
        self.check_params_of(f, false)
    }

    /// [`Self::check_params`]; a method's decorators (`decorated`) were
    /// checked by its class.
    fn check_params_of(
        &mut self,
        f: &ast::StmtFunctionDef,
        decorated: bool,
    ) -> Vec<(String, Option<Default>)> {
        let p = &f.parameters;
        if p.vararg.is_some()
            || p.kwarg.is_some()
            || !p.kwonlyargs.is_empty()
            || !p.posonlyargs.is_empty()
        {
            self.error("M0106", "`*args`, `**kwargs`, keyword-only and positional-only parameters are not supported yet",
                span(&**p), "use plain positional parameters (with defaults if needed)");
        }
        if !f.decorator_list.is_empty() && !decorated {
            self.error(
                "M0101",
                "decorators are not supported yet",
                span(&f.decorator_list[0]),
                "remove the decorator",
            );
        }
        if f.is_async {
            self.error(
                "M0101",
                "`async def` is not supported yet",
                span(&f.name),
                "coroutines come with asyncio in a later release; use a plain `def`",
            );
        }
        let mut out = Vec::new();
        for a in &p.args {
            let pname = a.parameter.name.id.to_string();
            let default = a.default.as_deref().map(|d| {
                if is_constant(d) {
                    Default::Const(d.clone())
                } else {
                    let g = GlobalId(self.globals.len() as u32);
                    self.globals.push(Global {
                        name: format!("{}.<default {pname}>", f.name.id),
                        ty: Ty::Never,
                    });
                    Default::Global(g)
                }
            });
            out.push((pname, default));
        }
        out
    }

    fn function(&mut self, f: &ast::StmtFunctionDef) -> Function {
        let name = f.name.id.to_string();
        let order = self.funcs[&name].order;
        self.function_body(f, name, order)
    }

    /// The function of `def f` named `name` (the qualified name of a
    /// method), at top-level position `order`.
    fn function_body(&mut self, f: &ast::StmtFunctionDef, name: String, order: usize) -> Function {
        let mut declared = Vec::new();
        collect_global_decls(&f.body, &mut declared);
        let declared: HashSet<String> = declared.into_iter().collect();
        let mut scope = Scope {
            order: Some(order),
            stmt_index: 0,
            locals: HashMap::new(),
            local_vec: Vec::new(),
            loop_depth: 0,
            captures: HashMap::new(),
            aliases: aliases::Aliases::new(),
        };
        let pnames: Vec<String> = f
            .parameters
            .args
            .iter()
            .map(|a| a.parameter.name.id.to_string())
            .collect();
        scope.captures = lambda::capturable(&pnames, &f.body);
        scope.aliases = self.aliases.get(&name).cloned().unwrap_or_default();
        let mut params = Vec::new();
        for a in &f.parameters.args {
            let pname = a.parameter.name.id.to_string();
            let id = LocalId(scope.local_vec.len() as u32);
            scope.local_vec.push(Local {
                name: pname.clone(),
                ty: Ty::Never,
            });
            scope.locals.insert(pname, id);
            params.push(id);
        }
        let mut bound = Vec::new();
        for s in &f.body {
            collect_bound(s, &mut bound);
        }
        for (n, sp) in bound {
            if declared.contains(&n) || scope.locals.contains_key(&n) {
                continue;
            }
            if self.funcs.contains_key(&n) {
                self.error(
                    "M0113",
                    format!("`{n}` names a function and is also assigned"),
                    sp,
                    "use a different variable name",
                );
                continue;
            }
            let id = LocalId(scope.local_vec.len() as u32);
            scope.local_vec.push(Local {
                name: n.clone(),
                ty: Ty::Never,
            });
            scope.locals.insert(n, id);
        }
        let mut body = Vec::new();
        for s in &f.body {
            self.stmt(s, &mut scope, &mut body, &declared);
        }
        if falls_through(&body) {
            let sp = Span::new(f.range.end().to_u32(), f.range.end().to_u32());
            let none = Expr {
                kind: ExprKind::None,
                ty: Ty::None,
                span: sp,
            };
            body.push(Stmt {
                kind: StmtKind::Return(none),
                span: sp,
            });
        }
        let min_args = f
            .parameters
            .args
            .iter()
            .filter(|a| a.default.is_none())
            .count() as u32;
        Function {
            name,
            params,
            locals: scope.local_vec,
            ret: Ty::Never,
            body,
            span: span(&f.name),
            min_args,
            hidden_frame: false,
        }
    }

    fn place(&mut self, target: &AExpr, scope: &Scope) -> Option<Place> {
        match target {
            AExpr::Name(n) => {
                let name = n.id.as_str();
                if let Some(&l) = scope.locals.get(name) {
                    Some(Place::Local(l))
                } else {
                    Some(Place::Global(self.global(name)))
                }
            }
            AExpr::Attribute(_) => {
                self.error(
                    "M0110",
                    "an attribute as the target of this statement is not supported yet",
                    span(target),
                    "assign to a plain name, or to an attribute with `obj.name = value`",
                );
                None
            }
            _ => {
                self.error(
                    "M0110",
                    "this assignment target is not supported",
                    span(target),
                    "assign to a plain name, or `a, b = x, y` with plain names",
                );
                None
            }
        }
    }

    fn stmt(
        &mut self,
        s: &AStmt,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        declared: &HashSet<String>,
    ) {
        let sp = span(s);
        let kind = match s {
            AStmt::Expr(e) if matches!(&*e.value, AExpr::EllipsisLiteral(_)) => StmtKind::Pass,
            AStmt::Expr(e) => {
                if scope.order.is_some() || !matches!(&*e.value, AExpr::StringLiteral(_)) {
                    StmtKind::Expr(self.expr(&e.value, scope))
                } else {
                    StmtKind::Pass
                }
            }
            AStmt::Pass(_) => StmtKind::Pass,
            // Out-of-place `break`, `continue`, `return` and misplaced
            // `global` were refused by `syntax_errors` already.
            AStmt::Break(_) | AStmt::Continue(_) => {
                if matches!(s, AStmt::Break(_)) {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            AStmt::Assign(_) | AStmt::AnnAssign(_)
                if scope.order.is_none() && self.is_type_alias_stmt(s) =>
            {
                StmtKind::Pass
            }
            AStmt::Assign(a) => {
                if a.targets.len() == 1 {
                    if let AExpr::Tuple(t) = &a.targets[0] {
                        return self.parallel_assign(t, &a.value, scope, out, sp);
                    }
                }
                let value = self.expr(&a.value, scope);
                if !a.targets.iter().all(|t| matches!(t, AExpr::Name(_))) {
                    // `x[i] = v`, `a = xs[0] = v`, `(a, b), c = ...`: each
                    // target in turn, from one evaluation of the value.
                    if let [t] = &a.targets[..] {
                        return self.assign_target(t, value, scope, out, sp);
                    }
                    let h = self.spill(value, scope, out, "value");
                    for t in &a.targets {
                        let v = Self::read_local(h, sp);
                        self.assign_target(t, v, scope, out, sp);
                    }
                    return;
                }
                let mut targets = Vec::new();
                for t in &a.targets {
                    if let Some(p) = self.place(t, scope) {
                        targets.push(p);
                    }
                }
                StmtKind::Assign { targets, value }
            }
            AStmt::AnnAssign(a) => {
                let Some(v) = &a.value else {
                    out.push(Stmt {
                        kind: StmtKind::Pass,
                        span: sp,
                    });
                    return;
                };
                let value = self.expr(v, scope);
                return self.assign_target(&a.target, value, scope, out, sp);
            }
            AStmt::AugAssign(a) => return self.aug_assign(a, scope, out, sp),
            AStmt::Delete(d) => return self.delete(&d.targets, scope, out),
            AStmt::If(i) => {
                let test = self.expr(&i.test, scope);
                let body = self.block(&i.body, scope, declared);
                let orelse = self.elif_chain(&i.elif_else_clauses, scope, declared);
                StmtKind::If { test, body, orelse }
            }
            AStmt::While(w) => {
                let test = self.expr(&w.test, scope);
                scope.loop_depth += 1;
                let body = self.block(&w.body, scope, declared);
                scope.loop_depth -= 1;
                let orelse = self.block(&w.orelse, scope, declared);
                StmtKind::While { test, body, orelse }
            }
            AStmt::For(f) => return self.for_stmt(f, scope, out, declared),
            AStmt::Return(r) => {
                let value = match &r.value {
                    Some(v) => self.expr(v, scope),
                    None => Expr {
                        kind: ExprKind::None,
                        ty: Ty::None,
                        span: sp,
                    },
                };
                StmtKind::Return(value)
            }
            AStmt::Assert(a) => {
                let test = self.expr(&a.test, scope);
                let msg = a.msg.as_ref().map(|m| self.expr(m, scope));
                StmtKind::Assert { test, msg }
            }
            AStmt::Global(_) => StmtKind::Pass,
            AStmt::FunctionDef(f) => {
                if scope.order.is_some() {
                    self.error(
                        "M0105",
                        "nested functions are not supported yet",
                        span(&f.name),
                        "define the function at module level",
                    );
                    self.check_nested_def(f);
                    return;
                }
                let Some(sig) = self.funcs.get(f.name.id.as_str()) else {
                    return;
                };
                let flag = sig.defined_flag;
                let sig_id = sig.id;
                let computed: Vec<GlobalId> = sig
                    .params
                    .iter()
                    .filter_map(|(_, d)| match d {
                        Some(Default::Global(g)) => Some(*g),
                        _ => None,
                    })
                    .collect();
                if scope.loop_depth > 0 {
                    if let Some(d) = f
                        .parameters
                        .args
                        .iter()
                        .filter_map(|a| a.default.as_deref())
                        .find(|d| !is_constant(d))
                    {
                        self.error(
                            "M0106",
                            "a `def` inside a loop with a default that is not a constant is not supported yet",
                            span(d),
                            "use a literal default, or define the function before the loop",
                        );
                    }
                }
                // Non-literal defaults are evaluated once, when the `def` runs.
                let exprs: Vec<&ast::Expr> = f
                    .parameters
                    .args
                    .iter()
                    .filter_map(|a| a.default.as_deref())
                    .filter(|d| !is_constant(d))
                    .collect();
                for (g, d) in computed.into_iter().zip(exprs) {
                    let value = self.expr(d, scope);
                    out.push(Stmt {
                        kind: StmtKind::Assign {
                            targets: vec![Place::Global(g)],
                            value,
                        },
                        span: span(d),
                    });
                }
                // One function object per execution of the `def`, when the
                // program uses the function as a value.
                let name = f.name.id.as_str();
                let value = if self.func_values.contains(name) {
                    self.func_object(name, sig_id, span(&f.name))
                } else {
                    Expr {
                        kind: ExprKind::None,
                        ty: Ty::None,
                        span: sp,
                    }
                };
                StmtKind::Assign {
                    targets: vec![Place::Global(flag)],
                    value,
                }
            }
            AStmt::ClassDef(c)
                if scope.order.is_none()
                    && self
                        .class_ids
                        .get(c.name.id.as_str())
                        .is_some_and(|&ci| self.classes[ci].order == scope.stmt_index) =>
            {
                return self.class_stmt(c, scope, out);
            }
            AStmt::Import(_) | AStmt::ImportFrom(_) => {
                if scope.order.is_some() || scope.loop_depth > 0 {
                    self.error(
                        "M0108",
                        "imports inside functions are not supported yet",
                        sp,
                        "import at module level",
                    );
                    // Also reports a module that is not available at all.
                    self.import(s);
                }
                StmtKind::Pass
            }
            other => {
                let refused_class =
                    matches!(other, AStmt::ClassDef(_)) && self.refused_classes.contains(&sp.start);
                if !refused_class {
                    let (what, help) = unsupported_stmt(other);
                    self.error("M0101", format!("{what} is not supported yet"), sp, help);
                }
                self.check_refused_stmt(other, scope, declared);
                return;
            }
        };
        out.push(Stmt { kind, span: sp });
    }

    /// Resolves the parts of a refused statement (a class body, a `with`
    /// or `try` block, ...) only to report what else in them is
    /// unsupported, so that one run lists every problem of the file; the
    /// HIR made is dropped.
    fn check_refused_stmt(&mut self, s: &AStmt, scope: &mut Scope, declared: &HashSet<String>) {
        let check = |me: &mut Self, body: &[AStmt], scope: &mut Scope| {
            let _ = me.block(body, scope, declared);
        };
        match s {
            AStmt::ClassDef(c) => {
                let mut inner = Scope::function(Some(0), 0);
                for st in &c.body {
                    match st {
                        // Methods belong to the class: their bodies are checked.
                        AStmt::FunctionDef(f) => self.check_def_body(f),
                        _ => {
                            let mut out = Vec::new();
                            self.stmt(st, &mut inner, &mut out, &HashSet::new());
                        }
                    }
                }
            }
            AStmt::With(w) => {
                for item in &w.items {
                    let _ = self.expr(&item.context_expr, scope);
                }
                check(self, &w.body, scope);
            }
            AStmt::Try(t) => {
                check(self, &t.body, scope);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    check(self, &h.body, scope);
                }
                check(self, &t.orelse, scope);
                check(self, &t.finalbody, scope);
            }
            AStmt::Match(m) => {
                let _ = self.expr(&m.subject, scope);
                for case in &m.cases {
                    check(self, &case.body, scope);
                }
            }
            _ => {}
        }
    }

    /// A nested function, refused: its parameters and body are still
    /// checked for other unsupported constructs.
    fn check_nested_def(&mut self, f: &ast::StmtFunctionDef) {
        self.check_params(f);
        self.check_def_body(f);
    }

    /// Resolves the body of a function Molt does not compile (nested, or a
    /// method) in a scope of its own, only for its diagnostics.
    fn check_def_body(&mut self, f: &ast::StmtFunctionDef) {
        let mut scope = Scope::function(Some(0), 0);
        let mut bound: Vec<(String, Span)> = f
            .parameters
            .iter()
            .map(|p| (p.name().id.to_string(), span(p.name())))
            .collect();
        for s in &f.body {
            collect_bound(s, &mut bound);
        }
        for (n, _) in bound {
            if !scope.locals.contains_key(&n) {
                let id = LocalId(scope.local_vec.len() as u32);
                scope.local_vec.push(Local {
                    name: n.clone(),
                    ty: Ty::Never,
                });
                scope.locals.insert(n, id);
            }
        }
        let mut declared = Vec::new();
        collect_global_decls(&f.body, &mut declared);
        let declared: HashSet<String> = declared.into_iter().collect();
        let _ = self.block(&f.body, &mut scope, &declared);
    }

    fn block(
        &mut self,
        stmts: &[AStmt],
        scope: &mut Scope,
        declared: &HashSet<String>,
    ) -> Vec<Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, scope, &mut out, declared);
        }
        out
    }

    fn elif_chain(
        &mut self,
        clauses: &[ast::ElifElseClause],
        scope: &mut Scope,
        declared: &HashSet<String>,
    ) -> Vec<Stmt> {
        let Some((first, rest)) = clauses.split_first() else {
            return Vec::new();
        };
        match &first.test {
            None => self.block(&first.body, scope, declared),
            Some(t) => {
                let test = self.expr(t, scope);
                let body = self.block(&first.body, scope, declared);
                let orelse = self.elif_chain(rest, scope, declared);
                vec![Stmt {
                    kind: StmtKind::If { test, body, orelse },
                    span: span(first),
                }]
            }
        }
    }

    fn parallel_assign(
        &mut self,
        t: &ast::ExprTuple,
        value: &AExpr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        sp: Span,
    ) {
        let vals = match value {
            AExpr::Tuple(vals)
                if !vals
                    .elts
                    .iter()
                    .chain(&t.elts)
                    .any(|e| matches!(e, AExpr::Starred(_))) =>
            {
                vals
            }
            _ => {
                let value = self.expr(value, scope);
                return self.unpack_into(&t.elts, value, scope, out, sp);
            }
        };
        if vals.elts.len() != t.elts.len() {
            let msg = if vals.elts.len() > t.elts.len() {
                format!("too many values to unpack (expected {})", t.elts.len())
            } else {
                format!(
                    "not enough values to unpack (expected {}, got {})",
                    t.elts.len(),
                    vals.elts.len()
                )
            };
            self.error(
                "M0110",
                format!("this assignment always raises ValueError: {msg}"),
                sp,
                "make both sides the same length",
            );
            return;
        }
        let values: Vec<Expr> = vals.elts.iter().map(|v| self.expr(v, scope)).collect();
        if !t.elts.iter().all(|e| matches!(e, AExpr::Name(_))) {
            // Evaluate every value first, then store left to right.
            let hs: Vec<LocalId> = values
                .into_iter()
                .map(|v| self.spill(v, scope, out, "value"))
                .collect();
            for (e, h) in t.elts.iter().zip(hs) {
                let v = Self::read_local(h, sp);
                self.assign_target(e, v, scope, out, sp);
            }
            return;
        }
        let mut targets = Vec::new();
        for e in &t.elts {
            if let Some(p) = self.place(e, scope) {
                targets.push(p);
            }
        }
        out.push(Stmt {
            kind: StmtKind::ParallelAssign { targets, values },
            span: sp,
        });
    }

    fn for_stmt(
        &mut self,
        f: &ast::StmtFor,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
        declared: &HashSet<String>,
    ) {
        let sp = span(f);
        if f.is_async {
            self.error("M0101", "`async for` is not supported yet", sp, "");
        }
        let src = self.loop_source(&f.target, &f.iter, scope);
        let stmts = self.loop_stmt(
            src,
            &f.target,
            scope,
            sp,
            |this, scope| {
                scope.loop_depth += 1;
                let body = this.block(&f.body, scope, declared);
                scope.loop_depth -= 1;
                body
            },
            |this, scope| this.block(&f.orelse, scope, declared),
        );
        out.extend(stmts);
    }

    /// The place a `for` loop assigns each item to. A tuple target
    /// (`for i, c in ...`) gets a hidden variable and an unpacking statement
    /// to run first in the body.
    fn for_target(
        &mut self,
        target: &AExpr,
        scope: &mut Scope,
        sp: Span,
    ) -> Option<(Place, Vec<Stmt>)> {
        if let AExpr::Name(_) = target {
            return self.place(target, scope).map(|p| (p, Vec::new()));
        }
        let h = self.hidden_local(scope, "for item", sp);
        let mut unpack = Vec::new();
        self.assign_target(target, Self::read_local(h, sp), scope, &mut unpack, sp);
        Some((Place::Local(h), unpack))
    }

    fn is_builtin_name(&self, name: &str, scope: &Scope) -> bool {
        !scope.locals.contains_key(name)
            && !self.global_ids.contains_key(name)
            && !self.funcs.contains_key(name)
    }

    fn binop(&mut self, op: ast::Operator, sp: Span) -> Option<BinOp> {
        use ast::Operator as O;
        Some(match op {
            O::Add => BinOp::Add,
            O::Sub => BinOp::Sub,
            O::Mult => BinOp::Mul,
            O::Div => BinOp::TrueDiv,
            O::FloorDiv => BinOp::FloorDiv,
            O::Mod => BinOp::Mod,
            O::Pow => BinOp::Pow,
            O::LShift => BinOp::LShift,
            O::RShift => BinOp::RShift,
            O::BitAnd => BinOp::BitAnd,
            O::BitOr => BinOp::BitOr,
            O::BitXor => BinOp::BitXor,
            O::MatMult => {
                self.error("M0102", "the `@` operator is not supported", sp, "");
                return None;
            }
        })
    }

    fn mk(kind: ExprKind, sp: Span) -> Expr {
        Expr {
            kind,
            ty: Ty::Never,
            span: sp,
        }
    }

    fn expr(&mut self, e: &AExpr, scope: &mut Scope) -> Expr {
        let sp = span(e);
        let kind = match e {
            AExpr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => ExprKind::Int(int_literal(i)),
                ast::Number::Float(f) => ExprKind::Float(*f),
                ast::Number::Complex { .. } => {
                    self.error("M0102", "complex numbers are not supported", sp, "");
                    ExprKind::None
                }
            },
            AExpr::StringLiteral(s) => ExprKind::Str(s.value.to_str().to_string()),
            AExpr::BytesLiteral(b) => ExprKind::Bytes(b.value.bytes().collect()),
            AExpr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            AExpr::NoneLiteral(_) => ExprKind::None,
            AExpr::Name(n) => return self.name(n.id.as_str(), sp, scope),
            AExpr::BinOp(b) => {
                let l = self.expr(&b.left, scope);
                let r = self.expr(&b.right, scope);
                match self.binop(b.op, sp) {
                    Some(op) => ExprKind::Binary(op, Box::new(l), Box::new(r)),
                    None => ExprKind::None,
                }
            }
            AExpr::UnaryOp(u) => {
                let v = Box::new(self.expr(&u.operand, scope));
                match u.op {
                    ast::UnaryOp::Not => ExprKind::Not(v),
                    ast::UnaryOp::USub => ExprKind::Unary(UnaryOp::Neg, v),
                    ast::UnaryOp::UAdd => ExprKind::Unary(UnaryOp::Pos, v),
                    ast::UnaryOp::Invert => ExprKind::Unary(UnaryOp::Invert, v),
                }
            }
            AExpr::BoolOp(b) => {
                let vals = b.values.iter().map(|v| self.expr(v, scope)).collect();
                ExprKind::BoolOp(matches!(b.op, ast::BoolOp::And), vals)
            }
            AExpr::If(i) => {
                let t = self.expr(&i.test, scope);
                let a = self.expr(&i.body, scope);
                let b = self.expr(&i.orelse, scope);
                ExprKind::IfExp(Box::new(t), Box::new(a), Box::new(b))
            }
            AExpr::Compare(c) => return self.compare(c, scope),
            AExpr::Tuple(t) if t.elts.iter().any(|e| matches!(e, AExpr::Starred(_))) => {
                let items = self.spread(&t.elts, scope);
                ExprKind::Builtin(Builtin::Tuple, vec![items])
            }
            AExpr::Tuple(t) if !t.elts.iter().any(|e| matches!(e, AExpr::Starred(_))) => {
                ExprKind::Tuple(t.elts.iter().map(|e| self.expr(e, scope)).collect())
            }
            AExpr::List(_)
            | AExpr::Set(_)
            | AExpr::Dict(_)
            | AExpr::ListComp(_)
            | AExpr::SetComp(_)
            | AExpr::DictComp(_) => match self.display(e, scope) {
                Some(k) => k,
                None => {
                    let (what, help) = unsupported_expr(e);
                    self.error("M0102", format!("{what} is not supported yet"), sp, help);
                    ExprKind::None
                }
            },
            AExpr::Lambda(l) => return self.lambda(l, scope),
            AExpr::Generator(_) => {
                self.error(
                    "M0102",
                    "a generator expression is not supported here yet",
                    sp,
                    "pass it directly to sum(), any(), all(), min(), max(), sorted(), list(), tuple(), set(), dict() or str.join(), or use a list comprehension",
                );
                ExprKind::None
            }
            AExpr::Subscript(sub) => {
                let value = Box::new(self.expr(&sub.value, scope));
                match &*sub.slice {
                    AExpr::Slice(sl) => {
                        let mut part = |e: &Option<Box<AExpr>>, me: &mut Self| {
                            e.as_ref().map(|e| Box::new(me.expr(e, scope)))
                        };
                        let lo = part(&sl.lower, self);
                        let hi = part(&sl.upper, self);
                        let st = part(&sl.step, self);
                        ExprKind::Slice(value, lo, hi, st)
                    }
                    // `x[a:b, c]`: a tuple of slice objects and values.
                    AExpr::Tuple(t) if t.elts.iter().any(|e| matches!(e, AExpr::Slice(_))) => {
                        let items = t
                            .elts
                            .iter()
                            .map(|e| match e {
                                AExpr::Slice(sl) => {
                                    let bounds = self.slice_bounds(sl, scope).to_vec();
                                    Self::mk(ExprKind::Builtin(Builtin::SliceNew, bounds), span(e))
                                }
                                other => self.expr(other, scope),
                            })
                            .collect();
                        let key = Self::mk(ExprKind::Tuple(items), span(&*sub.slice));
                        ExprKind::Index(value, Box::new(key))
                    }
                    other => ExprKind::Index(value, Box::new(self.expr(other, scope))),
                }
            }
            AExpr::FString(f) => {
                let mut parts = Vec::new();
                for part in f.value.as_slice() {
                    match part {
                        ast::FStringPart::Literal(l) => parts.push(FPart::Lit(l.value.to_string())),
                        ast::FStringPart::FString(fs) => {
                            self.fstring_elements(&fs.elements, scope, &mut parts)
                        }
                    }
                }
                ExprKind::FString(parts)
            }
            AExpr::Call(c) => return self.call(c, scope),
            AExpr::EllipsisLiteral(_) => ExprKind::Builtin(Builtin::Ellipsis, Vec::new()),
            AExpr::Attribute(a) => {
                if let AExpr::Name(m) = &*a.value {
                    if self.math_aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope)
                    {
                        return self.math_value(a.attr.id.as_str(), sp);
                    }
                    if self.time.aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope)
                    {
                        return self.time_value(a.attr.id.as_str(), sp);
                    }
                }
                return self.attribute(a, scope);
            }
            other => {
                let (what, help) = unsupported_expr(other);
                self.error("M0102", format!("{what} is not supported yet"), sp, help);
                ExprKind::None
            }
        };
        Self::mk(kind, sp)
    }

    /// `sys.<attr>` as a value.
    fn sys_value(&mut self, attr: &str, sp: Span) -> Expr {
        let kind = match attr {
            "stdin" => ExprKind::Builtin(Builtin::SysStdin, Vec::new()),
            "stdout" => ExprKind::Builtin(Builtin::SysStdout, Vec::new()),
            "stderr" => ExprKind::Builtin(Builtin::SysStderr, Vec::new()),
            "argv" => ExprKind::Builtin(Builtin::SysArgv, Vec::new()),
            "maxsize" => ExprKind::Int(BigInt::from(i64::MAX)),
            "setrecursionlimit" | "getrecursionlimit" => {
                self.error(
                    "M0102",
                    format!("`sys.{attr}` is not supported yet"),
                    sp,
                    "Molt's recursion limit is CPython's default (1000); remove the call",
                );
                ExprKind::None
            }
            _ => {
                self.error(
                    "M0102",
                    format!("`sys.{attr}` is not supported yet"),
                    sp,
                    SYS_HELP,
                );
                ExprKind::None
            }
        };
        Self::mk(kind, sp)
    }

    /// The standard stream `e` names (`sys.stdout`: 1, `sys.stdout.buffer`:
    /// 4; see [`molt_abi::attrs::stream_has_attr`]), if it names one.
    fn stream_of(&self, e: &AExpr, scope: &Scope) -> Option<u8> {
        let which = |n: &str| match n {
            "stdin" => Some(0),
            "stdout" => Some(1),
            "stderr" => Some(2),
            _ => None,
        };
        match e {
            AExpr::Name(n) if self.is_builtin_name(n.id.as_str(), scope) => {
                which(self.sys_names.get(n.id.as_str())?)
            }
            AExpr::Attribute(a) => match &*a.value {
                AExpr::Name(m)
                    if self.sys_aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope) =>
                {
                    which(a.attr.id.as_str())
                }
                inner if a.attr.id.as_str() == "buffer" => self
                    .stream_of(inner, scope)
                    .filter(|w| *w < 3)
                    .map(|w| w + 3),
                _ => None,
            },
            _ => None,
        }
    }

    /// Reports `stream.attr` for an attribute of a standard stream that
    /// Molt does not support; whether it did.
    fn refuse_stream_attr(&mut self, a: &ast::ExprAttribute, scope: &Scope) -> bool {
        let Some(w) = self.stream_of(&a.value, scope) else {
            return false;
        };
        let attr = a.attr.id.as_str();
        if molt_abi::attrs::stream_has_attr(w, attr) {
            return false;
        }
        let supported = [
            "read",
            "readline",
            "readlines",
            "write",
            "flush",
            "buffer",
            "isatty",
        ]
        .into_iter()
        .filter(|n| molt_abi::attrs::stream_has_attr(w, n))
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
        self.error(
            "M0102",
            format!("the stream attribute `{attr}` is not supported yet"),
            span(a),
            &format!("this stream supports {supported}"),
        );
        true
    }

    /// `sys.exit()` / `sys.exit(code)`.
    fn sys_exit_call(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        if c.arguments.args.len() > 1 || !c.arguments.keywords.is_empty() {
            self.error(
                "M0103",
                "`sys.exit()` takes at most one positional argument",
                sp,
                "this call would raise TypeError",
            );
            return Self::mk(ExprKind::None, sp);
        }
        let code = match c.arguments.args.first() {
            Some(a) => self.expr(a, scope),
            None => Self::mk(ExprKind::Absent, sp),
        };
        Self::mk(ExprKind::Builtin(Builtin::SysExit, vec![code]), sp)
    }

    /// `value.attr` outside a call: `type(x).__name__`, a builtin type's
    /// method as a value (`str.lower`), or an attribute of a builtin value
    /// looked up at run time (`range(3).stop`).
    fn attribute(&mut self, a: &ast::ExprAttribute, scope: &mut Scope) -> Expr {
        let sp = span(a);
        let attr = a.attr.id.to_string();
        if self.refuse_stream_attr(a, scope) {
            return Self::mk(ExprKind::None, sp);
        }
        match &*a.value {
            AExpr::Call(c)
                if attr == "__name__"
                    && c.arguments.args.len() == 1
                    && c.arguments.keywords.is_empty()
                    && matches!(&*c.func, AExpr::Name(n) if n.id.as_str() == "type" && self.is_builtin_name("type", scope)) =>
            {
                let x = self.expr(&c.arguments.args[0], scope);
                Self::mk(ExprKind::Builtin(Builtin::TypeName, vec![x]), sp)
            }
            AExpr::Name(m)
                if self.sys_aliases.contains(m.id.as_str())
                    && self.is_builtin_name(m.id.as_str(), scope) =>
            {
                self.sys_value(&attr, sp)
            }
            AExpr::Name(m)
                if self.typing_aliases.contains(m.id.as_str())
                    && self.is_builtin_name(m.id.as_str(), scope) =>
            {
                self.typing_value(&attr, sp)
            }
            _ if attr.starts_with("__")
                && !matches!(
                    attr.as_str(),
                    "__name__" | "__qualname__" | "__class__" | "__self__" | "__func__"
                ) =>
            {
                self.error(
                    "M0102",
                    format!("the attribute `{attr}` is not supported yet"),
                    sp,
                    "type objects and introspection are being redesigned; functions and types have `__name__`",
                );
                Self::mk(ExprKind::None, sp)
            }
            AExpr::Name(t)
                if self.is_builtin_name(t.id.as_str(), scope)
                    && is_type_name(t.id.as_str())
                    && molt_abi::attrs::type_has_attr(t.id.as_str(), &attr) =>
            {
                // Named `str.lower`: printed as CPython's `<method 'lower'
                // of 'str' objects>` (func::func_repr_into).
                self.builtin_value(
                    &format!("{}.{attr}", t.id),
                    format!("lambda x: x.{attr}()"),
                    sp,
                )
            }
            value => {
                let v = self.expr(value, scope);
                let name = Expr {
                    kind: ExprKind::Str(attr),
                    ty: Ty::Str,
                    span: sp,
                };
                Self::mk(ExprKind::Builtin(Builtin::GetAttr, vec![v, name]), sp)
            }
        }
    }

    fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        scope: &mut Scope,
        out: &mut Vec<FPart>,
    ) {
        for el in elements {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    out.push(FPart::Lit(l.value.to_string()))
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let value = self.expr(&i.expression, scope);
                    let conversion = match i.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    let spec = i.format_spec.as_ref().map(|s| {
                        let mut v = Vec::new();
                        self.fstring_elements(&s.elements, scope, &mut v);
                        v
                    });
                    let debug = i
                        .debug_text
                        .as_ref()
                        .map(|d| format!("{}{}{}", d.leading(), d.expression(), d.trailing()));
                    out.push(FPart::Field {
                        value,
                        conversion,
                        spec,
                        debug,
                    });
                }
            }
        }
    }

    /// The value of the builtin `name` when it has one (a type or a
    /// builtin function Molt can make a value of).
    fn builtin_fallback(&mut self, name: &str, sp: Span) -> Option<Expr> {
        if is_type_name(name) {
            let n = Expr {
                kind: ExprKind::Str(name.to_string()),
                ty: Ty::Str,
                span: sp,
            };
            return Some(Self::mk(
                ExprKind::Builtin(Builtin::TypeObject, vec![n]),
                sp,
            ));
        }
        // Named `builtins.len`: the runtime prints it as CPython's
        // `<built-in function len>` (func::func_repr_into).
        BUILTIN_VALUES.contains(&name).then(|| {
            self.builtin_value(
                &format!("builtins.{name}"),
                format!("lambda x: {name}(x)"),
                sp,
            )
        })
    }

    fn name(&mut self, name: &str, sp: Span, scope: &Scope) -> Expr {
        if let Some(&l) = scope.locals.get(name) {
            return Self::mk(ExprKind::Local(l), sp);
        }
        if let Some(&g) = self.global_ids.get(name) {
            // Named like a builtin: the builtin until the global is assigned.
            if let Some(fallback) = self.builtin_fallback(name, sp) {
                return Self::mk(ExprKind::GlobalOr(g, Box::new(fallback)), sp);
            }
            return Self::mk(ExprKind::Global(g), sp);
        }
        if self.type_aliases.contains(name) {
            return self.type_alias_value(name, sp);
        }
        if let Some(sig) = self.funcs.get(name) {
            if scope.order.is_none() && sig.order > scope.stmt_index {
                return Self::mk(ExprKind::Undefined(name.to_string()), sp);
            }
            // The object the `def` statement made (NameError before it ran).
            return Self::mk(ExprKind::Global(sig.defined_flag), sp);
        }
        if let Some(orig) = self.sys_names.get(name).cloned() {
            return self.sys_value(&orig, sp);
        }
        if let Some(orig) = self.typing_names.get(name).cloned() {
            return self.typing_value(&orig, sp);
        }
        if let Some(orig) = self.math_names.get(name).cloned() {
            return self.math_value(&orig, sp);
        }
        if let Some(&f) = self.time.funcs.get(name) {
            return Self::time_fn_value(f, sp);
        }
        match name {
            "True" => Self::mk(ExprKind::Bool(true), sp),
            "False" => Self::mk(ExprKind::Bool(false), sp),
            "None" => Self::mk(ExprKind::None, sp),
            _ if is_type_name(name) || BUILTIN_VALUES.contains(&name) => self
                .builtin_fallback(name, sp)
                .unwrap_or_else(|| Self::mk(ExprKind::None, sp)),
            _ if BUILTIN_FUNCS.contains(&name) || INTROSPECTION_FUNCS.contains(&name) => {
                self.error(
                    "M0104",
                    format!("builtin `{name}` used as a value"),
                    sp,
                    "call it directly, or wrap it in a lambda",
                );
                Self::mk(ExprKind::None, sp)
            }
            _ if self.sys_aliases.contains(name)
                || self.math_aliases.contains(name)
                || self.time.aliases.contains(name)
                || self.typing_aliases.contains(name) =>
            {
                self.error(
                    "M0104",
                    format!("the module `{name}` used as a value is not supported yet"),
                    sp,
                    "use its attributes directly, e.g. `sys.argv`, `math.pi`",
                );
                Self::mk(ExprKind::None, sp)
            }
            _ => {
                if let Some(e) = self.special_name(name, sp) {
                    return e;
                }
                if self.refuse_builtin(name, sp) {
                    return Self::mk(ExprKind::None, sp);
                }
                Self::mk(ExprKind::Undefined(name.to_string()), sp)
            }
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare, scope: &mut Scope) -> Expr {
        let sp = span(c);
        let first = self.expr(&c.left, scope);
        let mut rest = Vec::new();
        for (op, rhs) in c.ops.iter().zip(c.comparators.iter()) {
            let op = match op {
                ast::CmpOp::Lt => CmpOp::Lt,
                ast::CmpOp::LtE => CmpOp::Le,
                ast::CmpOp::Gt => CmpOp::Gt,
                ast::CmpOp::GtE => CmpOp::Ge,
                ast::CmpOp::Eq => CmpOp::Eq,
                ast::CmpOp::NotEq => CmpOp::Ne,
                ast::CmpOp::Is => CmpOp::Is,
                ast::CmpOp::IsNot => CmpOp::IsNot,
                ast::CmpOp::In => CmpOp::In,
                ast::CmpOp::NotIn => CmpOp::NotIn,
            };
            let r = self.expr(rhs, scope);
            rest.push((op, r));
        }
        Self::mk(ExprKind::Compare(Box::new(first), rest), sp)
    }

    fn call(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        if let Some(e) = self.starred_builtin_call(c, scope) {
            return e;
        }
        if c.arguments
            .args
            .iter()
            .any(|a| matches!(a, AExpr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none())
        {
            self.error(
                "M0103",
                "`*args` and `**kwargs` in calls are not supported yet",
                sp,
                "pass arguments one by one",
            );
            return Self::mk(ExprKind::None, sp);
        }
        if let Some(orig) = self.typing_ref(&c.func, scope) {
            return self.typing_call(&orig, c, scope);
        }
        if lambda::is_value_callee(&c.func) {
            return self.call_value(c, scope);
        }
        let callee = match &*c.func {
            AExpr::Name(n) => n.id.to_string(),
            AExpr::Attribute(a) => match &*a.value {
                AExpr::Name(m)
                    if a.attr.id.as_str() == "exit"
                        && self.sys_aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope) =>
                {
                    return self.sys_exit_call(c, scope);
                }
                AExpr::Name(m)
                    if self.sys_aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope) =>
                {
                    // `sys.argv(...)` and the like: the value, called.
                    let f = self.sys_value(a.attr.id.as_str(), span(a));
                    if matches!(f.kind, ExprKind::None) {
                        return f;
                    }
                    let args = c
                        .arguments
                        .args
                        .iter()
                        .map(|x| self.expr(x, scope))
                        .collect();
                    return Self::mk(ExprKind::CallValue(Box::new(f), args), sp);
                }
                AExpr::Name(m)
                    if self.math_aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope) =>
                {
                    let attr = a.attr.id.to_string();
                    return self.math_call(&attr, c, scope);
                }
                AExpr::Name(m)
                    if self.time.aliases.contains(m.id.as_str())
                        && self.is_builtin_name(m.id.as_str(), scope) =>
                {
                    let attr = a.attr.id.to_string();
                    return self.time_attr_call(&attr, c, scope);
                }
                _ => return self.method_call(a, c, scope),
            },
            _ => {
                self.error(
                    "M0103",
                    "only calls of named functions are supported",
                    sp,
                    "call a function by its name",
                );
                return Self::mk(ExprKind::None, sp);
            }
        };
        if let Some(f) = scope.aliases.get(&callee).cloned() {
            return self.user_call(&f, c, scope);
        }
        if let Some(ci) = self.class_named(&callee, scope) {
            if scope.order.is_none() && self.classes[ci].order >= scope.stmt_index {
                return Self::mk(ExprKind::Undefined(callee), sp);
            }
            return self.class_call(ci, c, scope);
        }
        if scope.locals.contains_key(&callee) || self.global_ids.contains_key(&callee) {
            return self.call_value(c, scope);
        }
        if let Some(orig) = self.math_names.get(&callee).cloned() {
            return self.math_call(&orig, c, scope);
        }
        if let Some(&f) = self.time.funcs.get(&callee) {
            return self.time_call(f, c, scope);
        }
        if self.sys_names.get(&callee).is_some_and(|n| n == "exit") {
            return self.sys_exit_call(c, scope);
        }
        if self.funcs.contains_key(&callee) {
            return self.user_call(&callee, c, scope);
        }
        self.builtin_call(&callee, c, scope)
    }

    /// A new function object for the `def` of `name` (a wrapper filling in
    /// the defaults when it has some).
    fn func_object(&mut self, name: &str, id: FuncId, sp: Span) -> Expr {
        let has_defaults = self
            .funcs
            .get(name)
            .is_some_and(|sig| sig.params.iter().any(|(_, d)| d.is_some()));
        if has_defaults {
            return self.defaults_wrapper(name, sp);
        }
        Self::mk(ExprKind::FuncRef(id, Vec::new()), sp)
    }

    /// Binds the arguments of call `c` to `params` (the first `skip` of
    /// them are bound already, e.g. a method's instance): (parameter index,
    /// argument) in evaluation order, defaults filled in; or, for a call
    /// CPython would reject, a `BadCall` raising its TypeError (`callee` is
    /// the name its messages use).
    fn bind_call(
        &mut self,
        callee: &str,
        params: &[(String, Option<Default>)],
        skip: usize,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Result<Vec<(u32, Expr)>, Expr> {
        let sp = span(c);
        // Evaluate in source order: positional, then keywords (CPython's order).
        let mut ordered: Vec<(usize, Expr)> = Vec::new();
        let mut all = Vec::new();
        let mut problem: Option<String> = None;
        let npos = c.arguments.args.len() + skip;
        if npos > params.len() {
            let required = params.iter().filter(|(_, d)| d.is_none()).count();
            let takes = if required == params.len() {
                format!(
                    "{} positional argument{}",
                    params.len(),
                    if params.len() == 1 { "" } else { "s" }
                )
            } else {
                format!("from {required} to {} positional arguments", params.len())
            };
            problem = Some(format!(
                "{callee}() takes {takes} but {npos} {} given",
                if npos == 1 { "was" } else { "were" }
            ));
        }
        for (i, a) in c.arguments.args.iter().enumerate() {
            let e = self.expr(a, scope);
            if i + skip < params.len() {
                ordered.push((i + skip, e.clone()));
            }
            all.push(e);
        }
        for k in &c.arguments.keywords {
            let kname = k.arg.as_ref().map(|a| a.id.to_string()).unwrap_or_default();
            let e = self.expr(&k.value, scope);
            all.push(e.clone());
            match params.iter().position(|(n, _)| *n == kname) {
                None => {
                    problem.get_or_insert(format!(
                        "{callee}() got an unexpected keyword argument '{kname}'"
                    ));
                }
                Some(i) if i < skip || ordered.iter().any(|(j, _)| *j == i) => {
                    problem.get_or_insert(format!(
                        "{callee}() got multiple values for argument '{kname}'"
                    ));
                }
                Some(i) => ordered.push((i, e)),
            }
        }
        let mut args: Vec<(u32, Expr)> = ordered
            .iter()
            .map(|(i, e)| (*i as u32, e.clone()))
            .collect();
        if problem.is_none() {
            let mut missing = Vec::new();
            for (i, (pname, default)) in params.iter().enumerate().skip(skip) {
                if ordered.iter().any(|(j, _)| *j == i) {
                    continue;
                }
                match default {
                    Some(Default::Const(d)) => {
                        let e = self.expr(d, scope);
                        args.push((i as u32, e));
                    }
                    Some(Default::Global(g)) => {
                        args.push((i as u32, Self::mk(ExprKind::Global(*g), sp)))
                    }
                    None => missing.push(format!("'{pname}'")),
                }
            }
            if !missing.is_empty() {
                let n = missing.len();
                let names = match n {
                    1 => missing[0].clone(),
                    2 => format!("{} and {}", missing[0], missing[1]),
                    _ => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
                };
                problem = Some(format!(
                    "{callee}() missing {n} required positional argument{}: {names}",
                    if n == 1 { "" } else { "s" }
                ));
            }
        }
        match problem {
            Some(msg) => Err(Self::mk(ExprKind::BadCall(all, msg), sp)),
            None => Ok(args),
        }
    }

    fn user_call(&mut self, callee: &str, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        let sig = &self.funcs[callee];
        let (id, order, flag) = (sig.id, sig.order, sig.defined_flag);
        let conditional = sig.conditional;
        let params = sig.params.clone();
        let args = match self.bind_call(callee, &params, 0, c, scope) {
            Ok(args) => args,
            Err(bad) => return bad,
        };
        // Is the function certainly defined when this call runs?
        // (A `def` inside a module-level `if` or loop may not have run.)
        let defined = match scope.order {
            None => {
                if order > scope.stmt_index {
                    return Self::mk(ExprKind::Undefined(callee.to_string()), sp);
                }
                !conditional && order < scope.stmt_index
            }
            Some(caller) => !conditional && order <= caller,
        };
        Self::mk(
            ExprKind::Call {
                func: id,
                args,
                check_defined: if defined { None } else { Some(flag) },
            },
            sp,
        )
    }

    /// `recv.name(args)`: dispatched on the receiver's type at run time.
    fn method_call(
        &mut self,
        a: &ast::ExprAttribute,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Expr {
        let sp = span(c);
        let name = a.attr.id.to_string();
        if self.refuse_stream_attr(a, scope) {
            return Self::mk(ExprKind::None, sp);
        }
        if let Some(e) = self.super_call(a, c, scope) {
            return e;
        }
        if let AExpr::Name(t) = &*a.value {
            if t.id.as_str() == "str"
                && name == "maketrans"
                && self.is_builtin_name("str", scope)
                && (1..=3).contains(&c.arguments.args.len())
                && c.arguments.keywords.is_empty()
            {
                let mut args: Vec<Expr> = c
                    .arguments
                    .args
                    .iter()
                    .map(|x| self.expr(x, scope))
                    .collect();
                while args.len() < 3 {
                    args.push(Self::mk(ExprKind::Absent, sp));
                }
                return Self::mk(ExprKind::Builtin(Builtin::StrMakeTrans, args), sp);
            }
            let bytes_type = matches!(t.id.as_str(), "bytes" | "bytearray")
                && self.is_builtin_name(t.id.as_str(), scope);
            if bytes_type
                && name == "fromhex"
                && c.arguments.args.len() == 1
                && c.arguments.keywords.is_empty()
            {
                let arg = self.expr(&c.arguments.args[0], scope);
                let b = if t.id.as_str() == "bytes" {
                    Builtin::BytesFromHex
                } else {
                    Builtin::ByteArrayFromHex
                };
                return Self::mk(ExprKind::Builtin(b, vec![arg]), sp);
            }
            if bytes_type && name == "maketrans" {
                // A static method: the same on any bytes object, and it
                // always makes bytes.
                let recv = Self::mk(ExprKind::Bytes(Vec::new()), sp);
                let args = c
                    .arguments
                    .args
                    .iter()
                    .map(|x| self.expr(x, scope))
                    .collect();
                if !c.arguments.keywords.is_empty() {
                    self.error(
                        "M0103",
                        "`maketrans()` takes no keyword arguments",
                        sp,
                        "this call would raise TypeError",
                    );
                }
                return Self::mk(
                    ExprKind::MethodCall(Box::new(recv), name, args, Vec::new()),
                    sp,
                );
            }
            if t.id.as_str() == "int" && name == "from_bytes" && self.is_builtin_name("int", scope)
            {
                return self.int_from_bytes(c, scope);
            }
            // Other argument shapes reach the type object's method at run
            // time, which raises CPython's TypeError.
            if t.id.as_str() == "float"
                && name == "fromhex"
                && self.is_builtin_name("float", scope)
                && c.arguments.args.len() == 1
                && !matches!(c.arguments.args[0], AExpr::Starred(_))
                && c.arguments.keywords.is_empty()
            {
                let arg = self.expr(&c.arguments.args[0], scope);
                return Self::mk(ExprKind::Builtin(Builtin::FloatFromHex, vec![arg]), sp);
            }
            if t.id.as_str() == "dict" && name == "fromkeys" && self.is_builtin_name("dict", scope)
            {
                let mut args: Vec<Expr> = c
                    .arguments
                    .args
                    .iter()
                    .map(|x| self.consumed_arg(x, scope))
                    .collect();
                if args.len() == 1 {
                    args.push(Self::mk(ExprKind::None, sp));
                }
                if args.len() != 2 || !c.arguments.keywords.is_empty() {
                    self.error(
                        "M0103",
                        "`dict.fromkeys()` takes 1 or 2 positional arguments",
                        sp,
                        "this call would raise TypeError",
                    );
                    return Self::mk(ExprKind::None, sp);
                }
                return Self::mk(ExprKind::Builtin(Builtin::DictFromKeys, args), sp);
            }
            let tname = t.id.as_str();
            if self.is_builtin_name(tname, scope)
                && is_type_name(tname)
                && molt_abi::attrs::type_has_attr(tname, &name)
                && !matches!(
                    name.as_str(),
                    "maketrans" | "fromhex" | "fromkeys" | "from_bytes"
                )
            {
                return self.unbound_method_call(tname, &name, c, scope);
            }
        }
        let recv = self.expr(&a.value, scope);
        self.method_call_of(recv, name, &c.arguments.args, c, scope)
    }

    /// `recv.name(positional..., keywords...)` with the call's keywords
    /// (`str.join`'s argument is consumed on the spot).
    fn method_call_of(
        &mut self,
        recv: Expr,
        name: String,
        positional: &[AExpr],
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Expr {
        let mut args: Vec<Expr> = positional
            .iter()
            .map(|x| {
                if name == "join" {
                    self.consumed_arg(x, scope)
                } else {
                    self.expr(x, scope)
                }
            })
            .collect();
        let mut kwnames = Vec::new();
        for k in &c.arguments.keywords {
            if let Some(n) = &k.arg {
                kwnames.push(n.id.to_string());
                args.push(self.expr(&k.value, scope));
            }
        }
        Self::mk(
            ExprKind::MethodCall(Box::new(recv), name, args, kwnames),
            span(c),
        )
    }

    /// `str.join(",", xs)`: a builtin type's method called with the
    /// receiver as its first argument, i.e. `",".join(xs)`.
    fn unbound_method_call(
        &mut self,
        tname: &str,
        name: &str,
        c: &ast::ExprCall,
        scope: &mut Scope,
    ) -> Expr {
        let sp = span(c);
        let Some((recv, rest)) = c.arguments.args.split_first() else {
            let args = c
                .arguments
                .keywords
                .iter()
                .map(|k| self.expr(&k.value, scope))
                .collect();
            let msg = format!("unbound method {tname}.{name}() needs an argument");
            return Self::mk(ExprKind::BadCall(args, msg), sp);
        };
        let recv = self.expr(recv, scope);
        self.method_call_of(recv, name.to_string(), rest, c, scope)
    }

    /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, its
    /// keywords bound here. A call CPython would reject with TypeError is
    /// diagnosed instead. When keywords name parameters out of order, the
    /// arguments are first stored in hidden locals so that they are still
    /// evaluated left to right.
    fn int_from_bytes(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        const PARAMS: [&str; 3] = ["bytes", "byteorder", "signed"];
        let sp = span(c);
        let help = "this call would raise TypeError";
        let pos = &c.arguments.args;
        if let Some(s) = pos.iter().find(|a| matches!(a, AExpr::Starred(_))) {
            // Reports the starred argument.
            self.expr(s, scope);
            return Self::mk(ExprKind::None, sp);
        }
        if pos.len() > 2 {
            self.error(
                "M0103",
                format!(
                    "`int.from_bytes()` takes at most 2 positional arguments ({} given)",
                    pos.len()
                ),
                sp,
                help,
            );
            return Self::mk(ExprKind::None, sp);
        }
        // (parameter index, argument) in source order.
        let mut order: Vec<(usize, &AExpr)> = pos.iter().enumerate().collect();
        for k in &c.arguments.keywords {
            let Some(kname) = &k.arg else {
                self.error(
                    "M0103",
                    "`**` arguments to `int.from_bytes()` are not supported",
                    span(k),
                    "pass `byteorder=` and `signed=` by name",
                );
                return Self::mk(ExprKind::None, sp);
            };
            let kname = kname.id.as_str();
            match PARAMS.iter().position(|p| *p == kname) {
                Some(i) if order.iter().all(|(j, _)| *j != i) => order.push((i, &k.value)),
                Some(_) => {
                    self.error(
                        "M0103",
                        format!("`int.from_bytes()` got argument `{kname}` twice"),
                        span(k),
                        help,
                    );
                    return Self::mk(ExprKind::None, sp);
                }
                None => {
                    self.error(
                        "M0103",
                        format!(
                            "`int.from_bytes()` has no parameter `{kname}` (it takes `bytes`, `byteorder` and `signed`)"
                        ),
                        span(k),
                        help,
                    );
                    return Self::mk(ExprKind::None, sp);
                }
            }
        }
        if order.iter().all(|(i, _)| *i != 0) {
            self.error(
                "M0103",
                "`int.from_bytes()` is missing its `bytes` argument",
                sp,
                help,
            );
            return Self::mk(ExprKind::None, sp);
        }
        let in_order = order.windows(2).all(|w| w[0].0 < w[1].0);
        let mut stmts = Vec::new();
        let mut slots: [Option<Expr>; 3] = [None, None, None];
        for (i, a) in order {
            let e = self.expr(a, scope);
            let literal = matches!(
                e.kind,
                ExprKind::Int(_)
                    | ExprKind::Float(_)
                    | ExprKind::Str(_)
                    | ExprKind::Bytes(_)
                    | ExprKind::Bool(_)
                    | ExprKind::None
            );
            slots[i] = Some(if in_order || literal {
                e
            } else {
                let h = self.spill(e, scope, &mut stmts, "from_bytes arg");
                Self::read_local(h, sp)
            });
        }
        let args = slots
            .into_iter()
            .map(|e| e.unwrap_or_else(|| Self::mk(ExprKind::Absent, sp)))
            .collect();
        let call = Self::mk(ExprKind::Builtin(Builtin::IntFromBytes, args), sp);
        if stmts.is_empty() {
            call
        } else {
            Self::mk(ExprKind::Block(stmts, Box::new(call)), sp)
        }
    }

    /// `print(...)` with `file=` or `flush=`: the positional arguments as a
    /// list, then each keyword value in source order (into hidden locals),
    /// then one runtime call.
    fn print_to(&mut self, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        const KEYWORDS: [&str; 4] = ["sep", "end", "file", "flush"];
        let sp = span(c);
        let mut stmts = Vec::new();
        let items: Vec<Expr> = c
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect();
        let items = Self::mk(ExprKind::List(items), sp);
        let items = self.spill(items, scope, &mut stmts, "print items");
        let mut slots: [Option<Expr>; 4] = [None, None, None, None];
        for k in &c.arguments.keywords {
            let kname = k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("**");
            let Some(i) = KEYWORDS.iter().position(|n| *n == kname) else {
                self.error(
                    "M0103",
                    format!("print() keyword `{kname}` is not supported"),
                    span(k),
                    "print() takes `sep=`, `end=`, `file=` and `flush=`",
                );
                return Self::mk(ExprKind::None, sp);
            };
            if slots[i].is_some() {
                self.error(
                    "M0103",
                    format!("print() got keyword `{kname}` twice"),
                    span(k),
                    "",
                );
                return Self::mk(ExprKind::None, sp);
            }
            let v = self.expr(&k.value, scope);
            let h = self.spill(v, scope, &mut stmts, "print keyword");
            slots[i] = Some(Self::read_local(h, sp));
        }
        let mut args = vec![Self::read_local(items, sp)];
        args.extend(
            slots
                .into_iter()
                .map(|e| e.unwrap_or_else(|| Self::mk(ExprKind::Absent, sp))),
        );
        let call = Self::mk(ExprKind::Builtin(Builtin::PrintTo, args), sp);
        Self::mk(ExprKind::Block(stmts, Box::new(call)), sp)
    }

    fn builtin_call(&mut self, name: &str, c: &ast::ExprCall, scope: &mut Scope) -> Expr {
        let sp = span(c);
        let nargs = c.arguments.args.len();
        if name == "print"
            && c.arguments.keywords.iter().any(|k| {
                matches!(
                    k.arg.as_ref().map(|a| a.id.as_str()),
                    Some("file" | "flush")
                )
            })
        {
            return self.print_to(c, scope);
        }
        if name == "print" {
            let args = c
                .arguments
                .args
                .iter()
                .map(|a| self.expr(a, scope))
                .collect();
            let (mut sep, mut end) = (None, None);
            for k in &c.arguments.keywords {
                let v = Box::new(self.expr(&k.value, scope));
                match k.arg.as_ref().map(|a| a.id.as_str()) {
                    Some("sep") => sep = Some(v),
                    Some("end") => end = Some(v),
                    Some(other) => {
                        self.error(
                            "M0103",
                            format!("print() keyword `{other}` is not supported yet"),
                            span(k),
                            "use `sep=` and `end=`",
                        );
                    }
                    None => {}
                }
            }
            return Self::mk(ExprKind::Print { args, sep, end }, sp);
        }
        if let Some(e) = self.container_builtin(name, c, scope) {
            return e;
        }
        if let Some(e) = self.introspection_call(name, c, scope) {
            return e;
        }
        if self.refuse_builtin(name, span(&*c.func)) {
            return Self::mk(ExprKind::None, sp);
        }
        if !c.arguments.keywords.is_empty() {
            let k = &c.arguments.keywords[0];
            let kname = k.arg.as_ref().map(|a| a.id.to_string()).unwrap_or_default();
            let ok = (name == "int" && kname == "base") || (name == "round" && kname == "ndigits");
            if !ok || c.arguments.keywords.len() > 1 {
                self.error(
                    "M0103",
                    format!("keyword arguments to `{name}` are not supported yet"),
                    span(k),
                    "pass the arguments by position",
                );
                return Self::mk(ExprKind::None, sp);
            }
        }
        let mut args: Vec<Expr> = c
            .arguments
            .args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect();
        args.extend(
            c.arguments
                .keywords
                .iter()
                .map(|k| self.expr(&k.value, scope)),
        );
        let n = args.len();
        let b = match (name, n) {
            ("int", 1) => Builtin::Int,
            ("int", 2) => Builtin::IntBase,
            ("float", 1) => Builtin::Float,
            ("str", 1) => Builtin::Str,
            ("repr", 1) => Builtin::Repr,
            ("bool", 1) => Builtin::Bool,
            ("abs", 1) => Builtin::Abs,
            ("min", 1..) => Builtin::Min,
            ("max", 1..) => Builtin::Max,
            ("divmod", 2) => Builtin::Divmod,
            ("pow", 2) => Builtin::Pow,
            ("pow", 3) => Builtin::Pow3,
            ("round", 1) => Builtin::Round1,
            ("round", 2) => Builtin::Round2,
            ("hex", 1) => Builtin::Hex,
            ("bin", 1) => Builtin::Bin,
            ("oct", 1) => Builtin::Oct,
            ("len", 1) => Builtin::Len,
            ("ord", 1) => Builtin::Ord,
            ("chr", 1) => Builtin::Chr,
            ("ascii", 1) => Builtin::Ascii,
            ("format", 1 | 2) => Builtin::Format,
            ("enumerate", 1 | 2) => Builtin::Enumerate,
            ("zip", _) => Builtin::Zip,
            ("int" | "float" | "str" | "bool", 0) => {
                let kind = match name {
                    "int" => ExprKind::Int(BigInt::from(0)),
                    "float" => ExprKind::Float(0.0),
                    "str" => ExprKind::Str(String::new()),
                    _ => ExprKind::Bool(false),
                };
                return Self::mk(kind, sp);
            }
            _ if BUILTIN_FUNCS.contains(&name) => {
                self.error("M0103", format!("`{name}()` with {nargs} argument(s) is not supported"), sp,
                    "check the call against the Python documentation; this form is not compiled yet");
                return Self::mk(ExprKind::None, sp);
            }
            _ => {
                // An unknown name: CPython raises NameError when the call runs.
                return Self::mk(ExprKind::Undefined(name.to_string()), sp);
            }
        };
        Self::mk(ExprKind::Builtin(b, args), sp)
    }
}

/// Is `name` a builtin type usable as a value (`type(x) is dict`,
/// `key=int`): one of the runtime's type objects, callable as a
/// constructor? Those are the `isinstance` types but `object`.
fn is_type_name(name: &str) -> bool {
    name != "object" && TYPE_BITS.contains(&name)
}

/// Builtins of one argument usable as values (`key=len`, `map(str, xs)`).
const BUILTIN_VALUES: &[&str] = &[
    "len",
    "abs",
    "str",
    "repr",
    "int",
    "float",
    "bool",
    "ord",
    "chr",
    "hex",
    "bin",
    "oct",
    "ascii",
    "hash",
    "sorted",
    "list",
    "tuple",
    "set",
    "frozenset",
    "sum",
    "min",
    "max",
    "reversed",
    "round",
    "iter",
    "next",
    "any",
    "all",
];

/// Builtins compiled only as calls (`builtin_names::introspection_call`,
/// and the container builtins of `comp.rs` not in [`BUILTIN_FUNCS`]).
const INTROSPECTION_FUNCS: &[&str] = &[
    "exit",
    "quit",
    "callable",
    "hasattr",
    "getattr",
    "filter",
    "map",
    "slice",
    "input",
    "isinstance",
];

const BUILTIN_FUNCS: &[&str] = &[
    "print",
    "int",
    "float",
    "str",
    "repr",
    "bool",
    "abs",
    "min",
    "max",
    "divmod",
    "pow",
    "round",
    "hex",
    "bin",
    "oct",
    "len",
    "ord",
    "chr",
    "ascii",
    "format",
    "enumerate",
    "zip",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "sorted",
    "reversed",
    "sum",
    "any",
    "all",
    "iter",
    "next",
    "range",
    "hash",
];

/// Whether control can reach the end of `body` (conservative: true when unsure).
fn falls_through(body: &[Stmt]) -> bool {
    let Some(last) = body.last() else { return true };
    match &last.kind {
        StmtKind::Return(_) => false,
        StmtKind::If { body, orelse, .. } => falls_through(body) || falls_through(orelse),
        StmtKind::While { test, body, .. } => {
            !matches!(test.kind, ExprKind::Bool(true)) || contains_break(body)
        }
        _ => true,
    }
}

fn contains_break(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If { body, orelse, .. } => contains_break(body) || contains_break(orelse),
        _ => false,
    })
}

fn is_constant(e: &AExpr) -> bool {
    match e {
        AExpr::NumberLiteral(_)
        | AExpr::StringLiteral(_)
        | AExpr::BooleanLiteral(_)
        | AExpr::NoneLiteral(_) => true,
        AExpr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(&*u.operand, AExpr::NumberLiteral(_))
        }
        _ => false,
    }
}

fn int_literal(i: &ast::Int) -> BigInt {
    if let Some(v) = i.as_i64() {
        return BigInt::from(v);
    }
    let text = i.to_string().replace('_', "").to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = text.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = text.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = text.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (text, 10)
    };
    // The parser accepted the literal, so its digits are valid in its radix.
    BigInt::from_str_radix(&digits, radix).unwrap_or_default()
}

/// Every identifier in the module's source.
fn collect_identifiers(module: &ast::ModModule) -> HashSet<String> {
    use molt_syntax::ast::visitor::{self, Visitor};
    #[derive(Default)]
    struct Ids(HashSet<String>);
    impl<'a> Visitor<'a> for Ids {
        fn visit_expr(&mut self, e: &'a AExpr) {
            match e {
                AExpr::Name(n) => {
                    self.0.insert(n.id.to_string());
                }
                AExpr::Attribute(a) => {
                    self.0.insert(a.attr.id.to_string());
                }
                _ => {}
            }
            visitor::walk_expr(self, e);
        }
        fn visit_stmt(&mut self, s: &'a AStmt) {
            if let AStmt::FunctionDef(f) = s {
                self.0.insert(f.name.id.to_string());
            }
            visitor::walk_stmt(self, s);
        }
        fn visit_parameter(&mut self, p: &'a ast::Parameter) {
            self.0.insert(p.name.id.to_string());
            visitor::walk_parameter(self, p);
        }
        fn visit_keyword(&mut self, k: &'a ast::Keyword) {
            if let Some(a) = &k.arg {
                self.0.insert(a.id.to_string());
            }
            visitor::walk_keyword(self, k);
        }
        fn visit_alias(&mut self, a: &'a ast::Alias) {
            self.0.insert(a.name.id.to_string());
            if let Some(n) = &a.asname {
                self.0.insert(n.id.to_string());
            }
        }
    }
    let mut ids = Ids::default();
    for s in &module.body {
        ids.visit_stmt(s);
    }
    ids.0
}

/// The `def`s at module level, also inside module-level `if`, `for` and
/// `while` statements (not inside functions): (index of the top-level
/// statement, whether nested in one of those, the def).
fn collect_module_defs<'s>(
    s: &'s AStmt,
    order: usize,
    nested: bool,
    out: &mut Vec<(usize, bool, &'s ast::StmtFunctionDef)>,
) {
    let mut body = |b: &'s [AStmt]| {
        for s in b {
            collect_module_defs(s, order, true, out);
        }
    };
    match s {
        AStmt::FunctionDef(f) => out.push((order, nested, f)),
        AStmt::If(i) => {
            body(&i.body);
            for c in &i.elif_else_clauses {
                body(&c.body);
            }
        }
        AStmt::For(f) => {
            body(&f.body);
            body(&f.orelse);
        }
        AStmt::While(w) => {
            body(&w.body);
            body(&w.orelse);
        }
        _ => {}
    }
}

/// Every name mentioned other than as the callee of a call (`f` in `g(f)`,
/// `x = f`, `f is f`, but not `f(1)`).
fn names_used_as_values(body: &[AStmt], skip: &HashSet<molt_syntax::TextRange>) -> HashSet<String> {
    use molt_syntax::ast::visitor::{self, Visitor};
    struct Names<'s>(HashSet<String>, &'s HashSet<molt_syntax::TextRange>);
    impl<'a> Visitor<'a> for Names<'_> {
        fn visit_expr(&mut self, e: &'a AExpr) {
            match e {
                AExpr::Call(c) => {
                    if !matches!(&*c.func, AExpr::Name(_)) {
                        self.visit_expr(&c.func);
                    }
                    for a in &c.arguments.args {
                        self.visit_expr(a);
                    }
                    for k in &c.arguments.keywords {
                        self.visit_expr(&k.value);
                    }
                }
                AExpr::Name(n) if !self.1.contains(&n.range) => {
                    self.0.insert(n.id.to_string());
                }
                _ => visitor::walk_expr(self, e),
            }
        }
    }
    let mut names = Names(HashSet::new(), skip);
    for s in body {
        names.visit_stmt(s);
    }
    names.0
}

/// Names bound by the statement itself (not by statements nested in it).
fn collect_bound_shallow(s: &AStmt, out: &mut Vec<(String, Span)>) {
    match s {
        AStmt::For(f) => target_names(&f.target, out),
        AStmt::Assign(_) | AStmt::AnnAssign(_) | AStmt::AugAssign(_) => collect_bound(s, out),
        _ => {}
    }
}

/// Names an assignment target binds.
fn target_names(e: &AExpr, out: &mut Vec<(String, Span)>) {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match e {
            AExpr::Name(n) => out.push((n.id.to_string(), span(n))),
            AExpr::Tuple(t) => stack.extend(t.elts.iter()),
            AExpr::List(t) => stack.extend(t.elts.iter()),
            AExpr::Starred(s) => stack.push(&s.value),
            _ => {}
        }
    }
}

/// Names bound by assignment-like statements (not descending into defs).
fn collect_bound(s: &AStmt, out: &mut Vec<(String, Span)>) {
    let target = target_names;
    match s {
        AStmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
        AStmt::AnnAssign(a) => target(&a.target, out),
        AStmt::AugAssign(a) => target(&a.target, out),
        AStmt::For(f) => {
            target(&f.target, out);
            f.body
                .iter()
                .chain(f.orelse.iter())
                .for_each(|s| collect_bound(s, out));
        }
        AStmt::While(w) => w
            .body
            .iter()
            .chain(w.orelse.iter())
            .for_each(|s| collect_bound(s, out)),
        AStmt::If(i) => {
            i.body.iter().for_each(|s| collect_bound(s, out));
            for c in &i.elif_else_clauses {
                c.body.iter().for_each(|s| collect_bound(s, out));
            }
        }
        _ => {}
    }
}

fn collect_global_decls(body: &[AStmt], out: &mut Vec<String>) {
    for s in body {
        match s {
            AStmt::Global(g) => out.extend(g.names.iter().map(|n| n.id.to_string())),
            AStmt::For(f) => {
                collect_global_decls(&f.body, out);
                collect_global_decls(&f.orelse, out);
            }
            AStmt::While(w) => {
                collect_global_decls(&w.body, out);
                collect_global_decls(&w.orelse, out);
            }
            AStmt::If(i) => {
                collect_global_decls(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_global_decls(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

fn unsupported_stmt(s: &AStmt) -> (&'static str, &'static str) {
    match s {
        AStmt::ClassDef(_) => (
            "a class definition inside a function, `if` or loop",
            "define classes at the top level of the module",
        ),
        AStmt::Try(_) => ("`try`", "exception handling comes in a later release"),
        AStmt::Raise(_) => ("`raise`", "exception handling comes in a later release"),
        AStmt::With(_) => ("`with`", "context managers come in a later release"),
        AStmt::Nonlocal(_) => ("`nonlocal`", "closures come in a later release"),
        AStmt::Match(_) => ("`match`", "use `if`/`elif`"),
        AStmt::TypeAlias(_) => ("a `type` alias", "Python 3.11 has no `type` statement"),
        _ => ("this statement", ""),
    }
}

fn unsupported_expr(e: &AExpr) -> (&'static str, &'static str) {
    match e {
        AExpr::Lambda(_) => ("`lambda`", "define a function with `def`"),
        AExpr::List(_) | AExpr::Dict(_) | AExpr::Set(_) | AExpr::Tuple(_) => {
            ("a container display", "containers come in a later release")
        }
        AExpr::ListComp(_) | AExpr::SetComp(_) | AExpr::DictComp(_) | AExpr::Generator(_) => {
            ("a comprehension", "containers come in a later release")
        }
        AExpr::Subscript(_) => ("indexing and slicing", "containers come in a later release"),
        AExpr::Named(_) => ("the walrus operator `:=`", "assign in a separate statement"),
        AExpr::Await(_) => ("`await`", "async comes in a later release"),
        AExpr::Yield(_) | AExpr::YieldFrom(_) => ("`yield`", "generators come in a later release"),
        AExpr::BytesLiteral(_) => ("a bytes literal", "bytes come in a later release"),
        AExpr::EllipsisLiteral(_) => ("`...`", "use `pass` or `None`"),
        AExpr::Starred(_) => ("a starred expression", ""),
        _ => ("this expression", ""),
    }
}
