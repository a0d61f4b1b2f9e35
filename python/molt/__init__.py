"""Molt's pure-Python companion package.

This package lets the same program run under CPython: anything a Molt program
imports from ``molt`` (schemas, the web layer, jobs, ...) will have a
pure-Python implementation here, so the unmodified source runs on CPython for
development and serves as the oracle in tests. It is empty for now.
"""

__all__: list[str] = []
