"""Building an NER ensemble: several fine-tuned models (one vocabulary, one label map) copied into one
directory with a manifest and a model card; `pipeline.ner.ensemble` loads it for prediction.

Models fine-tuned along different paths (straight from the encoder, or through ANERcorp first)
make different mistakes, and the average corrects some of them. An ensemble directory holds
`ensemble.json`, the shared tokenizer, a model card, and `members/<name>/` (a standard Hugging
Face token-classification directory each, optionally stored in float16 to halve the size; they
are computed in float32).
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
from pipeline.io.checksums import write_sums
from pipeline.ner.model import TokenClassifier, require_model_dir
from pipeline.text.tokenizer import ArabicTokenizer
from pipeline.training.card import score_sections
from pipeline.training.train import score

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")


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


def fine_tuning_minutes(model: Path) -> float | None:
    """Minutes `train` spent on a model, its base stages included when they were fine-tuned here too;
    for an ensemble, all members' together (None when any is unknown)."""
    model = Path(model)
    if is_ensemble(model):
        parts = list(json.loads((model / MANIFEST).read_text()).get("fine_tuning_minutes", {}).values())
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


def check_out(out: Path, members: list[Path], overwrite: bool = False) -> None:
    """Refuse an `--out` that is a member or holds one (replacing it would delete the member), a file, or a
    folder that holds anything unless `overwrite`."""
    for m in members:
        if same_file(out, m) or _within(m, out):
            raise ValueError(f"--out {out} is, or holds, the member {m}: writing the ensemble there would destroy it")
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise ValueError(f"--out {out} exists and is not empty: pass --overwrite to replace what it holds")


def build_ensemble(members: list[Path], out: Path, half: bool = False, overwrite: bool = False) -> Path:
    """Copy the member models into `out` (float16 weights with `half`) and write the manifest and card.

    The ensemble is written to a temporary folder beside `out` and renamed to `out` when complete, so a
    failed build leaves `out` as it was; an `out` that holds anything is replaced only with `overwrite`.
    """
    members = [Path(m) for m in members]
    out = Path(out)
    if len(members) < 2:
        raise ValueError("an ensemble needs at least two member models")
    for m in members:
        require_model_dir(m, ensemble_ok=False)
    check_out(out, members, overwrite)
    _check_compatible(members)
    out.absolute().parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.absolute().parent))
    umask = os.umask(0o022)
    os.umask(umask)
    tmp.chmod(0o777 & ~umask)  # a folder as mkdir makes it, not mkdtemp's private one
    try:
        _write_ensemble(members, tmp, half, title=out.name)
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


def _write_ensemble(members: list[Path], out: Path, half: bool, title: str) -> None:
    from transformers import AutoModelForTokenClassification

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
    write_card(out, json.loads((out / MANIFEST).read_text()))
    return results


def write_card(out: Path, manifest: dict, name: str | None = None) -> None:
    lines = [f"# NER ensemble: {name or out.name}", "",
             f"{len(manifest['members'])} fine-tuned models; prediction takes the {manifest['combine']}. "
             f"Weights stored as {manifest['stored_dtype']}, computed in float32; inference costs one forward "
             "pass per member.", "", "## Members", ""]
    licences: list[str] = []
    for name, src in zip(manifest["members"], manifest["sources"]):
        minutes = manifest.get("fine_tuning_minutes", {}).get(name)
        lines.append(f"- `members/{name}` (from `{src}`"
                     + (f"; {minutes} min of fine-tuning, base stages included" if minutes is not None else "")
                     + f"): its own card is `members/{name}/README.md`")
        card = out / "members" / name / "README.md"
        for line in card.read_text(encoding="utf-8").splitlines() if card.exists() else []:
            if line.startswith("- licences: "):
                licences += [x for x in line[len("- licences: "):].split("; ") if x not in licences]
    if licences:
        lines += ["", "Data licences, all members together: " + "; ".join(licences) + "."]
    scores = out / "scores.json"
    if scores.exists():
        lines += ["", "## Scores of the ensemble (exact character spans)", "",
                  *score_sections(json.loads(scores.read_text()))]
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


__all__ = ["build_ensemble", "check_out", "fine_tuning_minutes", "record_scores", "write_card"]
