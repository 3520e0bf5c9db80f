"""Batch annotation: documents in, one JSONL line per document out, bad input recorded.

A document that cannot be read or processed never stops the batch: it is
reported (and written to the errors file when one is given) and the run goes on;
the summary says how many failed so the exit status can, too.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from pipeline.inputs import Input, InputError, iter_inputs
from pipeline.io.jsonl import dumps


@dataclass
class Summary:
    documents: int = 0
    failed: int = 0
    tokens: int = 0
    seconds: float = 0.0
    entities: Counter = field(default_factory=Counter)
    numbers: int = 0
    frames: int = 0

    def __str__(self) -> str:
        rate = self.tokens / self.seconds if self.seconds else 0.0
        labels = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"
        return (f"{self.documents} documents annotated, {self.failed} failed; entities: {labels}; "
                f"numeric facts {self.numbers}; frames {self.frames}; {self.tokens} tokens in "
                f"{self.seconds:.1f}s ({rate:,.0f} tokens/s)")


def annotate(paths: list[str | Path], output: str | Path, model: str | None = None, with_tokens: bool = False,
             errors_path: str | Path | None = None, progress: bool | None = None) -> Summary:
    from pipeline import load
    from pipeline.nlp import to_json, words

    nlp = load(model)
    summary = Summary()
    start = time.perf_counter()
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    errors = open(errors_path, "w", encoding="utf-8") if errors_path else None
    bar = tqdm(unit=" docs", disable=not sys.stderr.isatty() if progress is None else not progress)
    try:
        with open(output, "w", encoding="utf-8") as out:
            for item in iter_inputs(list(paths)):
                if isinstance(item, Input):
                    try:
                        doc = nlp(item.text)
                        line = to_json(doc, item.id, with_tokens=with_tokens)
                    except Exception as exc:  # one bad document must not stop the batch
                        item = InputError(item.id, item.source, f"{type(exc).__name__}: {exc}")
                    else:
                        out.write(dumps(line) + "\n")
                        summary.documents += 1
                        summary.tokens += len(words(doc))
                        summary.entities.update(e["label"] for e in line["entities"])
                        summary.numbers += len(line["numbers"])
                        summary.frames += len(line["frames"])
                if isinstance(item, InputError):
                    summary.failed += 1
                    print(f"error: {item}", file=sys.stderr)
                    if errors:
                        errors.write(json.dumps({"id": item.id, "source": item.source, "reason": item.reason},
                                                ensure_ascii=False) + "\n")
                bar.update(1)
                bar.set_postfix(tokens=summary.tokens, refresh=False)
    finally:
        bar.close()
        if errors:
            errors.close()
    summary.seconds = time.perf_counter() - start
    return summary
