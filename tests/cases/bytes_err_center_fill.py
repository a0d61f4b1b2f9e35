print(b"ab".center(6, b"*"))
b"ab".center(6, b"**")
