def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out

def to_text(pairs):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in pairs)

def decode(pairs):
    return "".join(c * n for c, n in pairs)

def parse(text):
    pairs = []
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            pairs.append((ch, int(num) if num else 1))
            num = ""
    return pairs

for s in ["aaabccddddd", "", "abc", "zzzzzzzzzzzz", "aabbaa", "🙂🙂é"]:
    enc = encode(s)
    txt = to_text(enc)
    back = decode(parse(txt))
    print(repr(s), enc, txt, back == s)
print(encode("wwwwaaadexxxxxx"))
