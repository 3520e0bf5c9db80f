"""`arabic-ie`: a thin command line over the package's functions."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _annotate(args: argparse.Namespace) -> int:
    common = {"model": args.model, "with_tokens": args.with_tokens, "errors_path": args.errors,
              "progress": None if not args.quiet else False, "workers": args.workers, "batch_size": args.batch_size,
              "ordered": not args.unordered}
    common.update(resume=args.resume, fmt=args.format)
    if args.engine == "ray":
        try:
            from pipeline.annotate_ray import annotate_ray
        except ImportError as exc:
            raise ValueError(f"--engine ray needs Ray Data: pip install 'arabic-ie[ray]' ({exc})") from exc
        summary = annotate_ray(args.paths, args.output, verbose=args.verbose, **common)
    else:
        from pipeline.annotate import annotate

        summary = annotate(args.paths, args.output, **common)
    print(summary, file=sys.stderr)
    return 1 if summary.failed else 0


def _validate(args: argparse.Namespace) -> int:
    from pipeline.io.jsonl import validate_file

    bad = 0
    for path in args.files:
        try:
            good, errors = validate_file(path)
        except OSError as exc:  # the other files are still checked
            print(f"{path}: cannot read: {exc.strerror}", file=sys.stderr)
            bad += 1
            continue
        for err in errors:
            print(err, file=sys.stderr)
        bad += len(errors)
        print(f"{path}: {good} valid documents, {len(errors)} invalid")
    return 1 if bad else 0


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.errors import breakdown, format_breakdown, paired
    from pipeline.evaluate import evaluate, format_report
    from pipeline.io.jsonl import read_jsonl

    gold_docs, pred_docs = read_jsonl(args.gold), read_jsonl(args.pred)
    result = evaluate(gold_docs, pred_docs)
    unmatched = result["unmatched_ids"]
    if len(unmatched["gold"]) == len(gold_docs):  # nothing to score: say why and fail
        print(f"arabic-ie evaluate: no document of {args.gold} ({len(gold_docs)}) has a prediction in {args.pred} "
              f"({len(pred_docs)}); gold ids without a prediction: {', '.join(unmatched['gold'][:10]) or '-'}; "
              f"prediction ids not in gold: {', '.join(unmatched['pred'][:10]) or '-'}", file=sys.stderr)
        return 1
    pairs = paired(gold_docs, pred_docs)
    result["breakdown"] = breakdown(pairs)
    if args.html:
        from pipeline.report import write_report

        write_report(pairs, result, args.html, title=f"{args.pred.name} against {args.gold.name}")
        print(f"wrote {args.html} ({len(pairs)} documents)", file=sys.stderr)
    text = format_report(result) + "\n\n" + format_breakdown(result["breakdown"])
    samples = args.bootstrap or (1000 if args.compare else 0)
    if samples:
        from pipeline import bootstrap as bs

        result["bootstrap"] = bs.bootstrap(pairs, samples, args.seed)
        text += "\n\n" + bs.format_bootstrap(result["bootstrap"])
        if args.compare:
            other = read_jsonl(args.compare)
            missing = len({g["id"] for g in gold_docs} - {d["id"] for d in other})
            if missing:
                print(f"{args.compare}: {missing} gold documents have no prediction there (scored as empty)",
                      file=sys.stderr)
            result["compare"] = bs.compare(pairs, paired(gold_docs, other), samples, args.seed)
            text += "\n\n" + bs.format_compare(result["compare"], str(args.pred), str(args.compare))
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else text)
    return 0


def _refuse_overwriting_input(inputs: list[Path], outputs: list[Path]) -> None:
    import os

    for src in inputs:
        for out in outputs:
            if out.exists() and os.path.samefile(src, out):
                raise ValueError(f"{src} is both an input and an output: it would be overwritten")


def _export_ls(args: argparse.Namespace) -> int:
    from pipeline.io.jsonl import read_jsonl
    from pipeline.io.labelstudio import export_tasks

    config = args.config or args.output.with_name(args.output.stem + ".config.xml")
    _refuse_overwriting_input(args.files, [args.output, config])
    docs = [d for path in args.files for d in read_jsonl(path)]
    n = export_tasks(docs, args.output, config, as_annotation=args.as_ == "annotations")
    print(f"wrote {args.output} ({n} tasks, as {args.as_}) and the labelling config {config}")
    return 0


def _import_ls(args: argparse.Namespace) -> int:
    from pipeline.io.jsonl import write_jsonl
    from pipeline.io.labelstudio import import_tasks

    _refuse_overwriting_input([args.export], [args.output])
    docs, problems = import_tasks(args.export, use_predictions=args.predictions)
    for problem in problems:
        print(problem, file=sys.stderr)
    write_jsonl(docs, args.output)
    print(f"wrote {args.output} ({len(docs)} documents" + (f"; {len(problems)} tasks left out)" if problems else ")"))
    return 1 if problems else 0


def _pretrain(args: argparse.Namespace) -> int:
    from dataclasses import fields

    from pipeline.training.pretrain import PretrainConfig, pretrain

    cfg = PretrainConfig(**{f.name: getattr(args, f.name) for f in fields(PretrainConfig)})
    pretrain(args.corpus, args.out, cfg)
    return 0


def _tag_map(pairs: list[str]) -> dict[str, str]:
    """`--tag-map PERSON=PER ORGANIZATION=ORG` -> {"PERSON": "PER", ...}, the targets checked."""
    from pipeline.schema import ENTITY_LABELS

    out = {}
    for pair in pairs:
        name, _, label = pair.partition("=")
        if not name or label not in (*ENTITY_LABELS, "MISC"):
            raise ValueError(f"--tag-map {pair}: expected TYPE=LABEL with LABEL one of {', '.join(ENTITY_LABELS)}")
        out[name] = label
    return out


def _train(args: argparse.Namespace) -> int:
    from pipeline.training.train import TrainConfig, train

    cfg = TrainConfig(base_model=str(args.base_model), epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                      patience=args.patience, seed=args.seed, augment=args.augment, max_minutes=args.max_minutes,
                      augment_weight=args.augment_weight,
                      label_all_subwords=args.label_all_subwords, keep_misc=args.keep_misc, threads=args.threads,
                      weights=args.weights or [], tag_map=_tag_map(args.tag_map), half=args.half,
                      word_vectors=str(args.word_vectors or ""), device=args.device)
    results = train(args.train, args.out, cfg, dev_paths=args.dev, test_paths=args.test, dev_fraction=args.dev_fraction)
    dev = results["dev"]
    if dev:
        print("dev span F1: " + ", ".join(f"{k} {v['f1']:.3f}" for k, v in dev["span"].items()))
    print(f"saved {args.out} ({results['train_minutes']} min)")
    return 0


def _train_triggers(args: argparse.Namespace) -> int:
    from pipeline.training.meeting_triggers import train_triggers

    meta = train_triggers(args.train, args.out, dev_paths=args.dev, threshold=args.threshold, c=args.c,
                          overwrite=args.overwrite)
    for path, scores in meta.get("dev", {}).items():
        print(f"{path}: meeting slot F1 (gold entities) rules {scores['rules']['f1']:.3f}, "
              f"rules + model {scores['rules + model']['f1']:.3f}")
    print(f"saved {args.out} ({meta['candidates']} candidates, {meta['gold_triggers']} gold triggers)")
    return 0


def _ensemble(args: argparse.Namespace) -> int:
    from pipeline.training.ensemble import build_ensemble, build_soup, record_scores

    build = build_soup if args.command == "soup" else build_ensemble
    out = build(args.members, args.out, half=args.half, overwrite=args.overwrite)
    if args.dev or args.test:
        results = record_scores(out, args.dev, args.test)
        for name, sc in [("dev", results["dev"]), *results["test"].items()]:
            if sc:
                print(f"{name} span F1: " + ", ".join(f"{k} {v['f1']:.3f}" for k, v in sc["span"].items()))
    print(f"saved {out}")
    return 0


def _view(args: argparse.Namespace) -> int:
    """Every invalid line is reported as `file:line: problem` and left out; the page shows the valid ones."""
    from pipeline.inputs import same_file
    from pipeline.io.jsonl import DocumentError, iter_lines
    from pipeline.view import write_html

    for path in args.files:
        if same_file(path, args.output):
            raise ValueError(f"{path} is both an input and the output: it would be overwritten")
    docs, bad = [], 0
    for path in args.files:
        for _, item in iter_lines(path):
            if isinstance(item, DocumentError):
                print(item, file=sys.stderr)
                bad += 1
            else:
                docs.append(item)
    write_html(docs, args.output, title=", ".join(p.name for p in args.files))
    print(f"wrote {args.output} ({len(docs)} documents" + (f"; {bad} invalid lines left out)" if bad else ")"))
    return 1 if bad else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="arabic-ie", description="Arabic information extraction pipeline")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("annotate", help="annotate .txt and .jsonl ({id, text} lines) files, folders of them, globs")
    p.add_argument("paths", nargs="+")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--model", default=None, help="NER model directory (default: $ARABIC_IE_MODEL, else the checkout's "
                   "models/ner-default; 'none': no NER)")
    p.add_argument("--with-tokens", action="store_true", help="add the tokenizer's [start, end] offsets")
    p.add_argument("--errors", type=Path, default=None, help="write one JSON record per failed document")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true", help="--engine ray: Ray's messages and the actors' output too")
    p.add_argument("--workers", type=int, default=1, help="processes, each with its own model")
    p.add_argument("--batch-size", type=int, default=16, help="documents per batch")
    p.add_argument("--unordered", action="store_true", help="write documents as they finish (faster with workers)")
    p.add_argument("--resume", action="store_true", help="keep complete lines of OUT, skip their ids, append the rest")
    p.add_argument("--format", choices=("jsonl", "conll"), default="jsonl", help="conll: IOB2 for other NER tools")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="ray: Ray Data actors (--workers of them; RAY_ADDRESS names a cluster), same output lines")
    p.set_defaults(func=_annotate)

    p = sub.add_parser("validate", help="check JSONL files against ANNOTATION.md")
    p.add_argument("files", nargs="+", type=Path)
    p.set_defaults(func=_validate)

    p = sub.add_parser("view", help="render annotated JSONL as a right-to-left HTML report")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_view)

    p = sub.add_parser("evaluate", help="score predictions against gold (ANNOTATION.md section 5)")
    p.add_argument("--gold", required=True, type=Path)
    p.add_argument("--pred", required=True, type=Path)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--html", type=Path, default=None, help="also write the gold-vs-prediction error page here")
    p.add_argument("--bootstrap", type=int, default=0, metavar="N",
                   help="95%% intervals of every span F1 from N resamples of the documents")
    p.add_argument("--compare", type=Path, default=None, metavar="PRED_B",
                   help="paired bootstrap of --pred against these predictions (N defaults to 1000)")
    p.add_argument("--seed", type=int, default=0, help="seed of the resampling")
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("export-ls", help="JSONL -> Label Studio tasks (JSON) and their labelling config (XML)")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, help="tasks file to import into Label Studio")
    p.add_argument("--as", dest="as_", choices=("predictions", "annotations"), default="predictions",
                   help="pre-annotations to correct (default) or annotations (gold to review)")
    p.add_argument("--config", type=Path, default=None, help="labelling config path (default: OUTPUT's stem + .config.xml)")
    p.set_defaults(func=_export_ls)

    p = sub.add_parser("import-ls", help="Label Studio JSON export -> JSONL (offsets checked, validated)")
    p.add_argument("export", type=Path, help="the project's export in Label Studio's JSON format")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--predictions", action="store_true", help="take the pre-annotation of tasks nobody annotated")
    p.set_defaults(func=_import_ls)

    p = sub.add_parser("train", help="fine-tune a NER model from any local Hugging Face checkpoint")
    p.add_argument("--train", type=Path, nargs="+", required=True, help="JSONL or CoNLL files (several: multi-corpus)")
    p.add_argument("--half", action="store_true", help="store the model in float16 (computed in float32)")
    p.add_argument("--word-vectors", type=Path, default=None,
                   help="a folder of scripts/train_word_vectors.py: add the static word-vector channel")
    p.add_argument("--weights", type=float, nargs="+", default=None,
                   help="one per --train file: how many times it is sampled each epoch (0.25: a fresh quarter)")
    p.add_argument("--dev", type=Path, nargs="*", default=[])
    p.add_argument("--dev-fraction", type=float, default=0.0, help="without --dev: carve this share from the train end")
    p.add_argument("--test", type=Path, nargs="*", default=[], help="scored once at the end for the model card")
    p.add_argument("--base-model", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--epochs", type=int, default=15)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--patience", type=int, default=3)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--augment", type=int, default=0,
                   help="substituted copies per sentence (names from the training corpora and the gazetteers)")
    p.add_argument("--augment-weight", type=float, default=1.0, help="share of those copies sampled each epoch")
    p.add_argument("--max-minutes", type=float, default=30.0)
    p.add_argument("--label-all-subwords", action="store_true")
    p.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto",
                   help="where the fine-tuning steps run (auto: CUDA where torch sees a GPU)")
    p.add_argument("--keep-misc", action="store_true", help="keep ANERcorp's MISC as a label")
    p.add_argument("--tag-map", nargs="+", default=[], metavar="TYPE=LABEL",
                   help="name a CoNLL file's entity types as project labels (e.g. PERSON=PER ORGANIZATION=ORG)")
    p.set_defaults(func=_train)

    from pipeline.training.config import TRIGGER_C, TRIGGER_THRESHOLD  # no scikit-learn for the parser

    p = sub.add_parser("train-triggers", help="train the meeting-trigger model the frames stage consults "
                                              "(gold JSONL with frames; logistic regression, scikit-learn)")
    p.add_argument("--train", type=Path, nargs="+", required=True, help="gold JSONL files with meeting frames")
    p.add_argument("--dev", type=Path, nargs="*", default=[], help="meeting slot F1 with and without it, for the card")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--threshold", type=float, default=TRIGGER_THRESHOLD,
                   help="probability at which a meeting word the rules left closed opens a frame")
    p.add_argument("--c", type=float, default=TRIGGER_C, help="inverse L2 regularization strength")
    p.add_argument("--overwrite", action="store_true", help="replace the meeting-trigger model a non-empty --out holds")
    p.set_defaults(func=_train_triggers)

    for name, what in (("ensemble", "combine fine-tuned NER models (same labels and vocabulary) into one ensemble: "
                                    "their outputs averaged, one forward pass each"),
                       ("soup", "average the weights of NER models fine-tuned from one start (same base model, seed, "
                                "labels and vocabulary) into one model of the same size and speed")):
        p = sub.add_parser(name, help=what)
        p.add_argument("members", type=Path, nargs="+", help="model directories made by `train`")
        p.add_argument("--out", type=Path, required=True)
        p.add_argument("--half", action="store_true", help="store the weights as float16 (half the size)")
        p.add_argument("--overwrite", action="store_true", help="replace what a non-empty --out holds")
        p.add_argument("--dev", type=Path, default=None, help=f"score the {name} on it for the card")
        p.add_argument("--test", type=Path, nargs="*", default=[], help="scored once for the card")
        p.set_defaults(func=_ensemble)

    from dataclasses import fields

    from pipeline.training.config import PretrainConfig  # not pipeline.training.pretrain: no torch for the parser

    p = sub.add_parser("pretrain", help="pretrain a small BERT encoder (masked LM) on raw Arabic text")
    p.add_argument("--corpus", type=Path, nargs="+", default=[Path("../shared/data/raw/saudinewsnet.jsonl.gz")],
                   help="JSON lines (.jsonl, .jsonl.gz: a `text` field per line) or plain-text files")
    p.add_argument("--out", type=Path, required=True, help="run folder: tokenizer, corpus ids, checkpoint, model/")
    for f in fields(PretrainConfig):
        p.add_argument(f"--{f.name.replace('_', '-')}", type=type(f.default), default=f.default)
    p.set_defaults(func=_pretrain)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, OSError) as exc:
        print(f"arabic-ie {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
