"""End-to-end annotation speed and memory: `arabic-ie annotate` with 1 and 2 workers, the Ray engine
with 1 and 2 actors on a local instance and with 2 actors on a two-node cluster, and spaCy as the
reference, on one corpus of real news.

    python scripts/benchmark_annotate.py [--tokens 2000000] [--out out/bench_annotate] [--engines local-1 ray-2 ...]

The corpus is the five seed articles, then SaudiNewsNet articles of even 0-based lines only (`--raw`, gzip JSONL with
`text`) in file order until `--tokens` project tokens, written as `--shards` JSONL shards
(the seeds repeated when the raw file is absent). Every engine runs as its own process tree
on the same shards; seconds are wall-clock from start to exit (Python start-up, model loads
and, for Ray, starting the local instance included; the two-node cluster, one CPU per node,
is started before its run by `scripts/ray_cluster.py`, the README's recipe, and not timed). Peak RSS is sampled from /proc: per
worker, the largest peak (VmHWM) of a process that annotates (the single process, each pool
worker, each Ray actor); total, the largest sum of RSS over the whole process tree at one
moment (Ray's own services included; shared pages count once per process).

The reference is spaCy with its own NER trained on the gold training split (the recipe of
`scripts/benchmark_ner.py`, saved under `OUT/spacy-ner` and reused), on the project
tokenizer; `--no-train-spacy` without a saved model falls back to `spacy.blank("ar")`,
tokenization only, labelled as such.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "pipeline.cli", "annotate"]
ENGINES = ["local-1", "local-2", "ray-1", "ray-2", "cluster-2", "spacy"]


def articles(raw: Path, seeds: Path) -> Iterator[tuple[str, str]]:
    """(id, text): the seeds, then the raw news of even lines in file order, or the seeds over and over without it."""
    seed_docs = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seeds.glob("*.txt"))]
    yield from seed_docs
    if raw.exists():
        with gzip.open(raw, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n % 2:
                    continue  # odd 0-based lines are reserved for an independent evaluation: never read
                text = json.loads(line).get("text") or ""
                if text.strip():
                    yield f"snn-{n:06d}", text
    else:
        print(f"{raw} not found: the corpus is the seeds repeated", file=sys.stderr)
        for k in range(1, 10**9):
            yield from ((f"r{k:05d}-{i}", t) for i, t in seed_docs)


def build_corpus(raw: Path, seeds: Path, tokens: int, folder: Path, shards: int) -> tuple[list[Path], int, int]:
    """Write at least `tokens` project tokens as `shards` JSONL files; return them, documents, tokens."""
    from pipeline.text.tokenizer import ArabicTokenizer

    tok = ArabicTokenizer()
    docs, total = [], 0
    for doc_id, text in articles(raw, seeds):
        docs.append((doc_id, text))
        total += len(tok.spans(text))
        if total >= tokens:
            break
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.jsonl"):
        old.unlink()
    size = -(-len(docs) // shards)
    paths = []
    for k in range(0, len(docs), size):
        paths.append(folder / f"part-{k // size:05d}.jsonl")
        paths[-1].write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                                     for i, t in docs[k:k + size]), encoding="utf-8")
    return paths, len(docs), total


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(root: int) -> list[int]:
    """`root` and every process under it (Ray's raylet and its workers are started by the driver)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of `pid` so far (0 when gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def run(cmd: list[str], is_worker: Callable[[int, int, str], bool], env: dict[str, str] | None = None,
        log: Path | None = None, roots: tuple[int, ...] = ()) -> dict:
    """Run `cmd`, sampling its process tree (and `roots`' trees) every 0.2 s; seconds, exit status, peak RSS per
    worker and total (MB)."""
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}  # last CPU seconds seen per process (a process's time stays counted after it ends)
    worker_pids: set[int] = set()
    total = 0
    t0 = time.perf_counter()
    with open(log or os.devnull, "w") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=err, stderr=err)
        done = threading.Event()

        def sample() -> None:
            nonlocal total
            while not done.wait(0.2):
                pids = [p for root in (proc.pid, *roots) for p in _tree(root)]
                total = max(total, sum(_status_kb(p, "VmRSS") for p in pids))
                for p in pids:
                    cpu[p] = max(cpu.get(p, 0.0), _cpu_seconds(p))
                    if is_worker(proc.pid, p, _cmdline(p)):
                        worker_pids.add(p)
                        peaks[p] = max(peaks.get(p, 0), _status_kb(p, "VmHWM"))

        sampler = threading.Thread(target=sample)
        sampler.start()
        rc = proc.wait()
        done.set()
        sampler.join()
    return {"seconds": time.perf_counter() - t0, "rc": rc, "per_worker_mb": max(peaks.values(), default=0) / 1024,
            "total_mb": total / 1024, "workers_seen": len(peaks),
            "worker_cpu": sum(cpu[p] for p in worker_pids), "total_cpu": sum(cpu.values())}


