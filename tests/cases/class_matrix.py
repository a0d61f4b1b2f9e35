# Matrix class with __mul__, __add__, __getitem__, __eq__ and helper methods.


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0])

    def __getitem__(self, i):
        return self.rows[i]

    def __setitem__(self, i, row):
        self.rows[i] = row

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __add__(self, other):
        return Matrix([[self[i][j] + other[i][j] for j in range(self.m)] for i in range(self.n)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            result = []
            for i in range(self.n):
                row = []
                for j in range(other.m):
                    s = 0
                    for k in range(self.m):
                        s += self[i][k] * other[k][j]
                    row.append(s)
                result.append(row)
            return Matrix(result)
        return Matrix([[x * other for x in row] for row in self.rows])

    def __rmul__(self, k):
        return self * k

    def transpose(self):
        return Matrix([[self[i][j] for i in range(self.n)] for j in range(self.m)])

    def power(self, e):
        result = identity(self.n)
        base = self
        while e > 0:
            if e % 2 == 1:
                result = result * base
            base = base * base
            e //= 2
        return result

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        return "\n".join([" ".join([str(x).rjust(4) for x in row]) for row in self.rows])


def identity(n):
    return Matrix([[1 if i == j else 0 for j in range(n)] for i in range(n)])


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a * b))
print(repr(b * a))
print(a + b)
print(repr(a * 2), repr(3 * a))
print(a[1][0], a[0])
print(a * identity(2) == a, a == b, a != b, a == [[1, 2], [3, 4]])
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(c.transpose())
print(repr(c * c.transpose()))
print(repr(c.transpose() * c))
fib = Matrix([[1, 1], [1, 0]])
for e in [1, 2, 5, 10, 50, 100]:
    print(e, fib.power(e)[0][1])
a[0] = [9, 9]
a[1][1] = -1
print(repr(a))
print(repr(identity(3) * Matrix([[1], [2], [3]])))
