"""The model card written next to every trained NER model."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.schema import ENTITY_LABELS

LICENCES = {
    "anercorp": "ANERcorp (Benajiba et al., 2007): research use, as distributed by its authors",
    "saudinewsnet": "SaudiNewsNet (Alshehri, 2015): CC BY-NC-SA 4.0",
    "real-": "the real-news gold (annotations/real/, stand-off over SaudiNewsNet): CC BY-NC-SA 4.0",
    "wojood": "the Wojood public sample (Jarrar et al., 2022; SinaLab/ArabicNER): MIT",
    "annotations": "the project's gold corpus (annotations/): Apache-2.0",
}


def _table(scores: dict) -> list[str]:
    lines = ["| label | P | R | F1 | gold |", "|---|---:|---:|---:|---:|"]
    for name, row in scores["span"].items():
        lines.append(f"| {name} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | {row['gold']} |")
    seq = scores["seqeval"]["micro"]
    lines.append(f"\nseqeval (strict IOB2) micro F1: {seq['f1']:.3f}")
    return lines


def score_sections(results: dict) -> list[str]:
    """Dev and test tables, then speed, of a `scores.json` (single model or ensemble)."""
    lines = []
    if results.get("dev"):
        lines += ["### dev", "", *_table(results["dev"]), ""]
    for path, sc in results.get("dev_by_file", {}).items():  # each corpus scored on the labels it annotates
        lines += [f"### dev: {path}", "", *_table(sc), ""]
    for path, sc in results.get("test", {}).items():
        lines += [f"### test: {path}", "", *_table(sc), ""]
    if results.get("speed"):
        sp = results["speed"]
        lines += ["## Speed", "", f"- {sp['tokens_per_s']:,} words/s predicting {sp['tokens']:,} words on {sp['threads']} CPU "
                  f"threads, batch size {sp['batch_size']} (`{sp['file']}`)", ""]
    return lines


def write_card(out_dir: Path, cfg, results: dict) -> None:
    base_cfg, base_scores = Path(cfg.base_model) / "config.json", Path(cfg.base_model) / "scores.json"
    pre = json.loads(base_cfg.read_text()).get("pretraining") if base_cfg.exists() else None
    earlier = json.loads(base_scores.read_text()).get("train_files", []) if base_scores.exists() else []
    vec = json.loads((Path(cfg.word_vectors) / "vectors.json").read_text()) if cfg.word_vectors else None
    sources = " ".join(results["train_files"] + earlier + ([vec.get("corpus", "")] if vec else [])).lower() \
        + (" saudinewsnet" if pre else "")
    lines = [f"# NER model card: {out_dir.name}", "",
             f"Token classification ({', '.join(ENTITY_LABELS)}) over the project tokenizer's words; labels on "
             + ("every subword of each word" if cfg.label_all_subwords else "the first subword of each word")
             + "; words scored by their first subword and decoded with Viterbi under IOB2 constraints.", "",
             "## Data", "", f"- fine-tuned on: {', '.join(results['train_files'])} "
             f"({results['train_sentences']} sentences, augmentation copies x{cfg.augment})",
             *(["- sampled each epoch: " + ", ".join(f"{f} ×{w:g}" for f, w in zip(results["train_files"], cfg.weights))]
               if getattr(cfg, "weights", None) else []),
             *([f"- early stopping on the mean span F1 of: {', '.join(results['dev_files'])}"]
               if len(results.get("dev_files", [])) > 1 else []),
             f"- base model: `{cfg.base_model}`"
             + (f" (pretrained here: {pre['steps'] + pre.get('steps_before', 0)} masked-LM steps on {', '.join(pre['corpus'])})"
                if pre else "")
             + (f"; the base was itself fine-tuned on {', '.join(earlier)} (its head replaced)" if earlier else ""),
             *([f"- word channel: `{cfg.word_vectors}`, {len(vec['vocab']):,} words × {vec['dim']} "
                f"({vec.get('method', 'static vectors')} on {vec.get('corpus', '?')}), frozen"] if vec else []),
             "- licences: " + "; ".join(v for k, v in LICENCES.items() if k in sources or k == "annotations"), "",
             "## Scores (exact character spans)", "", *score_sections(results)]
    lines += ["## Training", "", f"- {results['train_minutes']} minutes on {cfg.threads} CPU threads, "
              f"{len(results['history'])} epochs (best kept by dev span F1)",
              f"- hyper-parameters: lr {cfg.lr}, batch {cfg.batch_size}, seed {cfg.seed}, max length {cfg.max_length}",
              "", "Full numbers: `scores.json`; configuration: `training_config.json`."]
    (out_dir / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
