# Set-based graph algorithms: reachability, components, BFS distances
edges = [
    ("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"),
    ("e", "f"), ("f", "g"),
    ("h", "h"),
    ("i", "j"), ("j", "k"), ("k", "i"), ("k", "l"),
    ("m", "n"),
]


def build(edge_list, directed):
    adj = {}
    for u, v in edge_list:
        adj.setdefault(u, set()).add(v)
        adj.setdefault(v, set())
        if not directed:
            adj[v].add(u)
    return adj


def reachable(adj, start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in adj[node] - seen:
            seen.add(nxt)
            stack.append(nxt)
    return seen


def components(adj):
    remaining = set(adj)
    comps = []
    while remaining:
        start = min(remaining)
        comp = reachable(adj, start)
        comps.append(sorted(comp))
        remaining -= comp
    return comps


def bfs(adj, start):
    dist = {start: 0}
    frontier = [start]
    while frontier:
        nxt_frontier = []
        for node in frontier:
            for n in sorted(adj[node]):
                if n not in dist:
                    dist[n] = dist[node] + 1
                    nxt_frontier.append(n)
        frontier = nxt_frontier
    return dist


directed = build(edges, True)
undirected = build(edges, False)
for node in ["a", "d", "e", "h", "i"]:
    print(node, "reaches", "".join(sorted(reachable(directed, node))))
print("components:", components(undirected))
print("sizes:", sorted((len(c) for c in components(undirected)), reverse=True))
dist = bfs(undirected, "a")
print("bfs from a:", sorted(dist.items()))
print("farthest:", max(dist, key=lambda n: (dist[n], n)))

sources = {n for n in directed if not any(n in directed[m] for m in directed if m != n)}
sinks = {n for n, out in directed.items() if not out}
print("sources:", sorted(sources), "sinks:", sorted(sinks))
self_loops = [n for n in directed if n in directed[n]]
print("self loops:", self_loops)
mutual = {tuple(sorted((u, v))) for u, v in edges if u in directed[v] and u != v}
print("mutual pairs:", sorted(mutual))
cyc = {n for n in directed if any(n in reachable(directed, m) for m in directed[n])}
print("on a cycle:", "".join(sorted(cyc)))
degree = {n: len(s) for n, s in undirected.items()}
print("degree histogram:", sorted({d: sum(1 for x in degree.values() if x == d) for d in degree.values()}.items()))
common = undirected["c"] & undirected["b"]
print("common(b,c):", sorted(common), "union:", sorted(undirected["c"] | undirected["b"]),
      "sym:", sorted(undirected["c"] ^ undirected["b"]))
