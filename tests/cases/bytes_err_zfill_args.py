print(bytearray(b"7").zfill(3))
bytearray(b"7").zfill()
