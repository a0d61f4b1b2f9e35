ba = bytearray(b"abc")
print(ba.pop(-1), ba)
ba.pop(2**70)
