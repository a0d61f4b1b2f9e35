//! Local aliases of functions: `local_f = f` at the top of a function, a
//! CPython speed idiom (a local is faster to look up than a global).
//!
//! A local qualifies when it is assigned exactly once, by a top-level
//! statement of the function body whose value is the name of a
//! module-level `def`, and every other mention of it is a call in a later
//! top-level statement (not inside a lambda, which would capture it).
//! Calls through it are then direct calls of the function, and the
//! assignment does not count as a use of the function as a value, so the
//! function keeps the parameter types inferred from its call sites. The
//! assignment still runs (it raises NameError if the `def` has not run).

use super::{collect_bound, Resolver};
use molt_syntax::ast::visitor::{self, Visitor};
use molt_syntax::ast::{Expr as AExpr, Stmt as AStmt, StmtFunctionDef};
use molt_syntax::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// The aliases of one function body: local name → function name.
pub(super) type Aliases = HashMap<String, String>;

impl Resolver<'_> {
    /// The aliases in `f`'s body, given the module's `def` names.
    pub(super) fn function_aliases(f: &StmtFunctionDef, defs: &HashSet<String>) -> Aliases {
        let params: HashSet<String> = f
            .parameters
            .args
            .iter()
            .map(|a| a.parameter.name.id.to_string())
            .collect();
        let mut bound = Vec::new();
        for s in &f.body {
            collect_bound(s, &mut bound);
        }
        let mut stores: HashMap<String, usize> = HashMap::new();
        for (n, _) in &bound {
            *stores.entry(n.clone()).or_default() += 1;
        }
        // name → (function, index of the assigning statement)
        let mut candidates: HashMap<String, (String, usize)> = HashMap::new();
        for (i, s) in f.body.iter().enumerate() {
            let AStmt::Assign(a) = s else { continue };
            let ([AExpr::Name(x)], AExpr::Name(v)) = (&a.targets[..], &*a.value) else {
                continue;
            };
            let (x, v) = (x.id.to_string(), v.id.to_string());
            let shadowed = params.contains(&v) || stores.contains_key(&v);
            if defs.contains(&v)
                && !shadowed
                && !params.contains(&x)
                && !defs.contains(&x)
                && stores.get(&x) == Some(&1)
            {
                candidates.insert(x, (v, i));
            }
        }
        if candidates.is_empty() {
            return Aliases::new();
        }
        let mut uses = Uses {
            candidates: &candidates,
            top: 0,
            in_lambda: 0,
            bad: HashSet::new(),
        };
        for (i, s) in f.body.iter().enumerate() {
            uses.top = i;
            uses.visit_stmt(s);
        }
        let bad = uses.bad;
        candidates
            .into_iter()
            .filter(|(x, _)| !bad.contains(x))
            .map(|(x, (v, _))| (x, v))
            .collect()
    }
}

/// The ranges of the values of every alias assignment in `defs` (those
/// mentions of a function are not uses of it as a value).
pub(super) fn alias_values<'a>(
    defs: impl Iterator<Item = &'a StmtFunctionDef>,
    aliases: &HashMap<String, Aliases>,
) -> HashSet<TextRange> {
    let mut out = HashSet::new();
    for f in defs {
        let Some(al) = aliases.get(f.name.id.as_str()) else {
            continue;
        };
        for s in &f.body {
            if let AStmt::Assign(a) = s {
                if let [AExpr::Name(x)] = &a.targets[..] {
                    if al.contains_key(x.id.as_str()) {
                        out.insert(a.value.range());
                    }
                }
            }
        }
    }
    out
}

/// Finds mentions of candidate aliases that disqualify them.
struct Uses<'c> {
    candidates: &'c HashMap<String, (String, usize)>,
    /// The top-level statement being visited.
    top: usize,
    in_lambda: u32,
    bad: HashSet<String>,
}

impl<'a> Visitor<'a> for Uses<'_> {
    fn visit_expr(&mut self, e: &'a AExpr) {
        match e {
            AExpr::Call(c) => {
                if let AExpr::Name(n) = &*c.func {
                    if let Some((_, at)) = self.candidates.get(n.id.as_str()) {
                        if self.top <= *at || self.in_lambda > 0 {
                            self.bad.insert(n.id.to_string());
                        }
                        for a in &c.arguments.args {
                            self.visit_expr(a);
                        }
                        for k in &c.arguments.keywords {
                            self.visit_expr(&k.value);
                        }
                        return;
                    }
                }
                visitor::walk_expr(self, e);
            }
            AExpr::Name(n) => {
                // Any other mention: read as a value, or deleted.
                if (n.ctx.is_load() || n.ctx.is_del())
                    && self.candidates.contains_key(n.id.as_str())
                {
                    self.bad.insert(n.id.to_string());
                }
            }
            AExpr::Lambda(_) => {
                self.in_lambda += 1;
                visitor::walk_expr(self, e);
                self.in_lambda -= 1;
            }
            _ => visitor::walk_expr(self, e),
        }
    }

    fn visit_stmt(&mut self, s: &'a AStmt) {
        match s {
            // `global x` / `nonlocal x` make it no local.
            AStmt::Global(g) => g.names.iter().for_each(|n| {
                self.bad.insert(n.id.to_string());
            }),
            AStmt::Nonlocal(g) => g.names.iter().for_each(|n| {
                self.bad.insert(n.id.to_string());
            }),
            // A nested function could read it: leave such bodies alone.
            AStmt::FunctionDef(_) | AStmt::ClassDef(_) => {
                for x in self.candidates.keys() {
                    self.bad.insert(x.clone());
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }
}
