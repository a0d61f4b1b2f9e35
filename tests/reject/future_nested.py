import math

if math.pi > 3:
    from __future__ import annotations
