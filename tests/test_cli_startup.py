"""Issue 11 item 12: the CLI imports heavy modules (torch, transformers, spaCy) only in the commands that
need them, so `arabic-ie --help` and `arabic-ie validate` start in well under a second."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "transformers", "spacy", "datasets", "ray", "tqdm")
PROBE = """
import sys
from pipeline.cli import build_parser, main
build_parser()
for argv in ([], ["--help"], ["validate", "--help"], ["annotate", "--help"], ["pretrain", "--help"]):
    try:
        main(argv)
    except SystemExit:
        pass
main(["validate", sys.argv[1]])
print("heavy:", *sorted(m for m in %r if m in sys.modules))
""" % (HEAVY,)


def test_help_and_validate_import_no_heavy_module(tmp_path):
    doc = tmp_path / "d.jsonl"
    doc.write_text(json.dumps({"id": "a", "text": "نص", "entities": [], "numbers": [], "relations": [], "frames": []},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", PROBE, str(doc)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "heavy:"


def test_help_and_validate_start_in_under_a_second(tmp_path):
    doc = tmp_path / "d.jsonl"
    doc.write_text(json.dumps({"id": "a", "text": "نص"}) + "\n", encoding="utf-8")
    for argv in (["--help"], ["validate", str(doc)]):
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine does not make it fail
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *argv], capture_output=True, cwd=ROOT)
            best = min(best, time.perf_counter() - t0)
            assert proc.returncode == 0, proc.stderr
        assert best < 1.0, (argv, best)
