# A program written after the features, not tuned for (session 8): reads stdin.
import sys

def main() -> None:
    total = 0
    words: dict[str, int] = {}
    longest = ""
    for raw in sys.stdin:
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        for w in line.lower().split():
            w = w.strip(".,;:!?\"'()")
            if not w:
                continue
            total += 1
            words[w] = words.get(w, 0) + 1
            if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
                longest = w
    print(f"total words: {total}")
    print(f"distinct: {len(words)}")
    print(f"longest: {longest!r} ({len(longest)})")
    for w, c in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print(f"  {w:<12}{c:>4}  {'*' * c}")

main()
