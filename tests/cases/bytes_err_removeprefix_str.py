print(b"prefix".removeprefix(b"pre"))
b"prefix".removeprefix("pre")
