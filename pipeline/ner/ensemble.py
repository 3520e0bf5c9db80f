"""Loading several fine-tuned NER models as one: their per-subword log-probabilities are averaged
before the IOB2 Viterbi decoding, so the ensemble predicts like one `TokenClassifier` (built by
`pipeline.training.ensemble`).

Models fine-tuned along different paths (straight from the encoder, or through ANERcorp first)
make different mistakes, and the average corrects some of them. An ensemble directory holds
`ensemble.json`, the shared tokenizer, a model card, and `members/<name>/` (a standard Hugging
Face token-classification directory each, optionally stored in float16 to halve the size; they
are computed in float32).
"""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import torch

MANIFEST = "ensemble.json"


class MeanLogProb(torch.nn.Module):
    """Calls every member and returns the mean log-probabilities as `.logits`."""

    def __init__(self, members: list[torch.nn.Module]):
        super().__init__()
        self.members = torch.nn.ModuleList(members)
        self.config = members[0].config

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> SimpleNamespace:
        logp = [m(input_ids=input_ids, attention_mask=attention_mask).logits.log_softmax(-1) for m in self.members]
        return SimpleNamespace(logits=torch.stack(logp).mean(0))


def is_ensemble(path: Path) -> bool:
    return (Path(path) / MANIFEST).exists()


def load_members(path: Path) -> MeanLogProb:
    """The members named in `ensemble.json`, in float32."""
    from transformers import AutoModelForTokenClassification

    manifest = json.loads((path / MANIFEST).read_text())
    members = [AutoModelForTokenClassification.from_pretrained(str(path / "members" / name), use_safetensors=True,
                                                               dtype=torch.float32, local_files_only=True,
                                                               trust_remote_code=False)
               for name in manifest["members"]]
    return MeanLogProb(members)


__all__ = ["MANIFEST", "MeanLogProb", "is_ensemble", "load_members"]
