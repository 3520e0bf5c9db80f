"""Fine-tune any local Hugging Face encoder for PER/TITLE/LOC/ORG token classification.

Inputs are the project's JSONL or CoNLL (ANERcorp included). A corpus that never
marks a label (ANERcorp has no TITLE) is not penalized for it: on that corpus a
word tagged O may be O or that label, and the loss sums their probabilities.
Early stopping on dev span F1; the best weights are saved as safetensors with the
tokenizer, the label map, the training config and a model card.
"""
from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch

from pipeline.evaluate import evaluate
from pipeline.io.conll import DEFAULT_TAGS, read_conll
from pipeline.io.jsonl import read_jsonl
from pipeline.io.checksums import write_sums
from pipeline.ner.model import TokenClassifier, predict_entities, require_model_dir
from pipeline.ner.word_vectors import WithWordChannel, WordChannel
from pipeline.progress import progress, quiet_library_bars
from pipeline.schema import ENTITY_LABELS, item_id
from pipeline.text.tokenizer import ArabicTokenizer
from pipeline.training import require_extra
from pipeline.training.data import Example, conform_to_tokenizer, examples
from pipeline.training.device import resolve_device

IGNORE = -100


@dataclass
class TrainConfig:
    base_model: str
    epochs: int = 15
    batch_size: int = 16
    lr: float = 2e-4
    weight_decay: float = 0.01
    warmup: float = 0.1
    patience: int = 3
    seed: int = 13
    max_length: int = 128
    label_all_subwords: bool = False
    augment: int = 0
    augment_weight: float = 1.0  # share of the substituted copies sampled each epoch
    max_minutes: float = 30.0
    threads: int = 2
    keep_misc: bool = False
    weights: list[float] = field(default_factory=list)  # per --train file: share of it sampled each epoch
    half: bool = False  # store the weights in float16 (loaded as float32: half the size, same predictions)
    tag_map: dict[str, str] = field(default_factory=dict)  # CoNLL tag type -> project label (--tag-map PERSON=PER)
    word_vectors: str = ""  # a folder of scripts/train_word_vectors.py: adds the word channel (ner/word_vectors.py)
    device: str = "auto"  # cpu, cuda or auto (cuda where torch sees one); dev scoring and saving stay on the CPU
    labels: list[str] = field(default_factory=list)


def load_docs(path: str | Path, keep_misc: bool = False, tag_map: dict[str, str] | None = None) -> list[dict]:
    """JSONL (by extension) or CoNLL documents; CoNLL is re-tokenized to the project's words, its tag
    types named as the project's labels by `pipeline.io.conll.DEFAULT_TAGS` and `tag_map`."""
    path = Path(path)
    if path.suffix == ".jsonl":
        return read_jsonl(path)
    words = ArabicTokenizer()
    tags = {**DEFAULT_TAGS, **tag_map} if tag_map else None
    return [conform_to_tokenizer(d, words) for d in read_conll(path, tag_map=tags, keep_misc=keep_misc)]


def dropped_tag_types(path: str | Path, keep_misc: bool = False, tag_map: dict[str, str] | None = None) -> list[str]:
    """The entity types of a CoNLL file that import drops (no project label for them), most frequent first."""
    if Path(path).suffix == ".jsonl":
        return []
    known = {**DEFAULT_TAGS, **(tag_map or {}), **({"MISC": "MISC"} if keep_misc else {})}
    types: Counter = Counter()
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            types.update(t[2:] for t in line.split()[1:] if t[:2] in ("B-", "I-") and t[2:] not in known)
    return [t for t, _ in types.most_common()]


def check_corpora(docs_by_path: dict[Path, list[dict]], keep_misc: bool = False,
                  tag_map: dict[str, str] | None = None) -> None:
    """Refuse what would train a model that can only say O: a training file with no document, a CoNLL
    file none of whose tags is a project label, training data without a single entity."""
    for path, docs in docs_by_path.items():
        dropped = dropped_tag_types(path, keep_misc, tag_map)
        if not docs:
            raise ValueError(f"{path}: no documents to train on (an empty file?)")
        if dropped and not any(d.get("entities") for d in docs):
            raise ValueError(f"{path}: none of its tags is a project label ({', '.join(ENTITY_LABELS)}); unknown tag "
                             f"types: {', '.join(dropped)}. Map them with --tag-map, e.g. --tag-map {dropped[0]}=PER")
        if dropped:
            print(f"note: {path}: entities of type {', '.join(dropped)} are left out (no project label; "
                  "--tag-map maps a type to one)", file=sys.stderr)
    if not any(d.get("entities") for docs in docs_by_path.values() for d in docs):
        raise ValueError(f"no entity in the training data ({', '.join(map(str, docs_by_path))}): "
                         "the model could only learn O")


