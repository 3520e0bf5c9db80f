"""The NER model's optional word channel: static word vectors of a word and its two neighbours, through a small
MLP, added to the encoder's logits at each of the word's subwords.

Why: the encoder is small and saw 26 M subword tokens; fastText vectors trained on the same raw news (see
`scripts/train_word_vectors.py`) remember rare words, names above all, as whole words. The vector table is
frozen (one table for every run trained with it, so runs still average into a soup); the MLP's last layer
starts at zero, so training starts from the encoder's own predictions. A model with the channel holds
`word_channel.json` (vocabulary and sizes) and `word_channel.safetensors` (table and MLP) beside the Hugging Face
files.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import torch

from pipeline.text.chars import model_view, word_key

CHANNEL_CONFIG = "word_channel.json"
CHANNEL_WEIGHTS = "word_channel.safetensors"
VECTORS_CONFIG = "vectors.json"
VECTORS_WEIGHTS = "vectors.safetensors"
WINDOW = 3  # the word, the one before it, the one after it


@lru_cache(maxsize=200_000)
def vector_key(word: str) -> str:
    """The form a word's vector is stored under: as the model reads it, alef forms unified."""
    return word_key(model_view(word))


def save_vectors(out: Path, vocab: list[str], matrix: np.ndarray, meta: dict) -> None:
    """A vector table as `scripts/train_word_vectors.py` writes it (float16; row i is `vocab[i]`)."""
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    save_file({"vectors": matrix.astype(np.float16)}, str(out / VECTORS_WEIGHTS))
    (out / VECTORS_CONFIG).write_text(json.dumps({**meta, "vocab": vocab}, ensure_ascii=False))


class WordChannel(torch.nn.Module):
    """Per-label logit offsets from the frozen vectors of each subword's word and its neighbours."""

    def __init__(self, vocab: list[str], table: torch.Tensor, num_labels: int, hidden: int = 128,
                 meta: dict | None = None):
        super().__init__()
        self.vocab = vocab
        self.index = {w: i for i, w in enumerate(vocab, 1)}  # 0: padding, special tokens, unknown words
        dim = table.size(1)
        self.table = torch.nn.Embedding(len(vocab) + 1, dim, padding_idx=0)
        self.table.weight.data[1:] = table.float()
        self.table.weight.requires_grad_(False)
        self.mlp = torch.nn.Sequential(torch.nn.Linear(WINDOW * dim, hidden), torch.nn.GELU(),
                                       torch.nn.Linear(hidden, num_labels))
        torch.nn.init.zeros_(self.mlp[2].weight)
        torch.nn.init.zeros_(self.mlp[2].bias)
        self.meta = meta or {}

    @classmethod
    def from_vectors(cls, folder: str | Path, num_labels: int) -> "WordChannel":
        """A fresh channel over a table written by `scripts/train_word_vectors.py`."""
        from safetensors.torch import load_file

        folder = Path(folder)
        meta = json.loads((folder / VECTORS_CONFIG).read_text())
        vocab = meta.pop("vocab")
        return cls(vocab, load_file(str(folder / VECTORS_WEIGHTS))["vectors"], num_labels,
                   meta={**meta, "vectors": str(folder)})

    @classmethod
    def load(cls, path: Path) -> "WordChannel":
        from safetensors.torch import load_file

        cfg = json.loads((path / CHANNEL_CONFIG).read_text())
        state = {k: v.float() for k, v in load_file(str(path / CHANNEL_WEIGHTS)).items()}
        channel = cls(cfg["vocab"], state["table.weight"][1:], cfg["num_labels"], cfg["hidden"], cfg.get("meta"))
        channel.load_state_dict(state)
        return channel

    def save(self, path: Path, half: bool = False) -> None:
        from safetensors.torch import save_file

        state = {k: (v.half() if half else v).contiguous() for k, v in self.state_dict().items()}
        save_file(state, str(path / CHANNEL_WEIGHTS))
        (path / CHANNEL_CONFIG).write_text(json.dumps(
            {"num_labels": self.mlp[2].out_features, "hidden": self.mlp[0].out_features, "window": WINDOW,
             "meta": self.meta, "vocab": self.vocab}, ensure_ascii=False))

    def word_index(self, words: list[str], word_ids: list[int | None]) -> list[list[int]]:
        """For each subword position: the table rows of its word, the word before and the word after."""
        ids = [0, *(self.index.get(vector_key(w), 0) for w in words), 0]  # row 0 beyond either edge
        return [[0, 0, 0] if w is None else ids[w:w + WINDOW] for w in word_ids]

    def forward(self, word_index: torch.Tensor) -> torch.Tensor:
        return self.mlp(self.table(word_index).flatten(-2))


class WithWordChannel(torch.nn.Module):
    """A Hugging Face token classifier whose logits get the word channel's offsets."""

    def __init__(self, base: torch.nn.Module, channel: WordChannel):
        super().__init__()
        self.base = base
        self.channel = channel
        self.config = base.config

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                word_index: torch.Tensor) -> SimpleNamespace:
        logits = self.base(input_ids=input_ids, attention_mask=attention_mask).logits
        return SimpleNamespace(logits=logits + self.channel(word_index))


def has_channel(path: Path) -> bool:
    return (Path(path) / CHANNEL_CONFIG).exists()


__all__ = ["CHANNEL_CONFIG", "CHANNEL_WEIGHTS", "WithWordChannel", "WordChannel", "has_channel", "save_vectors",
           "vector_key"]
