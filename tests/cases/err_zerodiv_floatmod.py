def fmod(a: float, b: float) -> float:
    return a % b

print(5.5 % 2.0, fmod(-5.5, 2.0))
z = -0.0
print(fmod(5.5, z))
