# A tiny ray caster built on a Vec3 class with operator overloading.
import math


class Vec3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)

    def __truediv__(self, k):
        return Vec3(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vec3(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self / self.length()

    def __repr__(self):
        return "Vec3(" + str(round(self.x, 4)) + ", " + str(round(self.y, 4)) + ", " + str(round(self.z, 4)) + ")"


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, name):
        self.center = center
        self.radius = radius
        self.name = name

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        if t > 1e-6:
            return t
        return None

    def normal(self, point):
        return (point - self.center).normalized()


class Scene:
    def __init__(self, light):
        self.objects = []
        self.light = light.normalized()
        self.hits = 0

    def add(self, obj):
        self.objects.append(obj)

    def trace(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best = obj
                best_t = t
        if best is None:
            return 0.0, None
        self.hits += 1
        p = ray.at(best_t)
        n = best.normal(p)
        shade = max(0.0, n.dot(self.light))
        return shade, best


a = Vec3(1, 2, 3)
b = Vec3(-2, 0.5, 4)
print(a + b, a - b, a * 2, 0.5 * a, -a, a / 4)
print(a.dot(b), a.cross(b), round(a.length(), 6), a.normalized())
print(a.cross(b).dot(a), a.cross(a))

scene = Scene(Vec3(-1, 1, -1))
scene.add(Sphere(Vec3(0, 0, 5), 1.5, "big"))
scene.add(Sphere(Vec3(2, 1, 4), 0.7, "small"))
scene.add(Sphere(Vec3(0, -101.5, 5), 100, "floor"))
eye = Vec3(0, 0, 0)
W = 32
H = 12
palette = " .:-=+*#%@"
counts = {}
total = 0.0
for j in range(H):
    row = ""
    for i in range(W):
        dx = (i - W / 2 + 0.5) / (W / 2) * 1.2
        dy = (H / 2 - j - 0.5) / (H / 2) * 0.6
        shade, obj = scene.trace(Ray(eye, Vec3(dx, dy, 1)))
        total += shade
        if obj is not None:
            counts[obj.name] = counts.get(obj.name, 0) + 1
        row += palette[min(9, int(shade * 9.999))] if obj is not None else "~"
    print(row)
print(sorted(counts.items()), scene.hits, round(total, 6))
r = Ray(eye, Vec3(0, 0, 1))
print(scene.objects[0].hit(r), r.at(3.5), scene.objects[1].hit(r))
