# Names from typing in annotations; cast() and TYPE_CHECKING as values.
from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, Union, cast
import typing as t

if TYPE_CHECKING:
    print("never printed")


def first(xs: List[int], default: Optional[int] = None) -> Optional[int]:
    return xs[0] if xs else default


def tally(words: List[str]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for w in words:
        out[w] = out.get(w, 0) + 1
    return out


def apply(f: Callable[[int], int], x: Union[int, bool]) -> Tuple[int, Any]:
    return f(x), x


def norm(v: t.Sequence[float]) -> float:
    s: typing.Optional[float] = 0.0
    for x in v:
        s += x * x
    return cast(float, s) ** 0.5


print(first([4, 5]), first([]), first([], -1))
print(tally("a b a c b a".split()))
print(apply(lambda n: n * 3, 7), apply(lambda n: -n, True))
print(norm([3.0, 4.0]), cast(int, "not checked"), typing.cast(str, 5), t.cast(List[int], [1]))
print(TYPE_CHECKING, typing.TYPE_CHECKING)
