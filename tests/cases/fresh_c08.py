# Interval merging, meeting-room scheduling, sorting by key


def merge(intervals):
    result = []
    for start, end in sorted(intervals, key=lambda iv: (iv[0], iv[1])):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def total_length(intervals):
    return sum(e - s for s, e in merge(intervals))


def gaps(intervals, lo, hi):
    out = []
    cur = lo
    for s, e in merge(intervals):
        if s > cur:
            out.append((cur, min(s, hi)))
        cur = max(cur, e)
    if cur < hi:
        out.append((cur, hi))
    return out


def rooms_needed(meetings):
    events = []
    for s, e in meetings:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    best = cur = 0
    for _, delta in events:
        cur += delta
        best = max(best, cur)
    return best


def fmt(t):
    return "%02d:%02d" % divmod(t, 60)


meetings = {
    "standup": (540, 555),
    "design": (600, 690),
    "lunch": (720, 780),
    "review": (660, 720),
    "1on1": (690, 705),
    "retro": (900, 960),
    "sync": (930, 945),
}
spans = list(meetings.values())
print("merged:", [f"{fmt(s)}-{fmt(e)}" for s, e in merge(spans)])
print("busy minutes:", total_length(spans))
print("free:", ", ".join(f"{fmt(s)}-{fmt(e)}" for s, e in gaps(spans, 480, 1020)))
print("rooms needed:", rooms_needed(spans))
for name, (s, e) in sorted(meetings.items(), key=lambda kv: (kv[1][0], -kv[1][1], kv[0])):
    overlaps = [o for o, (s2, e2) in meetings.items() if o != name and s2 < e and s < e2]
    print(f"{name:>8} {fmt(s)}-{fmt(e)} ({e - s:3d}m) overlaps: {sorted(overlaps) or '-'}")

longest = max(meetings, key=lambda k: meetings[k][1] - meetings[k][0])
shortest = min(meetings, key=lambda k: (meetings[k][1] - meetings[k][0], k))
print("longest:", longest, "shortest:", shortest)
tests = [[(1, 3), (2, 6), (8, 10), (15, 18)], [(1, 4), (4, 5)], [(5, 7), (1, 2), (2, 3), (6, 9)], [], [(3, 3)]]
for t in tests:
    print(t, "->", merge(t), total_length(t))
points = [2, 4, 5, 8, 9, 16, 17]
merged = merge(tests[0])
covered = {p: any(s <= p <= e for s, e in merged) for p in points}
print(covered)
print(sorted(points, key=lambda p: (not covered[p], -p)))
