"""Token classification over subwords at prediction: word tags, then entity spans.

Training (`pipeline.training.train`) puts each word's label on its first subword (or on every
subword). At prediction each word is scored by its first
subword and the tag sequence is the best one under IOB2 (Viterbi with I-X allowed only
after B-X or I-X), so a sentence never gets an entity that starts inside. Any local Hugging Face checkpoint with a fast tokenizer can be the base.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

from pipeline.io.checksums import verify_sums
from pipeline.ner.data import Span, model_words, tags_to_entities
from pipeline.ner.ensemble import is_ensemble, load_members
from pipeline.ner.word_vectors import WithWordChannel, WordChannel, has_channel


def iob2_transitions(labels: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Additive start and transition scores: 0 where IOB2 allows a move, -inf where it does not."""
    def inside(name: str) -> str | None:
        return name[2:] if name.startswith("I-") else None

    start = np.array([0.0 if inside(b) is None else -np.inf for b in labels])
    trans = np.array([[0.0 if inside(b) is None or a[2:] == inside(b) and a != "O" else -np.inf for b in labels]
                      for a in labels])
    return start, trans


def viterbi(scores: np.ndarray, start: np.ndarray, trans: np.ndarray) -> list[int]:
    """Best label ids for a (words x labels) array of log-probabilities under the allowed moves."""
    best, back = scores[0] + start, []
    for row in scores[1:]:
        cand = best[:, None] + trans
        back.append(cand.argmax(0))
        best = cand.max(0) + row
    path = [int(best.argmax())]
    for ptr in reversed(back):
        path.append(int(ptr[path[-1]]))
    return path[::-1]


def is_model_dir(path: Path) -> bool:
    """A fine-tuned model (`config.json`) or an ensemble of them (`ensemble.json`)."""
    return (path / "config.json").exists() or is_ensemble(path)


def require_model_dir(path: str | Path, ensemble_ok: bool = True) -> Path:
    """`path` if it is a local model directory whose files match its `SHA256SUMS` (when it has one);
    otherwise an error naming it. Models are only ever read from local folders
    (`local_files_only=True`: never a download) and never run code they bring (`trust_remote_code=False`)."""
    path = Path(path)
    if not (path / "config.json").is_file() and not (ensemble_ok and is_ensemble(path)):
        what = "config.json or ensemble.json" if ensemble_ok else "config.json"
        raise FileNotFoundError(f"not a model directory: {path} (no {what})")
    verify_sums(path)
    return path


class TokenClassifier:
    """A fine-tuned model plus its tokenizer and label map, predicting tags for word lists."""

    def __init__(self, model, tokenizer, max_length: int = 128, constrained: bool = True):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.labels = [model.config.id2label[i] for i in range(len(model.config.id2label))]
        self.max_length = max_length
        self.start, self.trans = iob2_transitions(self.labels)
        if not constrained:  # per-word argmax, kept to measure what the constraint is worth
            self.start, self.trans = np.zeros_like(self.start), np.zeros_like(self.trans)

    @classmethod
    def load(cls, path: str | Path, constrained: bool = True) -> "TokenClassifier":
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        from pipeline.progress import quiet_library_bars

        path = require_model_dir(path)
        quiet_library_bars()
        if is_ensemble(path):
            model = load_members(path)
        else:
            # float32 whatever the stored precision (ensemble members are kept in float16)
            model = AutoModelForTokenClassification.from_pretrained(str(path), use_safetensors=True,
                                                                    dtype=torch.float32, local_files_only=True,
                                                                    trust_remote_code=False)
            if has_channel(path):
                model = WithWordChannel(model, WordChannel.load(path))
        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
        meta = path / "training_config.json"
        max_length = json.loads(meta.read_text()).get("max_length", 128) if meta.exists() else 128
        return cls(model, tokenizer, max_length, constrained)

    def _fit(self, words: list[str]) -> list[list[str]]:
        """Cut a word list into pieces whose subwords fit the model's window."""
        enc = self.tokenizer(words, is_split_into_words=True, add_special_tokens=True)
        if len(enc["input_ids"]) <= self.max_length or len(words) == 1:
            return [words]
        half = len(words) // 2
        return self._fit(words[:half]) + self._fit(words[half:])

    @torch.inference_mode()
    def predict(self, sentences: list[list[str]], batch_size: int = 32) -> list[list[str]]:
        """IOB2 tags, one per word, for each word list."""
        pieces: list[tuple[int, list[str]]] = []
        for k, words in enumerate(sentences):
            pieces.extend((k, p) for p in self._fit(words) if p)
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i][1]))
        tags_of: dict[int, list[str]] = {}
        for b in range(0, len(order), batch_size):
            idx = order[b:b + batch_size]
            batch = [pieces[i][1] for i in idx]
            enc = self.tokenizer(batch, is_split_into_words=True, truncation=True, max_length=self.max_length,
                                 padding=True, return_tensors="pt")
            inputs = {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}
            if isinstance(self.model, WithWordChannel):
                inputs["word_index"] = torch.tensor([self.model.channel.word_index(words, enc.word_ids(row))
                                                     for row, words in enumerate(batch)])
            logp = self.model(**inputs).logits.log_softmax(-1).numpy()
            for row, i in enumerate(idx):
                first: dict[int, int] = {}
                for pos, wid in enumerate(enc.word_ids(row)):
                    if wid is not None:
                        first.setdefault(wid, pos)
                tags = ["O"] * len(pieces[i][1])
                if first:
                    wids = sorted(first)
                    for wid, lab in zip(wids, viterbi(logp[row, [first[w] for w in wids]], self.start, self.trans)):
                        tags[wid] = self.labels[lab]
                tags_of[i] = tags
        out: list[list[str]] = [[] for _ in sentences]
        for i, (k, _) in enumerate(pieces):
            out[k].extend(tags_of[i])
        for k, words in enumerate(sentences):  # words with no subword at all (e.g. only control chars)
            out[k].extend(["O"] * (len(words) - len(out[k])))
        return out


def predict_entities(classifier, sentences: list[tuple[list[Span], list[str]]], batch_size: int = 32) -> list[list[dict]]:
    """Entity spans of each sentence, given as (token offsets, words as written): the one prediction path
    of the spaCy component and of training's scores (the words as the model reads them, the classifier's
    IOB2 tags, tags back to spans with symbols left out). `classifier` is anything with `predict`."""
    tags = classifier.predict([model_words(words) for _, words in sentences], batch_size)
    return [tags_to_entities(offsets, t, words) for (offsets, words), t in zip(sentences, tags)]
