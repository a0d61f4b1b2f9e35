import typing
from typing import cast

T = typing.TypeVar("T")
print(cast(int))
