"""Combining fine-tuned NER models (one vocabulary, one label map) into one published directory.

An **ensemble** averages the members' outputs: models fine-tuned along different paths make
different mistakes, and the average corrects some of them, at one forward pass per member. Its
directory holds `ensemble.json`, the shared tokenizer, a model card, and `members/<name>/` (a
standard Hugging Face token-classification directory each, optionally stored in float16 to halve
the size; they are computed in float32); `pipeline.ner.ensemble` loads it.

A **soup** averages the members' weights (Wortsman et al., 2022, "Model soups"): members
fine-tuned from one start (the same encoder, the same seed, so the same new classification head)
stay in one basin of the loss, and their mean is one model of the same size and speed that is often
better than each. Its directory is a standard model directory plus `soup.json`.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import torch

from pipeline.inputs import same_file
from pipeline.io.jsonl import read_jsonl
from pipeline.ner.ensemble import MANIFEST, is_ensemble
from pipeline.io.checksums import sha256, write_sums
from pipeline.ner.model import TokenClassifier, require_model_dir
from pipeline.ner.word_vectors import CHANNEL_CONFIG, WordChannel, has_channel
from pipeline.text.tokenizer import ArabicTokenizer
from pipeline.training.card import score_sections
from pipeline.training.train import score

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")
SOUP_MANIFEST = "soup.json"


def _check_compatible(dirs: list[Path]) -> None:
    """Members must share labels and subwords, or averaging their outputs means nothing."""
    first = dirs[0]
    labels = json.loads((first / "config.json").read_text())["id2label"]
    vocab = (first / "tokenizer.json").read_text(encoding="utf-8")
    for d in dirs[1:]:
        if json.loads((d / "config.json").read_text())["id2label"] != labels:
            raise ValueError(f"{d}: its labels differ from {first}'s; ensemble members must share one label map")
        if (d / "tokenizer.json").read_text(encoding="utf-8") != vocab:
            raise ValueError(f"{d}: its tokenizer differs from {first}'s; ensemble members must share one vocabulary")
        if _channel_vocab(d) != _channel_vocab(first):
            raise ValueError(f"{d}: its word channel differs from {first}'s (pipeline/ner/word_vectors.py); "
                             "members must all have none or one trained on the same vectors")


def _channel_vocab(model: Path) -> list[str] | None:
    """The vocabulary of a model's word channel (None without one): members average only over one table."""
    return json.loads((model / CHANNEL_CONFIG).read_text())["vocab"] if has_channel(model) else None


def fine_tuning_minutes(model: Path) -> float | None:
    """Minutes `train` spent on a model, its base stages included when they were fine-tuned here too;
    for an ensemble, all members' together (None when any is unknown)."""
    model = Path(model)
    manifest = model / MANIFEST if is_ensemble(model) else model / SOUP_MANIFEST
    if manifest.exists():
        parts = list(json.loads(manifest.read_text()).get("fine_tuning_minutes", {}).values())
        return round(sum(parts), 2) if parts and None not in parts else None
    total, seen = 0.0, False
    while (model / "scores.json").exists() and (model / "training_config.json").exists():
        total += json.loads((model / "scores.json").read_text()).get("train_minutes", 0.0)
        seen = True
        model = Path(json.loads((model / "training_config.json").read_text())["base_model"])
    return round(total, 2) if seen else None


def _within(inner: Path, outer: Path) -> bool:
    """`inner` is `outer` or lies inside it (links followed)."""
    a, b = os.path.realpath(inner), os.path.realpath(outer)
    return a == b or a.startswith(b.rstrip(os.sep) + os.sep)


def check_out(out: Path, members: list[Path], overwrite: bool = False, what: str = "ensemble") -> None:
    """Refuse an `--out` that is a member or holds one (replacing it would delete the member), a file, or a
    folder that holds anything unless `overwrite`."""
    for m in members:
        if same_file(out, m) or _within(m, out):
            raise ValueError(f"--out {out} is, or holds, the member {m}: writing the {what} there would destroy it")
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise ValueError(f"--out {out} exists and is not empty: pass --overwrite to replace what it holds")


