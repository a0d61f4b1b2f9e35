# Unicode text inside __repr__/__str__ and attributes.


class Word:
    def __init__(self, text, lang):
        self.text = text
        self.lang = lang

    def __repr__(self):
        return "Word(" + repr(self.text) + ", " + self.lang + ")"

    def __str__(self):
        return "«" + self.text + "» [" + self.lang + "]"

    def length(self):
        return len(self.text)


words = [
    Word("café", "fr"),
    Word("naïve", "en"),
    Word("日本語", "ja"),
    Word("Straße", "de"),
    Word("ñandú", "es"),
    Word("🙂ok", "emoji"),
]
for w in words:
    print(w, w.length(), repr(w))
print(words)
print(words[2].text[1], words[3].text.upper())
print(f"{words[0]} → {words[1]!r}")


class Arrow:
    def __repr__(self):
        return "→"

    def __str__(self):
        return "⇒"


a = Arrow()
print(a, repr(a), [a], f"{a}{a!r}")
print(str(a) * 3)
