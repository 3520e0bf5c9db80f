"""`annotate --engine ray` on a local Ray instance writes exactly the local engine's lines and errors."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main

ray = pytest.importorskip("ray")
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def local_ray():
    """A small local instance (not RAY_ADDRESS's cluster); the engine uses it and leaves it running."""
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def corpus(folder: Path) -> list[str]:
    """Seeds and bad files through a glob, then sharded JSONL with a broken line, a duplicate id and bad bytes."""
    for seed in sorted((ROOT / "seeds").glob("*.txt"))[:3]:
        shutil.copy(seed, folder / seed.name)
    (folder / "zz_latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (folder / "zz_nul.txt").write_bytes("نص\x00ثنائي".encode())
    text = (ROOT / "seeds" / "000_e714b6baaa51f92e.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"id": f"j{i:02d}", "text": text[i * 200:(i + 1) * 200]}, ensure_ascii=False) for i in range(20)]
    lines[4], lines[9] = "{broken", json.dumps({"id": "j01", "text": "مكرر"}, ensure_ascii=False)
    (folder / "part-0.jsonl").write_text("\n".join(lines[:12]) + "\n", encoding="utf-8")
    lines.append(json.dumps({"id": "000_e714b6baaa51f92e", "text": "نسخة"}, ensure_ascii=False))  # a seed's id again
    (folder / "part-1.jsonl").write_bytes(("\n".join(lines[12:]) + "\n").encode() + b'{"id": "x", "text": "\xff"}\n')
    return [str(folder / "*.txt"), str(folder / "part-*.jsonl"), str(folder / "missing-*.jsonl")]


def test_ray_lines_and_errors_equal_the_local_engine(tmp_path, local_ray):
    (tmp_path / "in").mkdir()
    paths = corpus(tmp_path / "in")
    local, remote = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    args = ["-q", "--with-tokens", "--batch-size", "4"]
    assert main(["annotate", *paths, "-o", str(local), "--errors", str(tmp_path / "local.err"), *args]) == 1
    assert main(["annotate", *paths, "-o", str(remote), "--errors", str(tmp_path / "ray.err"), *args,
                 "--engine", "ray", "--workers", "2"]) == 1
    lines = remote.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 + 18 and any(json.loads(x)["entities"] for x in lines)  # the seeds have entities
    assert remote.read_bytes() == local.read_bytes()
    errors = [json.loads(x) for x in (tmp_path / "ray.err").read_text(encoding="utf-8").splitlines()]
    assert sorted(errors, key=str) == sorted((json.loads(x) for x in (tmp_path / "local.err").read_text(
        encoding="utf-8").splitlines()), key=str)
    assert [(e["id"], Path(e["source"]).name, e["reason"] if e["reason"].startswith("dup") else e["reason"].split(":")[0])
            for e in errors] == [
        (None, "missing-*.jsonl", "no file matches this pattern"),  # found before Ray starts reading
        ("zz_latin1", "zz_latin1.txt", "not UTF-8"),
        ("zz_nul", "zz_nul.txt", "binary content"),
        (None, "part-0.jsonl:5", "invalid JSON"),
        ("j01", "part-0.jsonl:10", "duplicate id 'j01' (first on line 2)"),
        ("000_e714b6baaa51f92e", "part-1.jsonl:9", "duplicate id '000_e714b6baaa51f92e' (first in "
                                                    f"{tmp_path / 'in' / '000_e714b6baaa51f92e.txt'})"),
        (None, "part-1.jsonl:10", "not UTF-8"),
    ]


def test_ray_refuses_standard_input(tmp_path, capsys):
    assert main(["annotate", "-", "-o", str(tmp_path / "o.jsonl"), "--engine", "ray", "-q"]) == 2
    assert "standard input" in capsys.readouterr().err


def test_ray_resumes_and_writes_conll_as_the_local_engine_does(tmp_path, local_ray, capsys):
    """One batch core: a resumed Ray run ends with the bytes of an uninterrupted local run, and CoNLL is the same."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:3]
    paths = [str(p) for p in seeds]
    local, part = tmp_path / "local.jsonl", tmp_path / "part.jsonl"
    assert main(["annotate", *paths, "-o", str(local), "-q"]) == 0
    first, second = local.read_bytes().splitlines(keepends=True)[:2]
    part.write_bytes(first + second[:40])  # a killed run: one whole line and a torn one
    capsys.readouterr()
    assert main(["annotate", *paths, "-o", str(part), "-q", "--resume", "--engine", "ray", "--workers", "2"]) == 0
    assert part.read_bytes() == local.read_bytes()
    assert "2 documents annotated (1 already done)" in capsys.readouterr().err
    conll_local, conll_ray = tmp_path / "l.conll", tmp_path / "r.conll"
    assert main(["annotate", *paths, "-o", str(conll_local), "-q", "--format", "conll"]) == 0
    assert main(["annotate", *paths, "-o", str(conll_ray), "-q", "--format", "conll", "--engine", "ray"]) == 0
    assert conll_ray.read_bytes() == conll_local.read_bytes() and b"B-" in conll_ray.read_bytes()


def test_ray_without_errors_file(tmp_path, local_ray):
    seed = min((ROOT / "seeds").glob("*.txt"))
    out = tmp_path / "o.jsonl"
    assert main(["annotate", str(seed), "-o", str(out), "--engine", "ray", "--model", "none", "-q"]) == 0
    (doc,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert doc["id"] == seed.stem and doc["text"] == seed.read_text(encoding="utf-8") and doc["numbers"]
