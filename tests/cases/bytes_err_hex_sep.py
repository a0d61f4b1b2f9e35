print(b"\x01\x02".hex(":"))
b"\x01\x02".hex(bytearray(b":"))
