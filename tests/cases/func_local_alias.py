def eval_A(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) / 2 + i + 1)


def times(u):
    local_eval_A = eval_A
    return [sum([local_eval_A(i, j) * u_j for j, u_j in enumerate(u)]) for i in range(len(u))]


def uses_value():
    f = eval_A
    print(f(1, 2), f is eval_A)


def before_assign():
    g = eval_A
    for k in range(2):
        print(g(k, j=k + 1))
    return g(0, 0)


def bad_args():
    h = eval_A
    return h(1)


print(times([1.0, 2.0, 3.0]))
uses_value()
print(before_assign())
print(bad_args())
