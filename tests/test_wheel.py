"""Issue 11 item 11: the package builds as a wheel that works outside the checkout.

The wheel is built from a copy of the sources (so no `build/` or `.egg-info` lands in the repository),
installed with `--no-deps` into a fresh virtual environment in a temporary folder, whose dependencies
(torch, spaCy, ...) come from this environment's site-packages through a `.pth` line instead of a
download. A seed is annotated there: the tokenizer and number data come from the wheel; without a model
the run says so and reports no entities, and with `ARABIC_IE_MODEL` it writes the checkout's line.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e714b6baaa51f92e.txt"


def run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=300, **kwargs)
    assert proc.returncode == 0, (cmd, proc.stdout[-2000:], proc.stderr[-4000:])
    return proc


def test_wheel_installs_outside_the_checkout_and_annotates_a_seed(tmp_path, nlp):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copytree(ROOT / "pipeline", src / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    # this environment's setuptools when it has one (no download); else pip fetches one to build with
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("setuptools") else []
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-q", "-w", tmp_path / "dist", src], cwd=src)
    (wheel,) = (tmp_path / "dist").glob("arabic_ie-*.whl")

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "_deps_from_test_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")  # torch etc., no download
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel])

    work = tmp_path / "work"  # outside the repository: nothing can come from the checkout
    work.mkdir()
    shutil.copy(SEED, work / SEED.name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ARABIC_IE_MODEL")}
    where = run([python, "-c", "import pipeline, pipeline.text.proclitics as p; print(pipeline.__file__, p.DEFAULT_DATA)"],
                cwd=work, env=env).stdout.split()
    assert all(Path(w).is_relative_to(venv) for w in where), where

    cli = venv / "bin" / "arabic-ie"
    proc = run([cli, "annotate", SEED.name, "-o", "plain.jsonl", "-q"], cwd=work, env=env)
    assert "note: no NER model (pass --model DIR or set ARABIC_IE_MODEL=DIR)" in proc.stderr
    (doc,) = [json.loads(x) for x in (work / "plain.jsonl").read_text(encoding="utf-8").splitlines()]
    assert doc["entities"] == [] and doc["numbers"]  # tokenizer and number data came with the wheel

    run([cli, "annotate", SEED.name, "-o", "model.jsonl", "-q"], cwd=work,
        env={**env, "ARABIC_IE_MODEL": str(ROOT / "models" / "ner-default")})
    from pipeline.io.jsonl import dumps
    from pipeline.nlp import to_json

    expected = dumps(to_json(nlp(SEED.read_text(encoding="utf-8")), SEED.stem)) + "\n"
    assert (work / "model.jsonl").read_text(encoding="utf-8") == expected

    proc = subprocess.run([cli, "annotate", SEED.name, "-o", "x.jsonl", "-q"], cwd=work, capture_output=True, text=True,
                          env={**env, "ARABIC_IE_MODEL": str(work / "nowhere")}, timeout=300)
    assert proc.returncode == 2 and f"not a model directory: {work / 'nowhere'}" in proc.stderr
