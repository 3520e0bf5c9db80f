"""Which device a training run uses: the CPU here, a GPU where one is lent, never a silent fallback."""
from __future__ import annotations

import torch


def resolve_device(name: str) -> torch.device:
    """`auto` takes CUDA where torch sees a GPU; asking for CUDA without one is an error, never a silent CPU run
    of a schedule sized for a GPU."""
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name not in ("cpu", "cuda"):
        raise ValueError(f"--device: cpu, cuda or auto, not {name!r}")
    if name == "cuda" and not torch.cuda.is_available():
        raise ValueError("--device cuda: torch sees no CUDA device on this machine")
    return torch.device(name)
