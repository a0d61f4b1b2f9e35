x: float = 1.5e300 * 1e10
print(x, -x, x * 0.5, x + 1, -x - x)
n: float = x - x
print(n, -n, n == n, n != n, n < 1.0, n > 1.0, n * 0)
z: float = -0.0
print(z, 0.0, z == 0.0, -z, 0.0 * -1, z + 0.0, z - 0.0, z * z)
print(float("inf"), float("-inf"), float("nan"), float("-nan"), float("1e500"), float("-1e500"))
print(float("Infinity"), float("-INF"), float(" nan "))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(x > 1e308, -x < -1e308, x == x, x == float("inf"))
print(bool(n), bool(z), bool(x))
print(x / x, 0.0 * x)
