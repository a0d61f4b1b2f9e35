from typing import List, Optional, NamedTuple

alias = Optional
print(List)
