# center / ljust / rjust / zfill on bytes and bytearray.
data = [b"", b"a", b"ab", b"abc", b"-42", b"+7", b"x\xe9y"]
for d in data:
    for w in [-3, 0, 1, 2, 3, 4, 5, 6, 7]:
        print(w, d.center(w), d.ljust(w), d.rjust(w), d.zfill(w))
for d in data:
    ba = bytearray(d)
    print(ba.center(6, b"*"), ba.ljust(5, bytearray(b".")), ba.rjust(4, b"\xff"), ba.zfill(5))
print(b"ab".center(7, b"-"), b"abc".center(6, b"-"), b"abc".center(8, b"="))
print(b"-".zfill(3), b"+".zfill(1), b"--1".zfill(5), b"1-".zfill(4), b"".zfill(0))
print(bytearray(b"-5").zfill(4), bytearray().center(3), bytearray(b"q").ljust(-1))
print(b"ab".center(True), b"ab".ljust(False), b"ab".rjust(3, b"\x00"))
w = 9
print(b"mid".center(w, b"~"), len(b"mid".ljust(w)), type(bytearray(b"x").rjust(3)).__name__)
s = b"same"
print(s.center(2) == s, s.zfill(-1) == s, s.ljust(4) is s, s.rjust(3) is s, s.zfill(4) is s)
ba = bytearray(b"same")
print(ba.center(2) is ba, ba.zfill(1) is ba, ba.ljust(0) == ba)
