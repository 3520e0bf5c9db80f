"""Progress of long loops: a tqdm bar on a terminal; anywhere else (a log file, a pipe, CI) one plain
line every `ARABIC_IE_PROGRESS_SECONDS` seconds (default 30), so a log holds a few summaries instead
of thousands of carriage-return frames.

`progress(...)` takes tqdm's common arguments and returns an object with tqdm's `update`,
`set_postfix`, `set_postfix_str`, `close` and iteration, whichever form it has.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

DEFAULT_SECONDS = 30.0


def is_terminal(stream: TextIO | None = None) -> bool:
    stream = sys.stderr if stream is None else stream
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _seconds() -> float:
    try:
        return max(0.0, float(os.environ.get("ARABIC_IE_PROGRESS_SECONDS", DEFAULT_SECONDS)))
    except ValueError:
        return DEFAULT_SECONDS


class LineProgress:
    """tqdm's interface, printing `desc: n/total unit (p%), elapsed, rate[, postfix]` at most every `every` s."""

    def __init__(self, iterable: Iterable | None = None, total: int | None = None, desc: str = "", unit: str = "it",
                 initial: int = 0, every: float | None = None, stream: TextIO | None = None, disable: bool = False):
        self.iterable, self.desc, self.unit = iterable, desc or "progress", unit.strip() or "it"
        if total is None and iterable is not None and hasattr(iterable, "__len__"):
            total = len(iterable)
        self.total, self.n, self.initial = total, initial, initial
        self.every = _seconds() if every is None else every
        self.stream, self.disable = stream, disable
        self.postfix = ""
        self.start = self.last = time.monotonic()
        self.printed = self.printed_n = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.iterable:
            yield item
            self.update(1)
        self.close()

    def __enter__(self) -> "LineProgress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def line(self) -> str:
        elapsed = time.monotonic() - self.start
        done = f"{self.n:,}/{self.total:,}" if self.total else f"{self.n:,}"
        pct = f" ({100 * self.n / self.total:.0f}%)" if self.total else ""
        rate = (self.n - self.initial) / elapsed if elapsed > 0 else 0.0
        extra = f", {self.postfix}" if self.postfix else ""
        return f"{self.desc}: {done} {self.unit}{pct}, {elapsed:.0f}s, {rate:,.1f} {self.unit}/s{extra}"

    def _emit(self) -> None:
        if not self.disable:
            print(self.line(), file=self.stream or sys.stderr, flush=True)
            self.printed += 1
            self.printed_n = self.n
        self.last = time.monotonic()

    def update(self, n: int = 1) -> None:
        self.n += n
        if n and time.monotonic() - self.last >= self.every:
            self._emit()

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        self.postfix = s

    def set_postfix(self, ordered_dict: dict | None = None, refresh: bool = True, **kwargs: Any) -> None:
        items = {**(ordered_dict or {}), **kwargs}
        self.postfix = ", ".join(f"{k}={v}" for k, v in items.items())

    def close(self) -> None:
        """A last line when earlier ones were printed, so a long stage's log shows where it ended."""
        if self.printed and self.n != self.printed_n:
            self._emit()


def progress(iterable: Iterable | None = None, total: int | None = None, desc: str = "", unit: str = "it",
             initial: int = 0, disable: bool = False, bar: bool | None = None):
    """A tqdm bar when `bar` (default: stderr is a terminal), else a `LineProgress`; `disable`: silent."""
    if disable:
        return LineProgress(iterable, total, desc, unit, initial, disable=True)
    if bar if bar is not None else is_terminal():
        from tqdm import tqdm

        return tqdm(iterable, total=total, desc=desc or None, unit=unit, initial=initial)
    return LineProgress(iterable, total, desc, unit, initial)


def quiet_library_bars(datasets: bool = False) -> None:
    """Off a terminal, also silence the bars of Hugging Face libraries (weight loading; `datasets.map`)."""
    if is_terminal():
        return
    for module in ("transformers.utils.logging", *(["datasets.utils.logging"] if datasets else [])):
        try:
            __import__(module, fromlist=["disable_progress_bar"]).disable_progress_bar()
        except (ImportError, AttributeError):
            pass