def carve(docs: list[dict], fraction: float) -> tuple[list[dict], list[dict]]:
    """A fixed dev slice from the end of a corpus (at least one document) and the rest, in order."""
    cut = len(docs) - max(1, int(len(docs) * fraction))
    return docs[:cut], docs[cut:]


def label_list(exs: list[Example]) -> list[str]:
    """IOB2 labels of the entity types that at least one training corpus marks."""
    seen = {t[2:] for ex in exs for t in ex.tags if t != "O"}
    names = [label for label in ENTITY_LABELS if label in seen] + sorted(seen - set(ENTITY_LABELS))
    return ["O"] + [f"{p}-{n}" for n in names for p in ("B", "I")]


def epoch_order(groups: list[list[int]], weights: list[float], rng: random.Random) -> list[int]:
    """One epoch's example indices: each corpus `weight` times over (the fraction a fresh random
    sample each epoch), shuffled together, so a large foreign corpus does not drown the rest."""
    order: list[int] = []
    for idx, weight in zip(groups, weights):
        whole, frac = divmod(weight, 1)
        order += idx * int(whole) + rng.sample(idx, round(frac * len(idx)))
    rng.shuffle(order)
    return order


def only_annotated(gold: list[dict], pred: list[dict]) -> list[dict]:
    """Predictions without the labels a corpus never annotates (ANERcorp has no TITLE): a TITLE
    found there is neither right nor wrong, so it must not count as a false positive."""
    labels = {e["label"] for d in gold for e in d.get("entities", [])}
    return [{**p, "entities": [e for e in p["entities"] if e["label"] in labels]} for p in pred]


def align_labels(word_ids: list[int | None], word_labels: list[int], label_all_subwords: bool = False,
                 inside_of: dict[int, int] | None = None) -> list[int]:
    """Subword label ids for one sequence: first subword of each word labelled, the rest -100.

    With `label_all_subwords` later subwords carry the word's label, a B- label turned
    into its I- form (`inside_of` maps B ids to I ids).
    """
    out, prev = [], None
    for wid in word_ids:
        if wid is None:
            out.append(IGNORE)
        elif wid != prev:
            out.append(word_labels[wid])
        elif label_all_subwords:
            lab = word_labels[wid]
            out.append((inside_of or {}).get(lab, lab))
        else:
            out.append(IGNORE)
        prev = wid
    return out


def encode(exs: list[Example], tok, labels: list[str], cfg: TrainConfig, channel: WordChannel | None = None):
    """A `datasets.Dataset` of input ids, aligned labels and the per-example missing-label mask (and, with a
    word channel, each subword's word-vector rows)."""
    Dataset = require_extra("datasets", "arabic-ie train").Dataset

    lid = {name: i for i, name in enumerate(labels)}
    inside = {lid[n]: lid["I-" + n[2:]] for n in labels if n.startswith("B-")}
    ds = Dataset.from_dict({"words": [ex.words for ex in exs], "tags": [[lid[t] for t in ex.tags] for ex in exs],
                            "lack": [[int(n != "O" and n[2:] in ex.missing) for n in labels] for ex in exs]})

    def tokenize(batch):
        enc = tok(batch["words"], is_split_into_words=True, truncation=True, max_length=cfg.max_length)
        enc["labels"] = [align_labels(enc.word_ids(i), tags, cfg.label_all_subwords, inside)
                         for i, tags in enumerate(batch["tags"])]
        if channel is not None:
            enc["word_index"] = [channel.word_index(words, enc.word_ids(i)) for i, words in enumerate(batch["words"])]
        return enc

    return ds.map(tokenize, batched=True, remove_columns=["words", "tags"])


def collate(rows: list[dict], pad_id: int) -> dict[str, torch.Tensor]:
    n = max(len(r["input_ids"]) for r in rows)

    def pad(key, value):
        return torch.tensor([r[key] + [value] * (n - len(r[key])) for r in rows])

    batch = {"input_ids": pad("input_ids", pad_id), "attention_mask": pad("attention_mask", 0),
             "labels": pad("labels", IGNORE), "lack": torch.tensor([r["lack"] for r in rows], dtype=torch.bool)}
    if "word_index" in rows[0]:
        batch["word_index"] = pad("word_index", [0, 0, 0])
    return batch


def partial_label_loss(logits: torch.Tensor, labels: torch.Tensor, lack: torch.Tensor) -> torch.Tensor:
    """Cross-entropy where a word tagged O in a corpus lacking label L may also be B-L or I-L."""
    logp = logits.log_softmax(-1)
    valid = labels != IGNORE
    safe = labels.clamp(min=0)
    allowed = torch.nn.functional.one_hot(safe, logits.size(-1)).bool()
    allowed |= (safe == 0).unsqueeze(-1) & lack.unsqueeze(1)
    token_loss = -logp.masked_fill(~allowed, float("-inf")).logsumexp(-1)
    return token_loss[valid].mean()


