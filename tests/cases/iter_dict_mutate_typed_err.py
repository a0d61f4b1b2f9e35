# Growing a typed dict while iterating its items raises RuntimeError.
def scale(d: dict[str, float]) -> dict[str, float]:
    for k, v in d.items():
        d[k] = v * 2.0
    return d

def bad(d: dict[str, float]) -> None:
    for k, v in d.items():
        print("visit", k, v)
        d[k + "2"] = v

print(scale({"a": 1.5, "b": -0.5}))
bad({"x": 1.0, "y": 2.0})
print("never")
