"""Keep a long import's memory from creeping up: glibc's allocator settings for PyTorch.

Embedding thousands of listings allocates and frees tensors of many sizes (each batch is as
long as its longest text). glibc's malloc raises its mmap threshold each time a large block is
freed, so later large tensors come from the heap, which fragments and is not given back: the
import's resident memory climbs batch after batch. Fixing the threshold (large blocks always
mapped, so freeing them returns the memory at once), using at most two arenas, and trimming the
heap after each batch keeps it flat. Elsewhere than glibc (musl, macOS) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
#: Blocks from this size up are mapped on their own and unmapped when freed.
MMAP_FROM = 1 << 20
ARENAS = 2


@cache
def _glibc() -> Any | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    if not hasattr(libc, "mallopt") or not hasattr(libc, "malloc_trim"):
        return None
    return libc


def limit_heap_growth() -> bool:
    """Set the allocator for a long import (once per process is enough); whether it could."""
    libc = _glibc()
    if libc is None:
        return False
    done = libc.mallopt(M_MMAP_THRESHOLD, MMAP_FROM) == 1
    done &= libc.mallopt(M_TRIM_THRESHOLD, MMAP_FROM) == 1
    done &= libc.mallopt(M_ARENA_MAX, ARENAS) == 1
    return bool(done)


def give_back_freed() -> None:
    """Return the heap's free memory to the system (after a batch has been embedded)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
