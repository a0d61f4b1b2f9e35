print(bytes("xyz", "ascii"), bytes("é", "utf-8"), bytes("é", "ascii", "replace"))
print(bytearray("hé", "utf-8"), bytes("a", encoding="ascii"), bytes("é", "ascii", errors="ignore"))
print(bytes(3), bytes([65, 66]), bytearray(2))
print(bytes("é", "ascii"))
