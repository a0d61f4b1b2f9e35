# A program written after the features, not tuned for (session 8).
def fmt_table(rows: list[tuple[str, float, int]]) -> None:
    print(f"{'name':<10}|{'price':>10}|{'qty':>5}|{'total':>12}")
    print("-" * 40)
    grand = 0.0
    for name, price, qty in rows:
        t = price * qty
        grand += t
        print(f"{name:<10}|{price:>10.2f}|{qty:>5d}|{t:>12,.2f}")
    print(f"{'':<10}|{'':>10}|{'':>5}|{grand:>12,.2f}")
    print(f"{grand:e} {grand:g} {grand:%} {int(grand):#x} {int(grand):#o} {int(grand):08b}")

fmt_table([("widget", 2.5, 4), ("gadget", 1234.5678, 12), ("gizmo", 0.1, 3)])
vals = [1e-7, 0.0001, 123456789.0, 1e22, float("inf"), -float("inf"), 2.5e-308, 0.1 + 0.7]
for v in vals:
    print(repr(v), str(v), f"{v:.3}", f"{v:10.4g}", round(v, 3) if v == v and abs(v) != float("inf") else v)
print(1 / 3, 2 / 3, 10 / 3, -7 / 2, 7 // -2, -7 % 3, 7.5 % -2, divmod(-7.5, 2), 2 ** -1, (-8) ** (1 / 3) if False else 0)
print(int(3.99), int(-3.99), float(10**20), 10**20 / 3, 3 * 1.1, 0.1 * 3 == 0.3, abs(-0.0), max(-0.0, 0.0))
