import math

def safe_log(x: float) -> float:
    return math.log(x)

print(math.log(1), safe_log(100))
print(safe_log(0))
