print(b"-".join([b"a", b"b"]))
b"-".join(5)
