"""A model directory's `SHA256SUMS` (the `sha256sum` format): written when a model is published,
checked whenever it is loaded, so a damaged, half-fetched or swapped weight file is an error
naming the file instead of a model that quietly predicts something else."""
from __future__ import annotations

import hashlib
from pathlib import Path

SUMS = "SHA256SUMS"
CARDS = ("README.md", "scores.json", "loss_curve.json")  # documentation, rewritten as benchmarks are rerun: not listed
_VERIFIED: dict[tuple, int] = {}  # (folder, the listed files' sizes and mtimes) -> files checked: a model is hashed once per process


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sums(folder: str | Path) -> Path:
    """List every file a model loads under `folder` with its sha256 (the sums file, the cards and hidden names left out)."""
    folder = Path(folder)
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != SUMS and p.name not in CARDS
                   and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    out = folder / SUMS
    out.write_text("".join(f"{sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in files), encoding="utf-8")
    return out


def verify_sums(folder: str | Path) -> int:
    """Check the files `SHA256SUMS` lists (none to check without it); the number checked.
    A missing or changed file raises ValueError naming it and the sums file's line."""
    folder = Path(folder)
    sums = folder / SUMS
    if not sums.is_file():
        return 0
    lines = sums.read_text(encoding="utf-8").splitlines()
    state = (str(folder.resolve()), tuple(lines), tuple(_stat(folder / line.partition("  ")[2]) for line in lines))
    if state in _VERIFIED:
        return _VERIFIED[state]
    n = 0
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        expected, sep, name = line.partition("  ")
        target = folder / name
        if not sep or len(expected) != 64 or Path(name).is_absolute() or ".." in Path(name).parts:
            raise ValueError(f"{sums}:{lineno}: not a 'sha256  relative/path' line")
        if not target.is_file():
            raise ValueError(f"{target}: missing ({sums}:{lineno} lists it): fetch the model again")
        if sha256(target) != expected:
            raise ValueError(f"{target}: sha256 differs from {sums}:{lineno} (damaged, partly fetched or "
                             "replaced): fetch the model again, or run `scripts/publish_model.py sums` if you "
                             "changed it on purpose")
        n += 1
    _VERIFIED[state] = n
    return n


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except (OSError, ValueError):
        return None
    return st.st_size, st.st_mtime_ns
