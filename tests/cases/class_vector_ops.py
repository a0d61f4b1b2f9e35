# 2-D vector with operator overloading used in a small physics loop.


class Vec:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __repr__(self):
        return "Vec(" + str(round(self.x, 4)) + ", " + str(round(self.y, 4)) + ")"


a = Vec(1, 2)
b = Vec(3, -1)
print(a + b, a - b, b - a)
print(a * 3, 3 * a, a * 0.5, 2.5 * b)
print(a * b)
print(-a, -(-a), -a + a)
print(a + b == Vec(4, 1), a == b, a != b, a == (1, 2))
print(Vec(3, 4).length(), (a - b).length())
c = a
c += b
print(c, a, c is a)
c -= Vec(1, 1)
print(c)
c *= 2
print(c)

# projectile motion with simple Euler integration
pos = Vec(0.0, 0.0)
vel = Vec(4.0, 10.0)
gravity = Vec(0.0, -9.8)
dt = 0.25
step = 0
while pos.y >= 0:
    print("t=" + str(step * dt), pos, vel)
    pos = pos + vel * dt
    vel = vel + dt * gravity
    step += 1
print("landed after", step, "steps at x =", round(pos.x, 3))
