"""Keyset paging in both directions, for the tables that scroll a million rows.

A table asks for a page by where it starts, never by how far down it is:

- `Seek(limit)` — the first rows;
- `Seek(limit, after=key)` — the rows after the row whose key is `key`;
- `Seek(limit, reverse=True)` — the last rows (Ctrl+End), nearest to the end first;
- `Seek(limit, after=key, reverse=True)` — the rows before `key`, nearest first;
- `offset` skips that many rows past the start point: a table that jumps into
  the middle (the scroll bar dragged) starts from the nearest key it knows, so
  the skip stays short, and a jump to either end skips nothing.

Every returned row comes with its key (`KeyPage.keys`), which the table keeps
as the boundary for its next request. A list is one or more *segments* walked
in order (the newest files first, then those with no submission time: a NULL
cannot be sought past in an index, so it gets its own segment); a key is
`(segment, *sort values)`. `walk` runs a page across segments with two small
functions a service gives it, one that reads rows of a segment and one that
counts them (needed only when an offset spans a whole segment).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Key = tuple[Any, ...]


@dataclass(frozen=True)
class Seek:
    limit: int
    after: Key | None = None
    reverse: bool = False
    offset: int = 0


@dataclass
class KeyPage:
    """Rows in list order for a forward seek, nearest-first for a reverse one;
    `keys[i]` is the key of `rows[i]`."""
    rows: list[Any] = field(default_factory=list)
    keys: list[Key] = field(default_factory=list)


# run(segment, after_values | None, reverse, limit, offset) -> [(row, sort values), ...]
Run = Callable[[int, Sequence[Any] | None, bool, int, int], list[tuple[Any, Sequence[Any]]]]
# count(segment, after_values | None, reverse) -> rows of the segment past that point
Count = Callable[[int, Sequence[Any] | None, bool], int]


def walk(segments: int, seek: Seek, run: Run, count: Count) -> KeyPage:
    """One page of a list made of `segments` segments (see the module docstring)."""
    out = KeyPage()
    need, skip = max(0, int(seek.limit)), max(0, int(seek.offset))
    if need == 0:
        return out
    if seek.after is not None:
        start = int(seek.after[0])
    else:
        start = segments - 1 if seek.reverse else 0
    order = range(start, -1, -1) if seek.reverse else range(start, segments)
    for seg in order:
        after = tuple(seek.after[1:]) if seek.after is not None and seg == start else None
        got = run(seg, after, seek.reverse, need, skip)
        if not got:
            if skip:      # the offset went past this whole segment
                skip -= min(skip, count(seg, after, seek.reverse))
            continue
        skip = 0
        for row, values in got:
            out.rows.append(row)
            out.keys.append((seg, *values))
        need -= len(got)
        if need <= 0:
            break
    return out


def seek_sql(cols: Sequence[str], descending: bool, reverse: bool) -> tuple[str, str]:
    """(the comparison that continues past `(:k0, :k1, …)`, the ORDER BY) for a
    segment sorted on `cols`: reading in reverse flips both."""
    down = descending != reverse
    marks = ", ".join(f":k{i}" for i in range(len(cols)))
    cond = f"({', '.join(cols)}) {'<' if down else '>'} ({marks})"
    order = ", ".join(f"{c} DESC" if down else c for c in cols)
    return cond, order
