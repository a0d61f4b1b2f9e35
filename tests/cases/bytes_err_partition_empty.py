print(bytearray(b"a=b").partition(b"="))
bytearray(b"a=b").rpartition(b"")
