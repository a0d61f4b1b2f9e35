# A UTF-8 byte-order mark starts this file; CPython skips it.
word = "straße"
print(word, len(word), word.upper())
