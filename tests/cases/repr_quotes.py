strs = ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "back\\slash", "tab\there", "new\nline", "cr\rret", "null\x00byte", "bell\x07", "del\x7f", "esc\x1b"]
for s in strs:
    print(repr(s), len(s))
print(strs)
print(tuple(strs[:4]))
print({s: len(s) for s in strs[:5]})
print(set(["'"]), set(['"']), {"'\"": 1})
print([repr(s) for s in ["a", "'b'"]])
print(repr(repr("x")), repr(str(["x"])))
print(["\\"], ["\\n"], ["\\'"], ['\\"'])