def spacy_model(out: Path, given: Path | None, train: bool) -> Path | None:
    """The trained spaCy NER to compare with: given, saved by an earlier run, or trained now."""
    saved = out / "spacy-ner" / "model" / "model-best"
    if given:
        return given
    if (saved / "meta.json").exists():
        return saved
    if not train:
        return None
    sys.path.insert(0, str(Path(__file__).parent))
    from benchmark_ner import SpacySystem

    from pipeline.io.jsonl import read_jsonl
    from pipeline.text.tokenizer import ArabicTokenizer

    print(f"training spaCy NER on annotations/train.jsonl into {saved.parent.parent} (about 2 min on 2 cores)",
          file=sys.stderr)
    SpacySystem(ArabicTokenizer()).train(read_jsonl(ROOT / "annotations/train.jsonl"),
                                         read_jsonl(ROOT / "annotations/dev.jsonl"), saved.parent.parent)
    return saved


def reference(model: str, shards: list[Path], output: Path) -> None:
    """The spaCy reference process: read the shards, run spaCy, write one JSONL line of entities per document."""
    import spacy

    import pipeline.nlp  # noqa: F401  (registers the project tokenizer named in the trained model's config)

    nlp = spacy.blank("ar") if model == "blank" else spacy.load(model)
    docs = [json.loads(line) for path in shards for line in path.open(encoding="utf-8")]
    with open(output, "w", encoding="utf-8") as out:
        for d, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=16)):
            ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
            out.write(json.dumps({"id": d["id"], "entities": ents}, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tokens", type=int, default=2_000_000, help="corpus size in project tokens")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench_annotate", help="corpus, outputs, logs")
    ap.add_argument("--raw", type=Path, default=ROOT.parent / "shared" / "data" / "raw" / "saudinewsnet.jsonl.gz")
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--shards", type=int, default=8, help="JSONL files the corpus is written as")
    ap.add_argument("--model", default=None, help="NER model for arabic-ie (default: the shipped one)")
    ap.add_argument("--spacy-model", type=Path, default=None, help="a trained spaCy pipeline to compare with")
    ap.add_argument("--no-train-spacy", action="store_true", help="without a saved spaCy model: blank, tokenization only")
    ap.add_argument("--engines", nargs="+", choices=ENGINES, default=ENGINES, help="runs to make (default: all)")
    ap.add_argument("--reference", default=None, help=argparse.SUPPRESS)  # internal: the spaCy process
    ap.add_argument("--reference-out", type=Path, default=None, help=argparse.SUPPRESS)
    args, rest = ap.parse_known_args()
    if args.reference:
        return reference(args.reference, [Path(p) for p in rest], args.reference_out)
    if rest:
        ap.error(f"unrecognized arguments: {' '.join(rest)}")

    out = args.out.resolve()
    shards, n_docs, n_tokens = build_corpus(args.raw, args.seeds, args.tokens, out / "corpus", args.shards)
    print(f"corpus: {n_docs} documents, {n_tokens:,} tokens in {len(shards)} shards under {out / 'corpus'}",
          file=sys.stderr)
    model = ["--model", args.model] if args.model else []
    inputs = [str(p) for p in shards]
    one_thread = {"OMP_NUM_THREADS": "1"}  # one worker = one core, as each pool worker and Ray actor has
    def ray(n: int, name: str) -> list[str]:
        return [*CLI, *inputs, "-o", str(out / f"{name}.jsonl"), "-q", "--engine", "ray", "--workers", str(n), *model]

    actor = lambda root, pid, cmd: "MapWorker" in cmd  # noqa: E731
    runs = {
        "local-1": ("arabic-ie local (torch 1 thread)", 1, [*CLI, *inputs, "-o", str(out / "local-1.jsonl"), "-q", *model],
                    one_thread, lambda root, pid, cmd: pid == root),
        "local-2": ("arabic-ie local", 2, [*CLI, *inputs, "-o", str(out / "local-2.jsonl"), "-q", "--workers", "2", *model],
                    None, lambda root, pid, cmd: "spawn_main" in cmd),
        "ray-1": ("arabic-ie --engine ray (local instance)", 1, ray(1, "ray-1"), None, actor),
        "ray-2": ("arabic-ie --engine ray (local instance)", 2, ray(2, "ray-2"), None, actor),
        "cluster-2": ("arabic-ie --engine ray (two-node cluster, 1 CPU per node)", 2, ray(2, "cluster-2"), "cluster", actor),
    }
    if "spacy" in args.engines:
        spacy_dir = spacy_model(out, args.spacy_model, not args.no_train_spacy)
        ref_name = (f"spaCy NER ({spacy_dir}, project tokenizer)" if spacy_dir else
                    'spaCy blank("ar"): TOKENIZATION ONLY, no trained spaCy NER (drop --no-train-spacy to train one)')
        runs["spacy"] = (ref_name, 1, [sys.executable, __file__, "--reference", str(spacy_dir or "blank"), "--reference-out",
                                       str(out / "spacy.jsonl"), *inputs], one_thread, lambda root, pid, cmd: pid == root)
    rows = []
    for key in [k for k in ENGINES if k in args.engines]:
        name, workers, cmd, env, is_worker = runs[key]
        load = os.getloadavg()[0]  # before the run: other work on the machine (ratios need it near 0)
        print(f"running: {name}, {workers} worker(s); load average {load:.2f}", file=sys.stderr)
        if env == "cluster":
            from ray_cluster import Cluster

            with Cluster(nodes=2, cpus=1, object_store_mb=200) as cluster:
                r = run(cmd, is_worker, cluster.env, out / f"{key}.log", roots=tuple(p.pid for p in cluster.procs))
        else:
            r = run(cmd, is_worker, env, out / f"{key}.log")
        if r["rc"] != 0:
            print(f"  exit status {r['rc']}: see {out / f'{key}.log'}", file=sys.stderr)
        rows.append({"key": key, "engine": name, "workers": workers, "load": load, **r})

    print(f"\n{n_tokens:,} project tokens, {n_docs} documents ({'SaudiNewsNet + seeds' if args.raw.exists() else 'seeds repeated'}); "
          f"{os.cpu_count()} CPUs; seconds are end to end (start-up and model loads included)\n")
    by = {r["key"]: r for r in rows}
    one = by.get("local-1", {}).get("seconds") if by.get("local-1", {}).get("rc") == 0 else None
    print("| engine | workers | documents | tokens | seconds | tokens/s | × local 1 worker | CPU s workers / all "
          "| documents per worker-CPU-hour | peak RSS per worker / total (MB) | load average before |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        r["rate"] = n_tokens / r["seconds"] if r["rc"] == 0 else 0.0
        rate = f"{r['rate']:,.0f}" if r["rc"] == 0 else f"FAILED (exit {r['rc']})"
        ratio = f"{one / r['seconds']:.2f}×" if one and r["rc"] == 0 else "-"
        per_hour = f"{n_docs / r['worker_cpu'] * 3600:,.0f}" if r["worker_cpu"] else "-"
        print(f"| {r['engine']} | {r['workers']} | {n_docs:,} | {n_tokens:,} | {r['seconds']:.1f} | {rate} | {ratio} | "
              f"{r['worker_cpu']:.0f} / {r['total_cpu']:.0f} | {per_hour} | "
              f"{r['per_worker_mb']:,.0f} / {r['total_mb']:,.0f} | {r['load']:.2f} |")
    names = [f"{k}.jsonl" for k in ENGINES[:-1] if k in by]
    same = [(out / f).read_bytes() for f in names if (out / f).exists()]
    print(f"\noutputs of the arabic-ie runs ({', '.join(names)}) byte-identical: "
          f"{len(same) == len(names) and len(set(same)) == 1}")
    if one:
        rate = lambda k: by[k]["rate"]  # noqa: E731
        speedup = lambda k, base="local-1": rate(k) / rate(base) if rate(base) else 0.0  # noqa: E731
        if "local-2" in by:
            print(f"goal >= 3,000 tokens/s with 2 workers: {rate('local-2'):,.0f} "
                  f"({'met' if rate('local-2') >= 3000 else 'NOT met'})")
            print(f"goal 2 workers >= 1.7x one worker: {speedup('local-2'):.2f}x "
                  f"({'met' if speedup('local-2') >= 1.7 else 'NOT met'})")
        ray_runs = [k for k in ("ray-1", "ray-2", "cluster-2") if k in by]
        if ray_runs:
            print("Ray, × local 1 worker: " + ", ".join(f"{k} {speedup(k):.2f}x" for k in ray_runs))
        if {"ray-1", "ray-2"} <= by.keys():
            print(f"Ray 2 actors × Ray 1 actor (local instance): {speedup('ray-2', 'ray-1'):.2f}x "
                  f"(goal >= 1.6x: {'met' if speedup('ray-2', 'ray-1') >= 1.6 else 'NOT met'})")
    worst = max((r["per_worker_mb"] for r in rows if r["key"] != "spacy"), default=0)
    print(f"goal peak RSS <= 2 GB per worker: {worst:,.0f} MB ({'met' if worst <= 2048 else 'NOT met'})")


if __name__ == "__main__":
    main()
