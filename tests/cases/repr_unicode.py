strs = ["café", "naïve", "中文", "日本語", "🙂", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u00a0nbsp", "\u200bzw", "\u2028ls", "\ud7ff", "\ue000pua", "\U0010fffd", "\x80c1", "\x9f", "\xa0", "\xad", "é\u0301", "Ω", "\ufeffbom", "\U000e0041tag"]
for s in strs:
    print(repr(s), ascii(s), len(s))
print(strs[:6])
print(ascii(strs[:6]))
print({"ключ": "значение", "κλειδί": ["τιμή"]})
print(ascii({"ключ": "значение"}))
print([chr(i) for i in [0x7e, 0x7f, 0x80, 0xa0, 0xa1, 0x300, 0x378, 0xfffe, 0x1f600, 0xe0001]])
