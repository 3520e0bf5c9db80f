"""NER benchmark: the project's transformer against a feature CRF and spaCy's own NER, same data.

    python scripts/benchmark_ner.py      # every column: written test, seeds, real-test, Wojood val, ANERcorp dev slice
    python scripts/benchmark_ner.py --baselines --columns dev --bootstrap 1000   # the dev columns, with intervals
    python scripts/benchmark_ner.py --model models/ner-default --train annotations/train.jsonl \
        --dev annotations/dev.jsonl --test annotations/test.jsonl
    python scripts/benchmark_ner.py --model runs/ner-anercorp --train ../shared/data/anercorp/train.txt \
        --dev-fraction 0.1      # ANERcorp: every system scored on the dev slice `arabic-ie train` carves

Trains the CRF and spaCy baselines here, loads the transformer, scores every system
on each column (`scripts/bench_data.py`, or the --test files) with the project's
evaluator, and prints a summary (micro span F1 per column) and one markdown table per
column: P/R/F per label and micro (seqeval and span), train time, inference tokens/s on
2 threads, model size.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from pathlib import Path

import torch
from bench_data import columns

from pipeline.bootstrap import bootstrap
from pipeline.errors import CATEGORY_NAMES, ENTITY_CATEGORIES, entity_breakdown, paired
from pipeline.evaluate import evaluate
from pipeline.ner.consistency import spread_labels
from pipeline.ner.model import is_model_dir
from pipeline.ner.repair import repair_spans
from pipeline.schema import ENTITY_LABELS, item_id
from pipeline.text.tokenizer import ArabicTokenizer
from pipeline.training import require_extra
from pipeline.training.data import examples, tagged_documents
from pipeline.training.ensemble import fine_tuning_minutes
from pipeline.training.train import carve, load_docs, only_annotated

GAZ = Path("annotations/gazetteers")
LABELS = ENTITY_LABELS


def dir_size(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def gazetteer_sets() -> dict[str, set[str]]:
    out = {}
    for p in sorted(GAZ.glob("*.txt")) if GAZ.exists() else []:
        out[p.stem] = {w for line in p.read_text(encoding="utf-8").splitlines() for w in line.split()}
    return out


def crf_features(words: list[str], gaz: dict[str, set[str]]) -> list[dict]:
    feats = []
    for i, w in enumerate(words):
        f = {"bias": 1.0, "w": w, "p1": w[:1], "p2": w[:2], "p3": w[:3], "s1": w[-1:], "s2": w[-2:], "s3": w[-3:],
             "al": w.startswith("ال"), "digit": w.isdigit(), "len": min(len(w), 8), "clitic": len(w) == 1 and w in "وفبلك",
             "latin": w.isascii() and w.isalpha()}
        for name, entries in gaz.items():
            f[f"gaz_{name}"] = w in entries
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < len(words):
                f[f"{off}:w"] = words[j]
                f[f"{off}:s2"] = words[j][-2:]
                for name in ("titles", "admin_heads", "org_heads", "surnames"):
                    if name in gaz:
                        f[f"{off}:gaz_{name}"] = words[j] in gaz[name]
            else:
                f[f"{off}:edge"] = True
        feats.append(f)
    return feats


class CRFSystem:
    name = "feature CRF (sklearn-crfsuite)"

    def __init__(self, tok: ArabicTokenizer):
        self.tok, self.gaz = tok, gazetteer_sets()

    def train(self, docs: list[dict], out: Path) -> None:
        sklearn_crfsuite = require_extra("sklearn_crfsuite", "the CRF baseline")

        exs = examples(docs, self.tok)
        self.crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=0.05, c2=0.05, max_iterations=200,
                                        all_possible_transitions=True)
        self.crf.fit([crf_features(ex.words, self.gaz) for ex in exs], [ex.tags for ex in exs])
        out.mkdir(parents=True, exist_ok=True)
        self.path = out / "crf.json"  # size proxy: the learned weights as JSON
        self.path.write_text(json.dumps({"state": {f"{a}|{l}": w for (a, l), w in self.crf.state_features_.items()},
                                         "trans": {f"{a}|{b}": w for (a, b), w in self.crf.transition_features_.items()}}))

    def predict(self, docs: list[dict]) -> list[dict]:
        exs = examples(docs, self.tok)
        tags = self.crf.predict([crf_features(ex.words, self.gaz) for ex in exs])
        return tagged_documents(docs, exs, tags)


def trimmed(span):
    """The span without edge punctuation, or None if it crosses a sentence start: spaCy cannot learn
    either (ANERcorp tags a few, such as «(د ب أ)» pieces and «سي. أن. أن» across the tokenizer's «.» breaks)."""
    from spacy.tokens import Span

    doc, start, end = span.doc, span.start, span.end
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start == end or any(doc[i].is_sent_start for i in range(start + 1, end)):
        return None
    return Span(doc, start, end, label=span.label_)


class SpacySystem:
    def __init__(self, tok: ArabicTokenizer, seed: int = 0):
        self.tok, self.seed = tok, seed
        self.name = f"spaCy NER from scratch (CPU efficiency config, seed {seed})"

    def train(self, docs: list[dict], dev: list[dict], out: Path) -> None:
        import spacy
        from spacy.cli.init_config import init_config
        from spacy.cli.train import train as spacy_train
        from spacy.tokens import DocBin

        import pipeline.nlp  # noqa: F401  (registers the project tokenizer for the config)

        nlp = spacy.blank("ar")
        nlp.tokenizer = ArabicTokenizer(nlp.vocab, model=self.tok.model)
        out.mkdir(parents=True, exist_ok=True)
        for name, split in (("train", docs), ("dev", dev)):
            db = DocBin()
            for d in split:
                doc = nlp(d["text"])
                doc.ents = [s for e in d["entities"] if (s := trimmed(doc.char_span(e["start"], e["end"], e["label"],
                                                                                   alignment_mode="expand")))]
                db.add(doc)
            db.to_disk(out / f"{name}.spacy")
        cfg = init_config(lang="ar", pipeline=["ner"], optimize="efficiency", gpu=False)
        cfg["nlp"]["tokenizer"] = {"@tokenizers": "arabic_ie.ArabicTokenizer.v1"}
        cfg["training"]["max_epochs"] = 40
        cfg["training"]["max_steps"] = 0
        cfg["training"]["patience"] = 800
        cfg["training"]["seed"] = self.seed
        cfg.to_disk(out / "config.cfg")
        spacy_train(out / "config.cfg", out / "model", overrides={"paths.train": str(out / "train.spacy"),
                                                                 "paths.dev": str(out / "dev.spacy")}, use_gpu=-1)
        self.path = out / "model" / "model-best"
        self.nlp = spacy.load(self.path)

    def predict(self, docs: list[dict]) -> list[dict]:
        out = []
        for d, doc in zip(docs, self.nlp.pipe(d["text"] for d in docs)):
            out.append({"id": d["id"], "text": d["text"], "entities": [
                {"id": f"e{i}", "start": e.start_char, "end": e.end_char, "label": e.label_} for i, e in enumerate(doc.ents, 1)]})
        return out


class TransformerSystem:
    def __init__(self, tok: ArabicTokenizer, model_dir: Path, constrained: bool = True, consistency: bool = True):
        from pipeline.ner.model import TokenClassifier

        self.tok, self.path, self.consistency = tok, model_dir, consistency
        self.clf = TokenClassifier.load(model_dir, constrained)
        self.name = (f"project transformer ({model_dir}{'' if constrained else ', argmax decoding'}"
                     f"{'' if consistency else ', no consistency pass'})")

    def predict(self, docs: list[dict]) -> list[dict]:
        """As the NER component predicts: the model's spans, then the document-level consistency pass and the
        span repair."""
        exs = examples(docs, self.tok)
        pred = tagged_documents(docs, exs, self.clf.predict([ex.words for ex in exs], batch_size=32))
        if self.consistency:
            pred = [{**p, "entities": [{**e, "id": item_id("entities", i)} for i, e in enumerate(
                repair_spans(p["text"], spread_labels(p["text"], self.tok.spans(p["text"]), p["entities"])), 1)]}
                for p in pred]
        return pred


def speed(system, docs: list[dict], tok: ArabicTokenizer, repeat: int) -> float:
    batch = docs * repeat
    n = sum(len(tok.spans(d["text"])) for d in batch)
    t0 = time.perf_counter()
    system.predict(batch)
    return n / (time.perf_counter() - t0)


def table(rows: list[dict]) -> str:
    head = "| system | " + " | ".join(f"{l} P/R/F" for l in LABELS) + " | micro span P/R/F | micro seqeval F | train s | tokens/s | MB |"
    lines = [head, "|---" * (len(LABELS) + 6) + "|"]
    for r in rows:
        cells = []
        for l in LABELS:
            x = r["span"].get(l)
            cells.append(f"{x['precision']:.3f}/{x['recall']:.3f}/{x['f1']:.3f}" if x else "-")
        m = r["span"]["micro"]
        lines.append(f"| {r['system']} | " + " | ".join(cells) + f" | {m['precision']:.3f}/{m['recall']:.3f}/{m['f1']:.3f} | "
                     f"{r['seqeval']['micro']['f1']:.3f} | {r['train_seconds']} | {r['tokens_per_s']:,} | {r['size_mb']} |")
    return "\n".join(lines)


def error_table(rows: list[dict]) -> str:
    """Each system's entity errors by category (pipeline.errors, as `arabic-ie evaluate` prints them), micro,
    with the label confusions (gold>pred) and the errors per label in the last column."""
    head = "| system | " + " | ".join(CATEGORY_NAMES[c] for c in ENTITY_CATEGORIES) + " | label confusions | errors per label |"
    lines = [head, "|---" * (len(ENTITY_CATEGORIES) + 3) + "|"]
    for r in rows:
        cats = r["errors"]["categories"]
        per_label = ", ".join(f"{l} {sum(v for c, v in cats[l].items() if c != 'correct')}" for l in LABELS if l in cats)
        conf = ", ".join(f"{k} {v}" for k, v in list(r["errors"]["confusions"].items())[:4]) or "-"
        lines.append(f"| {r['system']} | " + " | ".join(str(cats["micro"][c]) for c in ENTITY_CATEGORIES)
                     + f" | {conf} | {per_label} |")
    return "\n".join(lines)


def summary(results: dict[str, list[dict]]) -> str:
    """Micro span F1 of every system on every column, side by side."""
    names = list(results)
    lines = ["| system | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for i, row in enumerate(next(iter(results.values()))):
        lines.append(f"| {row['system']} | " + " | ".join(f"{results[n][i]['span']['micro']['f1']:.3f}" for n in names) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=Path("models/ner-default"))
    ap.add_argument("--train", type=Path, default=Path("annotations/train.jsonl"), help="JSONL or CoNLL")
    ap.add_argument("--dev", type=Path, default=None, help="default annotations/dev.jsonl")
    ap.add_argument("--dev-fraction", type=float, default=0.0,
                    help="instead of --dev: carve this share from the end of --train and score every system on it")
    ap.add_argument("--test", type=Path, nargs="+", default=None,
                    help="one table per file (default: every column of bench_data.py); speed on the first")
    ap.add_argument("--baselines", nargs="*", choices=("crf", "spacy"), default=["crf", "spacy"])
    ap.add_argument("--spacy-seeds", type=int, nargs="+", default=[0], help="one spaCy run (and row) per seed")
    ap.add_argument("--repeat", type=int, default=3, help="copies of the test set for the speed measurement")
    ap.add_argument("--json", type=Path, default=None, help="also write all numbers here")
    ap.add_argument("--columns", choices=("test", "dev"), default="test",
                    help="without --test: the test columns of scripts/bench_data.py (scored once) or the dev ones")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="also 95%% intervals of span F1 from N resamples of each test file's documents")
    ap.add_argument("--no-consistency", action="store_true",
                    help="score the transformer without the document-level consistency pass (pipeline.ner.consistency)")
    args = ap.parse_args()
    torch.set_num_threads(2)
    tok = ArabicTokenizer()
    train = load_docs(args.train)
    if args.dev_fraction:
        train, dev = carve(train, args.dev_fraction)
        tests = {f"{args.train} dev slice (last {args.dev_fraction:.0%})": dev}
    else:
        dev = load_docs(args.dev or Path("annotations/dev.jsonl"))
        tests = {}
    if args.test:
        tests.update({str(path): load_docs(path) for path in args.test})
    elif not args.dev_fraction:
        tests.update(columns(split=args.columns))
    work = Path(tempfile.mkdtemp(prefix="bench-ner-"))
    systems = []
    if is_model_dir(args.model):
        minutes = fine_tuning_minutes(args.model)
        for constrained in (True, False):
            systems.append((TransformerSystem(tok, args.model, constrained, not args.no_consistency),
                            minutes * 60 if minutes else None))
    if "crf" in args.baselines:
        crf = CRFSystem(tok)
        t0 = time.time()
        crf.train(train, work / "crf")
        systems.append((crf, time.time() - t0))
    for seed in args.spacy_seeds if "spacy" in args.baselines else ():
        sp = SpacySystem(tok, seed)
        t0 = time.time()
        sp.train(train, dev, work / f"spacy-{seed}")
        systems.append((sp, time.time() - t0))
    first = next(iter(tests.values()))
    results: dict[str, list[dict]] = {name: [] for name in tests}
    for system, train_s in systems:
        rate = round(speed(system, first, tok, args.repeat))
        rss = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        for path, docs in tests.items():
            pred = only_annotated(docs, system.predict(docs))
            result = evaluate(docs, pred, tok.spans)["entities"]
            errors = entity_breakdown(paired(docs, pred))
            results[path].append({"system": system.name, "train_seconds": None if train_s is None else round(train_s),
                                  "tokens_per_s": rate, "size_mb": round(dir_size(system.path), 1),
                                  "peak_rss_mb": rss, "seqeval": result["seqeval"], "span": result["span"],
                                  "errors": errors})
            if args.bootstrap:
                results[path][-1]["interval"] = {k: v for k, v in bootstrap(paired(docs, pred), args.bootstrap)[
                    "metrics"].items() if k.startswith("entities")}
    name = next(iter(tests))
    print(f"train: {args.train} ({len(train)} documents); inference speed on 2 threads over {args.repeat} copies of "
          f"{name}; peak RSS of this process after each system (MB): {[r['peak_rss_mb'] for r in results[name]]}\n")
    print(summary(results) + "\n")
    for path, rows in results.items():
        print(f"### {path} ({len(tests[path])} documents)\n\n{table(rows)}\n\n{error_table(rows)}\n")
        for row in rows if args.bootstrap else ():
            print(f"{row['system']}: span F1 with 95% document-bootstrap intervals ({args.bootstrap} resamples): "
                  + "; ".join(f"{k.split()[1]} {v['f1']:.3f} [{v['low']:.3f}, {v['high']:.3f}]"
                              for k, v in row["interval"].items()) + "\n")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
