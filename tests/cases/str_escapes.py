print("tab:\tend")
print("newline:\nend")
print("backslash: \\ quote: \" apostrophe: \'")
print('single "double" inside', "double 'single' inside")
print("\x41\x42\x43", "\u00e9\u4e2d", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}")
print("\101\102", "a\0b" == "a\x00b", len("a\0b"))
print(r"raw \n \t stays", len(r"\n"))
print("""triple
quoted "string" with 'quotes'""")
print('''another
  indented
line''')
print("line \
continued")
print("adjacent" " literals" ' joined')
print("carriage\rreturn")
