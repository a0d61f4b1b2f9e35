deps = {
    "app": ["lib", "utils", "log"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "log": ["core", "fmt"],
    "core": [],
    "fmt": [],
    "tests": ["app", "fmt"],
}

def kahn(deps):
    indeg = {k: 0 for k in deps}
    users = {k: [] for k in deps}
    for k, ds in deps.items():
        for d in ds:
            indeg[k] += 1
            users[d].append(k)
    ready = sorted(k for k, v in indeg.items() if v == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return order

def dfs_order(deps):
    visited = set()
    order = []
    def_stack = []
    for root in deps:
        if root in visited:
            continue
        def_stack.append((root, 0))
        while def_stack:
            node, idx = def_stack.pop()
            if idx == 0:
                if node in visited:
                    continue
                visited.add(node)
            if idx < len(deps[node]):
                def_stack.append((node, idx + 1))
                child = deps[node][idx]
                if child not in visited:
                    def_stack.append((child, 0))
            else:
                order.append(node)
    return order

print(kahn(deps))
print(dfs_order(deps))
levels = {}
for n in kahn(deps):
    levels[n] = 1 + max([levels[d] for d in deps[n]], default=-1)
print(levels)
deps["core"].append("app")
print(kahn(deps), len(kahn(deps)) < len(deps))
