//! Element types of lists: type variables joined by unification.
//!
//! Every list-creating expression gets a variable; whenever two list types
//! meet (assignment to one variable, argument and parameter, both arms of a
//! conditional, a list stored in a list), their variables are unified, so
//! every alias of a list object shares one element type and a mutation
//! through any of them is seen by all. A list that flows where sema cannot
//! follow it (into a tuple, a dict, a dynamically typed variable or
//! function) *escapes*: its element type becomes `Dyn`, and so do those of
//! the lists inside it. That keeps element types sound: code that reads an
//! element of a `List(v)` with element type `Float` may assume a float.

use crate::hir::Ty;

/// The union-find table of list type variables.
#[derive(Debug, Clone, Default)]
pub struct ListTable {
    parent: Vec<u32>,
    elem: Vec<Ty>,
    /// Set by every change; the inference fixpoint reads and clears it.
    pub changed: bool,
}

impl ListTable {
    /// A new variable with no elements yet.
    pub fn fresh(&mut self) -> u32 {
        let v = self.parent.len() as u32;
        self.parent.push(v);
        self.elem.push(Ty::Never);
        self.changed = true;
        v
    }

    /// The representative of `v`'s class.
    pub fn find(&self, mut v: u32) -> u32 {
        while self.parent[v as usize] != v {
            v = self.parent[v as usize];
        }
        v
    }

    /// The element type of list variable `v`.
    pub fn elem(&self, v: u32) -> Ty {
        self.elem[self.find(v) as usize]
    }

    /// The least type covering both; list variables that meet are unified,
    /// and a list meeting anything else escapes.
    pub fn join(&mut self, a: Ty, b: Ty) -> Ty {
        match (a, b) {
            (Ty::Never, t) | (t, Ty::Never) => t,
            (Ty::List(x), Ty::List(y)) => Ty::List(self.unify(x, y)),
            (Ty::List(x), _) | (_, Ty::List(x)) => {
                self.escape(x);
                Ty::Dyn
            }
            (a, b) => a.join(b),
        }
    }

    fn unify(&mut self, x: u32, y: u32) -> u32 {
        let (rx, ry) = (self.find(x), self.find(y));
        if rx == ry {
            return rx;
        }
        self.parent[ry as usize] = rx;
        self.changed = true;
        let (ex, ey) = (self.elem[rx as usize], self.elem[ry as usize]);
        let e = self.join(ex, ey);
        let r = self.find(rx);
        self.set_elem(r, e);
        r
    }

    fn set_elem(&mut self, r: u32, e: Ty) {
        let cur = self.elem[r as usize];
        let e = self.join(cur, e);
        let r = self.find(r);
        if self.elem[r as usize] != e {
            self.elem[r as usize] = e;
            self.changed = true;
        }
    }

    /// Records that values of type `t` are stored into list `v`.
    pub fn add_elem(&mut self, v: u32, t: Ty) {
        let r = self.find(v);
        self.set_elem(r, t);
    }

    /// `t` flows where it cannot be followed: lists in it escape.
    pub fn sink(&mut self, t: Ty) {
        if let Ty::List(x) = t {
            self.escape(x);
        }
    }

    /// The elements of `t` (if a list) flow where they cannot be followed.
    pub fn sink_elems(&mut self, t: Ty) {
        if let Ty::List(x) = t {
            let e = self.elem(x);
            self.sink(e);
        }
    }

    /// List `v` may be mutated by code that sees it untyped.
    pub fn escape(&mut self, v: u32) {
        let r = self.find(v);
        let old = self.elem[r as usize];
        if old == Ty::Dyn {
            return;
        }
        self.elem[r as usize] = Ty::Dyn;
        self.changed = true;
        if let Ty::List(inner) = old {
            self.escape(inner);
        }
    }

    /// The element type of every variable after inference (`Never`, for
    /// lists that never get an element, becomes `Dyn`), by variable.
    pub fn settled(&self) -> Vec<Ty> {
        (0..self.parent.len() as u32)
            .map(|v| match self.elem(v) {
                Ty::Never => Ty::Dyn,
                Ty::List(x) => Ty::List(self.find(x)),
                t => t,
            })
            .collect()
    }
}