def predict_docs(clf: TokenClassifier, docs: list[dict], tokenizer: ArabicTokenizer) -> list[dict]:
    """Documents with the entities `clf` finds, through the component's prediction path
    (`pipeline.ner.model.predict_entities`) on the same sentences the examples hold."""
    exs = examples(docs, tokenizer)
    texts = {d["id"]: d["text"] for d in docs}
    found = predict_entities(clf, [(ex.offsets, [texts[ex.doc_id][s:e] for s, e in ex.offsets]) for ex in exs])
    by_doc: dict[str, list[dict]] = {d["id"]: [] for d in docs}
    for ex, ents in zip(exs, found):
        by_doc[ex.doc_id].extend(ents)
    return [{"id": d["id"], "text": d["text"],
             "entities": [{"id": item_id("entities", i), **e} for i, e in enumerate(by_doc[d["id"]], 1)]} for d in docs]


def score(clf: TokenClassifier, docs: list[dict], tokenizer: ArabicTokenizer) -> dict:
    return _scored(docs, predict_docs(clf, docs, tokenizer), tokenizer)


def _scored(gold: list[dict], pred: list[dict], tokenizer: ArabicTokenizer) -> dict:
    return evaluate(gold, only_annotated(gold, pred), tokenizer.spans)["entities"]


def dev_score(clf: TokenClassifier, dev_sets: list[list[dict]], tokenizer: ArabicTokenizer) -> tuple[float, dict]:
    """Mean micro span F1 over the dev sets (one per corpus, so none dominates), and the pooled scores;
    each set is predicted once."""
    preds = [predict_docs(clf, docs, tokenizer) for docs in dev_sets]
    pooled = _scored([d for docs in dev_sets for d in docs], [p for ps in preds for p in ps], tokenizer)
    if len(dev_sets) < 2:
        return pooled["span"]["micro"]["f1"], pooled
    f1s = [_scored(docs, ps, tokenizer)["span"]["micro"]["f1"] for docs, ps in zip(dev_sets, preds)]
    return sum(f1s) / len(f1s), pooled


