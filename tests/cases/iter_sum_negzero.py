# Negative zero in sum(): the int start 0 turns -0.0 into 0.0.
print(sum(x for x in [-0.0]))
print(sum([-0.0]), sum([-0.0, -0.0]))
print(sum([-0.0], -0.0), sum((x for x in [-0.0, -0.0]), -0.0))
print(sum((x for x in []), -0.0), sum([], -0.0))
print(sum([-0.0], 0), sum([-0.0], 0.0), sum([0.0], -0.0))
print(sum(x * -1.0 for x in [0.0, 0.0]))
print(sum((x * -1.0 for x in [0.0]), start=-0.0))
print(sum(-x for x in [0.0]), -sum(x for x in [0.0]))
def neg_sum(xs: list[float]) -> float:
    return sum(xs, -0.0)
def plain_sum(xs: list[float]) -> float:
    return sum(x for x in xs)
def loop_sum(xs: list[float]) -> float:
    t = -0.0
    for x in xs:
        t += x
    return t
def loop_sum0(xs: list[float]) -> float:
    t = 0.0
    for x in xs:
        t += x
    return t
print(neg_sum([-0.0]), neg_sum([]), neg_sum([-0.0, 0.0]))
print(plain_sum([-0.0]), plain_sum([-0.0, -0.0]))
print(loop_sum([-0.0]), loop_sum([]), loop_sum([0.0]))
print(loop_sum0([-0.0]), loop_sum0([]))
import math
print(math.copysign(1.0, sum(x for x in [-0.0])), math.copysign(1.0, sum([-0.0], -0.0)))
print(math.fsum([-0.0]), math.fsum(x for x in [-0.0, -0.0]))
