//! The text form of MIR (`molt build --emit mir`).

use crate::mir::*;
use std::fmt::{self, Write};

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.consts.iter().enumerate() {
            match c {
                ConstObj::Str(s) => writeln!(f, "const c{i} = str {s:?}")?,
                ConstObj::Bytes(b) => writeln!(f, "const c{i} = bytes {b:?}")?,
                ConstObj::BigInt(s) => writeln!(f, "const c{i} = int {s}")?,
                ConstObj::Tuple(items) => {
                    let items: Vec<String> = items
                        .iter()
                        .map(|it| match it {
                            ConstItem::Int(v) => v.to_string(),
                            ConstItem::Float(x) => format!("{x:?}"),
                            ConstItem::Bool(b) => b.to_string(),
                            ConstItem::None => "none".to_string(),
                            ConstItem::Obj(c) => c.to_string(),
                        })
                        .collect();
                    writeln!(f, "const c{i} = tuple ({})", items.join(", "))?
                }
            }
        }
        for (i, g) in self.globals.iter().enumerate() {
            writeln!(f, "global g{i}: {} {:?}", g.ty.name(), g.name)?;
        }
        for (i, func) in self.funcs.iter().enumerate() {
            writeln!(f)?;
            write_function(f, i, func)?;
        }
        Ok(())
    }
}

fn list(ls: &[Local]) -> String {
    ls.iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_function(f: &mut fmt::Formatter<'_>, idx: usize, func: &Function) -> fmt::Result {
    let params: Vec<String> = func
        .params
        .iter()
        .map(|p| format!("{p}: {}", func.locals[p.index()].ty.name()))
        .collect();
    writeln!(
        f,
        "fn{idx} {:?}({}) -> {} {{",
        func.name,
        params.join(", "),
        func.ret.name()
    )?;
    for (i, l) in func.locals.iter().enumerate().skip(func.params.len()) {
        match &l.name {
            Some(n) => writeln!(f, "    let _{i}: {} {n:?}", l.ty.name())?,
            None => writeln!(f, "    let _{i}: {}", l.ty.name())?,
        }
    }
    for (b, block) in func.blocks.iter().enumerate() {
        writeln!(f, "  bb{b}:")?;
        for inst in &block.insts {
            let mut line = String::new();
            if let Some(d) = inst.dst {
                let _ = write!(line, "{d} = ");
            }
            let _ = write!(line, "{}", op_text(&inst.op));
            if !inst.releases.is_empty() {
                let _ = write!(line, " release({})", list(&inst.releases));
            }
            if let Some(u) = inst.unwind {
                let _ = write!(line, " unwind {u}");
            }
            writeln!(f, "    {line}")?;
        }
        let t = match &block.term {
            Term::Goto(b) => format!("goto {b}"),
            Term::Branch(c, a, b) => format!("branch {c}, {a}, {b}"),
            Term::Return(v) => format!("return {v}"),
            Term::Unwind { line } => format!("unwind line {line}"),
            Term::Unreachable => "unreachable".into(),
        };
        writeln!(f, "    {t}")?;
    }
    writeln!(f, "}}")
}

fn op_text(op: &Op) -> String {
    match op {
        Op::ConstInt(i) => format!("const.int {i}"),
        Op::ConstFloat(x) => format!("const.f64 {x:?}"),
        Op::ConstBool(b) => format!("const.bool {b}"),
        Op::ConstNone => "const.none".into(),
        Op::ConstUnbound => "const.unbound".into(),
        Op::Const(c) => format!("const {c}"),
        Op::Copy(l) => format!("copy {l}"),
        Op::ListLen(l) => format!("list.len {l}"),
        Op::SeqLenIs(l, n) => format!("seq.len_is {l}, {n}"),
        Op::SeqItem(l, k) => format!("seq.item {l}, {k}"),
        Op::StrLen(l) => format!("str.len {l}"),
        Op::CheckDepth => "depth.check".into(),
        Op::CounterBound(l, step) => format!("counter {l}, step {step}"),
        Op::TbPush(f, line) => format!("tb.push {f}, line {line}"),
        Op::ListGet(l, i) => format!("list.get {l}, {i}"),
        Op::ListSet(l, i, v) => format!("list.set {l}, {i}, {v}"),
        Op::ListSetFloat(l, i, v) => format!("list.set_f64 {l}, {i}, {v}"),
        Op::FuncRef(f, env) => format!(
            "func.ref {f}{}",
            env.iter().map(|l| format!(", {l}")).collect::<String>()
        ),
        Op::Int(o, a, b) => format!("int.{o:?} {a}, {b}").to_lowercase(),
        Op::IntTrueDiv(a, b) => format!("int.truediv {a}, {b}"),
        Op::IntNeg(a) => format!("int.neg {a}"),
        Op::IntInvert(a) => format!("int.invert {a}"),
        Op::IntCmp(o, a, b) => format!("int.cmp {} {a}, {b}", o.symbol()),
        Op::BoolToInt(a) => format!("bool.to_int {a}"),
        Op::IntToFloat(a) => format!("int.to_f64 {a}"),
        Op::Float(o, a, b) => format!("f64.{o:?} {a}, {b}").to_lowercase(),
        Op::FloatObj(o, a, b) => format!("f64.{o:?}.obj {a}, {b}").to_lowercase(),
        Op::FloatNeg(a) => format!("f64.neg {a}"),
        Op::FloatCmp(o, a, b) => format!("f64.cmp {} {a}, {b}", o.symbol()),
        Op::FloatAbs(a) => format!("f64.abs {a}"),
        Op::BoolNot(a) => format!("bool.not {a}"),
        Op::BoolBit(o, a, b) => format!("bool.{o:?} {a}, {b}").to_lowercase(),
        Op::BoxFloat(a) => format!("box.f64 {a}"),
        Op::BoxBool(a) => format!("box.bool {a}"),
        Op::FloatPayload(a) => format!("unbox.f64 {a}"),
        Op::IsTrueObj(a) => format!("is_true_obj {a}"),
        Op::ObjBin(o, a, b) => format!("obj.binop {} {a}, {b}", o.symbol()),
        Op::ObjUnary(k, a) => format!("obj.unary {} {a}", ["-", "+", "~"][*k as usize % 3]),
        Op::ObjCmp(o, a, b) => format!("obj.cmp {} {a}, {b}", o.symbol()),
        Op::Truthy(a) => format!("truthy {a}"),
        Op::Is(a, b) => format!("is {a}, {b}"),
        Op::Call(f, args) => format!("call {f}({})", list(args)),
        Op::Rt(r, args) => format!("rt {}({})", r.sig().symbol, list(args)),
        Op::Print(args, sep, end) => {
            let opt = |o: &Option<Local>| o.map_or("default".to_string(), |l| l.to_string());
            format!("print({}) sep={} end={}", list(args), opt(sep), opt(end))
        }
        Op::LoadGlobal(g) => format!("load {g}"),
        Op::StoreGlobal(g, v) => format!("store {g}, {v}"),
        Op::IncRef(a) => format!("incref {a}"),
        Op::DecRef(a) => format!("decref {a}"),
        Op::CheckBound(a, k, _) => format!("check_bound {a} {k:?}"),
        Op::Raise(k, m) => format!("raise {k:?} {m:?}"),
        Op::RaiseAssert(m) => format!("raise_assert {}", m.map_or("-".into(), |l| l.to_string())),
    }
}