def train(train_paths: list[Path], out_dir: Path, cfg: TrainConfig, dev_paths: list[Path] = (),
          test_paths: list[Path] = (), dev_fraction: float = 0.0) -> dict:
    """Fine-tune, keep the best epoch on dev, save everything to `out_dir`; return the scores."""
    from transformers import AutoConfig, AutoModelForTokenClassification, AutoTokenizer

    require_extra("datasets", "arabic-ie train")
    require_model_dir(cfg.base_model, ensemble_ok=False)
    device = resolve_device(cfg.device)
    quiet_library_bars(datasets=True)
    torch.set_num_threads(cfg.threads)
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    words = ArabicTokenizer()
    train_docs_by_path = {p: load_docs(p, cfg.keep_misc, cfg.tag_map) for p in train_paths}
    check_corpora(train_docs_by_path, cfg.keep_misc, cfg.tag_map)
    dev_sets = [load_docs(p, cfg.keep_misc, cfg.tag_map) for p in dev_paths]
    if not dev_sets and dev_fraction:
        for p, docs in train_docs_by_path.items():
            train_docs_by_path[p], held_out = carve(docs, dev_fraction)
            dev_sets.append(held_out)
    dev_docs = [d for docs in dev_sets for d in docs]
    weights = cfg.weights or [1.0] * len(train_paths)
    if len(weights) != len(train_paths) or min(weights) <= 0:
        raise ValueError(f"--weights: one positive number per --train file ({len(train_paths)}), got {weights}")
    train_exs: list[Example] = []
    groups: list[list[int]] = []
    for p, docs in train_docs_by_path.items():
        present = {e["label"] for d in docs for e in d.get("entities", [])}
        missing = tuple(label for label in ENTITY_LABELS if label not in present)
        new = examples(docs, words, missing=missing)
        groups.append(list(range(len(train_exs), len(train_exs) + len(new))))
        train_exs.extend(new)
    if cfg.augment:
        from pipeline.training.augment import Substituter, harvest_names

        sub = Substituter(seed=cfg.seed, names=harvest_names(train_exs))
        if sub.ready:
            base = [ex for ex in train_exs if not ex.missing]
            extra = [a for _ in range(cfg.augment) for a in map(sub, base) if a is not None]
            groups.append(list(range(len(train_exs), len(train_exs) + len(extra))))
            weights = [*weights, cfg.augment_weight]
            train_exs += extra
    cfg.labels = label_list(train_exs)
    tok = AutoTokenizer.from_pretrained(cfg.base_model, local_files_only=True, trust_remote_code=False)
    if not getattr(tok, "is_fast", False):
        raise ValueError(f"{cfg.base_model}: a fast tokenizer is needed to align labels with subwords")
    config = AutoConfig.from_pretrained(cfg.base_model, num_labels=len(cfg.labels),
                                        id2label=dict(enumerate(cfg.labels)),
                                        label2id={n: i for i, n in enumerate(cfg.labels)},
                                        local_files_only=True, trust_remote_code=False)
    # a base that is itself a token classifier (ANERcorp's PER/LOC/ORG) keeps its encoder and gets a fresh head (the
    # same head where its labels match); trained in float32 whatever the stored precision: a shipped model is kept in
    # float16, and float16 training on CPU turns the loss to NaN at the first step
    model = AutoModelForTokenClassification.from_pretrained(cfg.base_model, config=config, use_safetensors=True,
                                                            ignore_mismatched_sizes=True, local_files_only=True,
                                                            dtype=torch.float32, trust_remote_code=False)
    channel = WordChannel.from_vectors(cfg.word_vectors, len(cfg.labels)) if cfg.word_vectors else None
    if channel is not None:
        model = WithWordChannel(model, channel)
    data = encode(train_exs, tok, cfg.labels, cfg, channel)
    model.to(device)  # before the optimizer is built, so its state lives on the same device
    rng = random.Random(cfg.seed)
    epoch_size = len(epoch_order(groups, weights, random.Random(0)))
    steps_per_epoch = (epoch_size + cfg.batch_size - 1) // cfg.batch_size
    total = steps_per_epoch * cfg.epochs
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=cfg.lr,
                            weight_decay=cfg.weight_decay)
    warm = max(1, int(cfg.warmup * total))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    clf = TokenClassifier(model, tok, cfg.max_length)
    best, best_state, bad_epochs, history = -1.0, None, 0, []
    t0 = time.time()
    for epoch in range(1, cfg.epochs + 1):
        model.to(device).train()
        order = epoch_order(groups, weights, rng)
        bar = progress(range(0, len(order), cfg.batch_size), desc=f"epoch {epoch}/{cfg.epochs}", unit=" batches")
        for b in bar:
            batch = {k: v.to(device) for k, v in collate([data[i] for i in order[b:b + cfg.batch_size]],
                                                         tok.pad_token_id).items()}
            logits = model(**{k: batch[k] for k in ("input_ids", "attention_mask", "word_index") if k in batch}).logits
            loss = partial_label_loss(logits, batch["labels"], batch["lack"])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            bar.set_postfix(loss=f"{loss.item():.3f}")
        model.cpu().eval()  # the one prediction path (TokenClassifier) reads on the CPU
        f1, dev = dev_score(clf, dev_sets, words) if dev_docs else (-float(epoch), None)
        row = {"epoch": epoch, "minutes": round((time.time() - t0) / 60, 2), "dev_span_f1": dev and round(f1, 4),
               "dev_per_label": dev and {k: round(v["f1"], 4) for k, v in dev["span"].items()}}
        history.append(row)
        print(f"epoch {epoch}: dev span F1 {f1:.4f} " + (json.dumps(row["dev_per_label"]) if dev else ""), flush=True)
        if f1 > best or not dev_docs:
            best, bad_epochs = f1, 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            bad_epochs += 1
        if bad_epochs >= cfg.patience or (time.time() - t0) / 60 > cfg.max_minutes:
            break
    model.load_state_dict(best_state)
    model.cpu().eval()
    train_minutes = (time.time() - t0) / 60
    results = {"dev": score(clf, dev_docs, words) if dev_docs else None,
               "test": {str(p): score(clf, load_docs(p, cfg.keep_misc, cfg.tag_map), words) for p in test_paths},
               "history": history, "train_minutes": round(train_minutes, 2),
               "train_sentences": len(train_exs), "train_files": [str(p) for p in train_paths],
               "dev_files": [str(p) for p in dev_paths]}
    save(clf, out_dir, cfg, results)
    return results


def save(clf: TokenClassifier, out_dir: Path, cfg: TrainConfig, results: dict) -> None:
    from pipeline.training.card import write_card

    out_dir.mkdir(parents=True, exist_ok=True)
    model = clf.model.base if isinstance(clf.model, WithWordChannel) else clf.model
    (model.half() if cfg.half else model).save_pretrained(str(out_dir), safe_serialization=True)
    if isinstance(clf.model, WithWordChannel):
        clf.model.channel.save(out_dir, half=cfg.half)
    clf.tokenizer.save_pretrained(str(out_dir))
    (out_dir / "training_config.json").write_text(json.dumps(asdict(cfg), ensure_ascii=False, indent=1))
    (out_dir / "scores.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    write_card(out_dir, cfg, results)
    write_sums(out_dir)