def build_ensemble(members: list[Path], out: Path, half: bool = False, overwrite: bool = False) -> Path:
    """Copy the member models into `out` (float16 weights with `half`) and write the manifest and card."""
    return _publish(members, out, overwrite, "ensemble", lambda ms, tmp: _write_ensemble(ms, tmp, half, title=out.name))


def build_soup(members: list[Path], out: Path, half: bool = False, overwrite: bool = False) -> Path:
    """Average the members' weights into one model at `out` (float16 with `half`), with manifest and card."""
    def write(ms: list[Path], tmp: Path) -> None:
        _check_same_start(ms)
        _write_soup(ms, tmp, half, title=Path(out).name)
    return _publish(members, out, overwrite, "soup", write)


def _publish(members: list[Path], out: Path, overwrite: bool, what: str, write) -> Path:
    """Check the members, let `write(members, folder)` fill a temporary folder beside `out`, and rename it
    to `out` when complete, so a failed build leaves `out` as it was; an `out` that holds anything is
    replaced only with `overwrite`."""
    members = [Path(m) for m in members]
    out = Path(out)
    if len(members) < 2:
        raise ValueError(f"{what}: at least two member models are needed")
    for m in members:
        require_model_dir(m, ensemble_ok=False)
    check_out(out, members, overwrite, what)
    _check_compatible(members)
    out.absolute().parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.absolute().parent))
    umask = os.umask(0o022)
    os.umask(umask)
    tmp.chmod(0o777 & ~umask)  # a folder as mkdir makes it, not mkdtemp's private one
    try:
        write(members, tmp)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.absolute().parent))
            out.rename(old / "previous")
            tmp.rename(out)
            shutil.rmtree(old)
        else:
            tmp.rename(out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return out


def _start(model: Path, hashed: dict[Path, str]) -> tuple[str, int]:
    """What a fine-tune started from: its base model's weights (by content, wherever they lie; each file hashed
    once into `hashed`) and its seed."""
    path = model / "training_config.json"
    if not path.exists():
        raise ValueError(f"{model}: no training_config.json, so its base model and seed are unknown; "
                         "a soup needs members fine-tuned from one start")
    cfg = json.loads(path.read_text())
    weights = (Path(cfg["base_model"]) / "model.safetensors").resolve()
    if weights.exists() and weights not in hashed:
        hashed[weights] = sha256(weights)
    return hashed.get(weights, cfg["base_model"]), cfg["seed"]


def _check_same_start(members: list[Path]) -> None:
    """Weights average into a working model only from one start: one base model, one seed (the new head's draw).
    A member fine-tuned further from another member (`--base-model` that member: same labels, so the same head)
    stays in that member's basin, and averaging the two interpolates a model with its fine-tune (WiSE-FT,
    Wortsman et al. 2022); such a member is exempt, the others must share one start."""
    hashed: dict[Path, str] = {}  # each weights file hashed once, whether a member's own or a base model's
    own: set[str] = set()
    for m in members:
        weights = (m / "model.safetensors").resolve()
        if weights not in hashed:
            hashed[weights] = sha256(weights)
        own.add(hashed[weights])
    starts = {m: _start(m, hashed) for m in members}
    roots = [m for m in members if starts[m][0] not in own]
    if not roots:
        raise ValueError("soup: every member continues another one; one must be fine-tuned from the shared start")
    for m in roots[1:]:
        if starts[m] != starts[roots[0]]:
            raise ValueError(f"{m}: fine-tuned from another base model or seed than {roots[0]}; "
                             "a soup's members must share both (use `ensemble` to combine others)")


def _write_soup(members: list[Path], out: Path, half: bool, title: str) -> None:
    from transformers import AutoModelForTokenClassification

    models = [AutoModelForTokenClassification.from_pretrained(str(m), use_safetensors=True, dtype=torch.float32,
                                                              local_files_only=True, trust_remote_code=False)
              for m in members]
    states = [m.state_dict() for m in models]
    mean = {k: torch.stack([s[k] for s in states]).mean(0) if v.is_floating_point() else v
            for k, v in states[0].items()}
    models[0].load_state_dict(mean)
    models[0].to(torch.float16 if half else torch.float32).save_pretrained(str(out))
    if has_channel(members[0]):  # the frozen table is the same in all; the MLP is averaged like the rest
        channels = [WordChannel.load(m) for m in members]
        parts = [c.state_dict() for c in channels]
        channels[0].load_state_dict({k: torch.stack([s[k] for s in parts]).mean(0) for k in parts[0]})
        channels[0].save(out, half)
    for f in (*TOKENIZER_FILES, "training_config.json"):  # window, label scheme, base and seed: every member's
        if (members[0] / f).exists():
            shutil.copy2(members[0] / f, out / f)
    cards = [(m / "README.md").read_text(encoding="utf-8") if (m / "README.md").exists() else "" for m in members]
    inner = [_soup_manifest(m) for m in members]
    manifest = {"members": [str(m) for m in members], "combine": "uniform mean of the members' weights",
                "stored_dtype": "float16" if half else "float32",
                "fine_tuning_minutes": {str(m): fine_tuning_minutes(m) for m in members},
                "data": {str(m): _member_data(card, soup) for m, card, soup in zip(members, cards, inner)},
                "licences": _licences(cards, [soup["licences"] for soup in inner if soup])}
    (out / SOUP_MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    write_soup_card(out, manifest, title)
    write_sums(out)


def _soup_manifest(model: Path) -> dict | None:
    path = model / SOUP_MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _member_data(card: str, soup: dict | None) -> list[str]:
    """What a member was trained on, as its card lists it; a member that is itself a soup (the shipped model
    souped again with a new run) lists its own members and theirs, nested, so the card still names every corpus."""
    if soup is None:
        return [line for line in card.splitlines() if line.startswith("- ") and ": " in line]
    out = [f"- a soup of {len(soup['members'])} members ({soup['combine']}):"]
    for src in soup["members"]:
        out += [f"  - `{src}`:"] + [f"    {line}" for line in soup.get("data", {}).get(src, [])
                                    if not line.startswith("- licences: ")]
    return out


def _licences(cards: list[str], nested: list[list[str]] = ()) -> list[str]:
    """The data licences the model cards (and the manifests of members that are soups) list, each once, in order."""
    found = [x for card in cards for line in card.splitlines() if line.startswith("- licences: ")
             for x in line[len("- licences: "):].split("; ")]
    return list(dict.fromkeys(found + [x for licences in nested for x in licences]))


def _write_ensemble(members: list[Path], out: Path, half: bool, title: str) -> None:
    from transformers import AutoModelForTokenClassification

    if has_channel(members[0]):
        raise ValueError(f"{members[0]}: a model with a word channel joins a soup, not an ensemble")
    names = [f"{i}-{m.name}" for i, m in enumerate(members, 1)]
    for name, src in zip(names, members):
        dst = out / "members" / name
        model = AutoModelForTokenClassification.from_pretrained(str(src), use_safetensors=True, local_files_only=True,
                                                                trust_remote_code=False)
        model.to(torch.float16 if half else torch.float32).save_pretrained(str(dst))
        for meta in ("README.md", "scores.json", "training_config.json", *TOKENIZER_FILES):  # each loads alone too
            if (src / meta).exists():
                shutil.copy2(src / meta, dst / meta)
    for f in TOKENIZER_FILES:
        if (members[0] / f).exists():
            shutil.copy2(members[0] / f, out / f)
    if (members[0] / "training_config.json").exists():  # window length and label scheme are shared
        shutil.copy2(members[0] / "training_config.json", out / "training_config.json")
    manifest = {"members": names, "combine": "mean of per-subword log-probabilities, then IOB2 Viterbi",
                "stored_dtype": "float16" if half else "float32", "sources": [str(m) for m in members],
                "fine_tuning_minutes": {n: fine_tuning_minutes(m) for n, m in zip(names, members)}}
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1))
    write_card(out, manifest, title)
    write_sums(out)


