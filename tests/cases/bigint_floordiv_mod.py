A: int = 10 ** 30 + 7
B: int = 10 ** 12 + 3
print(A // B, A % B)
print(-A // B, -A % B)
print(A // -B, A % -B)
print(-A // -B, -A % -B)
print(A // 7, -A // 7, A % 7, -A % 7)
print(7 // A, -7 // A, 7 % A, -7 % A)
print(divmod(A, B))
print(divmod(-A, B))
print(divmod(A, -B))
print(divmod(-A, -B))
C: int = 2 ** 64
print(C // 3, -C // 3, C % 3, -C % 3, C % -3)
print((-C) // (C // 2), -C // -C, C // C)
q: int = A
q //= -B
print(q)
q %= 1000
print(q)
