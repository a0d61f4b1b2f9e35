z = -0.0
print(z, [z], (z,), {z}, {z: z}, repr(z), str(z), f"{z}", f"{z:+.1f}")
print([0.0, -0.0] == [-0.0, 0.0], 0.0 in [-0.0], -0.0 in {0}, {0.0: "pos"}.get(-0.0))
s = {0.0}
s.add(-0.0)
print(s, len(s))
t = {-0.0}
t.add(0.0)
t.add(0)
print(t)
d = {-0.0: "neg"}
d[0.0] = "pos"
d[0] = "int"
print(d)
print(sorted([0.0, -0.0, 0, -0.0]), sorted([-0.0, 0.0]), min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
print(sum([-0.0]), sum([-0.0, -0.0]), sum([-0.0], -0.0), abs(-0.0), -z, round(-0.4), round(-0.4, 1))
print([x * -1 for x in [0.0, 0, 1.0]], [-x for x in [0.0]], 0.0 * -5, -0.0 + 0.0)
print(repr(-0.0 * 1), repr([z]), hash(z) == hash(0))
