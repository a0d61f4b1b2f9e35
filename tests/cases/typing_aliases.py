# Module-level type aliases, used in annotations only.
from typing import Dict, List, Optional, TypeAlias, Union

Vec = list[float]
Matrix = List[List[float]]
Table: TypeAlias = Dict[str, List[int]]
Num = Union[int, float]
MaybeStr = Optional[str]
IntOrNone = int | None
conv = int


def scale(v: Vec, k: Num) -> Vec:
    return [x * k for x in v]


def rows(m: Matrix, t: Table, s: MaybeStr, n: IntOrNone) -> int:
    return len(m) + len(t) + (len(s) if s else 0) + (n or 0)


print(scale([1.5, 2.0], 2), rows([[1.0]], {"a": [1]}, "xy", None), conv("42") + 1)
