edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("e", "f"), ("c", "f"), ("g", "h")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
print(graph)

def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
    return dist, parent, queue

def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    out.reverse()
    return out

dist, parent, order = bfs("a")
print(order)
print(dist)
for t in ["f", "e", "a"]:
    print(t, path(parent, t))
print("h" in dist)
seen = set()
components = []
for node in graph:
    if node not in seen:
        d, p, o = bfs(node)
        seen |= set(o)
        components.append(sorted(o))
print(components)
degree = {n: len(nbs) for n, nbs in graph.items()}
print(sorted(degree.items(), key=lambda kv: (-kv[1], kv[0])))
