print(int(True), int(False), float(True), float(False), str(True), str(False))
print(hex(True), bin(True), oct(False), round(True), divmod(True, True))
print(bool(1) + bool(2), bool("x") * 10, str(bool(0)) + "!")
print(len(str(True)), len(str(False)))
b: bool = 3 > 1
n: int = b + b
print(b, n, -b, b * 1.5, int(not b))
