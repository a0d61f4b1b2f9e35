//! Element types of lists: type variables joined by unification; and the
//! shapes of tuples.
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
//!
//! Dicts work as lists do: a dict variable has a key type beside its
//! (value) element type, and its views (`d.keys()`, ...) are the dict for
//! unification and escape.
//!
//! A tuple's type is its shape, the type of each position, interned
//! (`Ty::Tuple(s)`). Two shapes of one length join position by position
//! (so lists at the same position unify); a tuple that flows where sema
//! cannot follow it sinks its items, so the lists inside escape.

use crate::hir::Ty;
use std::collections::HashMap;

/// The union-find table of list type variables.
#[derive(Debug, Clone, Default)]
pub struct ListTable {
    parent: Vec<u32>,
    elem: Vec<Ty>,
    /// The key type of each dict variable (`Never` for lists).
    key: Vec<Ty>,
    /// The item types of each tuple shape.
    tuples: Vec<Vec<Ty>>,
    /// Shape → its index in `tuples`.
    tuple_ids: HashMap<Vec<Ty>, u32>,
    /// The item type of each `Ty::TupleOf`, interned.
    tuples_of: Vec<Ty>,
    /// Item type → its index in `tuples_of`.
    tuple_of_ids: HashMap<Ty, u32>,
    /// Set by every change; the inference fixpoint reads and clears it.
    pub changed: bool,
}

impl ListTable {
    /// A new variable with no elements yet.
    pub fn fresh(&mut self) -> u32 {
        let v = self.parent.len() as u32;
        self.parent.push(v);
        self.elem.push(Ty::Never);
        self.key.push(Ty::Never);
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

    /// The element type of list variable `v` (the value type of a dict).
    pub fn elem(&self, v: u32) -> Ty {
        self.elem[self.find(v) as usize]
    }

    /// The key type of dict variable `v`.
    pub fn key(&self, v: u32) -> Ty {
        self.key[self.find(v) as usize]
    }

    /// The tuple type with these item types.
    pub fn tuple(&mut self, items: Vec<Ty>) -> Ty {
        let items: Vec<Ty> = items
            .into_iter()
            .map(|t| match t {
                Ty::List(x) => Ty::List(self.find(x)),
                t => t,
            })
            .collect();
        if let Some(&s) = self.tuple_ids.get(&items) {
            return Ty::Tuple(s);
        }
        let s = self.tuples.len() as u32;
        self.tuples.push(items.clone());
        self.tuple_ids.insert(items, s);
        self.changed = true;
        Ty::Tuple(s)
    }

    /// The type of tuples of unknown length with items of type `item`.
    pub fn tuple_of(&mut self, item: Ty) -> Ty {
        let item = match item {
            Ty::List(x) => Ty::List(self.find(x)),
            t => t,
        };
        if let Some(&s) = self.tuple_of_ids.get(&item) {
            return Ty::TupleOf(s);
        }
        let s = self.tuples_of.len() as u32;
        self.tuples_of.push(item);
        self.tuple_of_ids.insert(item, s);
        self.changed = true;
        Ty::TupleOf(s)
    }

    /// The item type of `Ty::TupleOf(s)`.
    pub fn tuple_of_item(&self, s: u32) -> Ty {
        self.tuples_of[s as usize]
    }

    /// The item types of tuple shape `s`.
    pub fn tuple_items(&self, s: u32) -> &[Ty] {
        &self.tuples[s as usize]
    }

    /// The least type covering both; list variables that meet are unified,
    /// and a list meeting anything else escapes. Tuples of one length join
    /// position by position; a tuple meeting anything else sinks its items.
    pub fn join(&mut self, a: Ty, b: Ty) -> Ty {
        match (a, b) {
            (Ty::Never, t) | (t, Ty::Never) => t,
            (Ty::List(x), Ty::List(y)) => Ty::List(self.unify(x, y)),
            (Ty::Dict(x), Ty::Dict(y)) => Ty::Dict(self.unify(x, y)),
            (Ty::DictView(k, x), Ty::DictView(j, y)) if k == j => Ty::DictView(k, self.unify(x, y)),
            (Ty::Tuple(x), Ty::Tuple(y)) if x == y => a,
            (Ty::Tuple(x), Ty::Tuple(y))
                if self.tuple_items(x).len() == self.tuple_items(y).len() =>
            {
                let (xs, ys) = (self.tuple_items(x).to_vec(), self.tuple_items(y).to_vec());
                let items = xs
                    .into_iter()
                    .zip(ys)
                    .map(|(p, q)| self.join(p, q))
                    .collect();
                self.tuple(items)
            }
            (Ty::TupleOf(x), Ty::TupleOf(y)) => {
                let item = self.join(self.tuple_of_item(x), self.tuple_of_item(y));
                self.tuple_of(item)
            }
            (Ty::TupleOf(x), Ty::Tuple(s)) | (Ty::Tuple(s), Ty::TupleOf(x)) => {
                let items = self.tuple_items(s).to_vec();
                let mut item = self.tuple_of_item(x);
                for t in items {
                    item = self.join(item, t);
                }
                self.tuple_of(item)
            }
            (Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Dict(_) | Ty::DictView(..), _)
            | (_, Ty::Tuple(_) | Ty::TupleOf(_) | Ty::Dict(_) | Ty::DictView(..)) => {
                self.sink(a);
                self.sink(b);
                Ty::Dyn
            }
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
        let (kx, ky) = (self.key[rx as usize], self.key[ry as usize]);
        let k = self.join(kx, ky);
        let r = self.find(r);
        self.add_key(r, k);
        self.find(r)
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

    /// Records that keys of type `t` are stored into dict `v`.
    pub fn add_key(&mut self, v: u32, t: Ty) {
        let r = self.find(v);
        let cur = self.key[r as usize];
        let k = self.join(cur, t);
        let r = self.find(r);
        if self.key[r as usize] != k {
            self.key[r as usize] = k;
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
        match t {
            Ty::List(x) | Ty::Dict(x) | Ty::DictView(_, x) => self.escape(x),
            Ty::Tuple(s) => {
                for item in self.tuple_items(s).to_vec() {
                    self.sink(item);
                }
            }
            Ty::TupleOf(s) => self.sink(self.tuple_of_item(s)),
            _ => {}
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
        let (old, old_key) = (self.elem[r as usize], self.key[r as usize]);
        if old == Ty::Dyn && old_key == Ty::Dyn {
            return;
        }
        // A list's key type is unused; a dict's goes to Dyn with its values.
        self.elem[r as usize] = Ty::Dyn;
        self.key[r as usize] = Ty::Dyn;
        self.changed = true;
        self.sink(old);
        self.sink(old_key);
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
