"""The garbage collector's settings for the long-running processes (`serve`, `run`, `jobs`)."""

from __future__ import annotations

import gc

# Objects allocated between young collections (CPython's default is 700). Nearly everything a
# request or a push allocates is freed by reference counting; at 700 the collector still ran
# every few pushes and took ~70 us of the ~500 us of CPU a push costs (B2).
YOUNG_THRESHOLD = 50_000


def settle() -> None:
    """Call once everything is loaded, before serving or ticking: what is loaded by then
    (modules, routes, tables, schema) lives as long as the process, so it is frozen out of
    the full collections (which otherwise stall requests for tens of milliseconds: B1's p99
    fell from ~40 ms to ~7 ms), and young collections run less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, 20, 20)
