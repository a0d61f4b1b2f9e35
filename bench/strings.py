# String building, splitting and joining: CSV-like lines built with
# f-strings and join, split back into fields, fields transformed and
# re-joined.
def build(n: int) -> list[str]:
    lines = []
    for i in range(n):
        fields = [str(i), f"name{i % 97}", f"{i * 0.5:.1f}", "x" * (i % 5)]
        lines.append(",".join(fields))
    return lines


def process(lines: list[str]) -> int:
    total = 0
    out = []
    for line in lines:
        parts = line.split(",")
        total += int(parts[0]) + len(parts[3])
        out.append("|".join([p.upper() for p in parts]))
    blob = "\n".join(out)
    return total + len(blob.splitlines()) + blob.count("NAME1")


lines = build(200000)
print(process(lines))
print(lines[12345])
