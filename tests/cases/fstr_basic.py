name = "molt"
n = 42
x = 3.14159
ok = True
print(f"hello {name}!")
print(f"{n} {x} {ok} {None} {-0.0} {10 ** 20}")
print(f"{n!r} {name!r} {name!s} {x!r}")
print(f"{'é'!a} {'中文'!a} {'plain'!a}")
print(f"{{literal braces}} {n}{{}}")
print(f"{n + 1} {n * x:.3f} {n // 5} {n % 5} {'a' + 'b'}")
print(f"{n=} {x=} {name=}")
print(f"{n = }, {x=:.2f}, {name=!s}")
print(f"" + f"{''}" + "end")
print(f"multi {n} " f"part {x}" " tail")