def record_scores(out: Path, dev: Path | None = None, tests: list[Path] = ()) -> dict:
    """Score the saved ensemble on dev and each test file, keep the numbers in `scores.json` and the card."""
    clf, words = TokenClassifier.load(out), ArabicTokenizer()
    results = {"dev": score(clf, read_jsonl(dev), words) if dev else None,
               "test": {str(p): score(clf, read_jsonl(p), words) for p in tests}}
    (out / "scores.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    rewrite_card(out)
    return results


def rewrite_card(out: Path) -> None:
    """The card of a built ensemble or soup, with the scores now in its `scores.json`."""
    if is_ensemble(out):
        write_card(out, json.loads((out / MANIFEST).read_text()))
    else:
        write_soup_card(out, json.loads((out / SOUP_MANIFEST).read_text()))


def write_card(out: Path, manifest: dict, name: str | None = None) -> None:
    lines = [f"# NER ensemble: {name or out.name}", "",
             f"{len(manifest['members'])} fine-tuned models; prediction takes the {manifest['combine']}. "
             f"Weights stored as {manifest['stored_dtype']}, computed in float32; inference costs one forward "
             "pass per member.", "", "## Members", ""]
    cards = []
    for name, src in zip(manifest["members"], manifest["sources"]):
        minutes = manifest.get("fine_tuning_minutes", {}).get(name)
        lines.append(f"- `members/{name}` (from `{src}`"
                     + (f"; {minutes} min of fine-tuning, base stages included" if minutes is not None else "")
                     + f"): its own card is `members/{name}/README.md`")
        card = out / "members" / name / "README.md"
        cards.append(card.read_text(encoding="utf-8") if card.exists() else "")
    licences = _licences(cards)
    if licences:
        lines += ["", "Data licences, all members together: " + "; ".join(licences) + "."]
    scores = out / "scores.json"
    if scores.exists():
        lines += ["", "## Scores of the ensemble (exact character spans)", "",
                  *score_sections(json.loads(scores.read_text()))]
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_soup_card(out: Path, manifest: dict, name: str | None = None) -> None:
    lines = [f"# NER model soup: {name or out.name}", "",
             f"{len(manifest['members'])} models fine-tuned from one start (one base model, one seed), combined by the "
             f"{manifest['combine']}: one model of the members' size and speed. Weights stored as "
             f"{manifest['stored_dtype']}, computed in float32.", "", "## Members", ""]
    for src in manifest["members"]:
        minutes = manifest.get("fine_tuning_minutes", {}).get(src)
        lines += [f"- `{src}`" + (f" ({minutes} min of fine-tuning, base stages included)" if minutes is not None else "")]
        lines += [f"  {line}" for line in manifest.get("data", {}).get(src, []) if not line.startswith("- licences: ")]
    if manifest.get("licences"):
        lines += ["", "Data licences, all members together: " + "; ".join(manifest["licences"]) + "."]
    results = json.loads((out / "scores.json").read_text()) if (out / "scores.json").exists() else {}
    if any(results.get(k) for k in ("dev", "dev_by_file", "test")):
        lines += ["", "## Scores of the soup (exact character spans)", "", *score_sections(results)]
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


__all__ = ["build_ensemble", "build_soup", "check_out", "fine_tuning_minutes", "record_scores", "rewrite_card",
           "write_card", "write_soup_card"]
