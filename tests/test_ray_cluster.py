"""A real two-node Ray cluster on this machine, started with the README's cluster recipe
(`scripts/ray_cluster.py`: token authentication, `ray start --head`, `ray start --address`, one CPU
per node): `arabic-ie annotate --engine ray --workers 2` through `RAY_ADDRESS` writes the local
engine's bytes and the same errors, with one actor on each node. The cluster is stopped whatever
happens (the fixture's `with`; a killed test run takes its nodes with it)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("ray", reason="Ray is not installed: pip install -e '.[ray]' (make test installs it)")

from pipeline.cli import main  # noqa: E402
from tests.conftest import ROOT, load_script  # noqa: E402

ray_cluster = load_script("ray_cluster")
ARABIC_IE = Path(sys.executable).with_name("arabic-ie")
CLI = [str(ARABIC_IE)] if ARABIC_IE.exists() else [sys.executable, "-m", "pipeline.cli"]


@pytest.fixture(scope="module")
def cluster():
    with ray_cluster.Cluster(nodes=2, cpus=1, object_store_mb=100) as c:
        yield c


def corpus(folder: Path) -> list[str]:
    """Three seeds, a file that is not UTF-8, a .jsonl shard with a broken line and a duplicate id, a glob that matches nothing."""
    for seed in sorted((ROOT / "seeds").glob("*.txt"))[:3]:
        shutil.copy(seed, folder / seed.name)
    (folder / "zz_latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    text = (ROOT / "seeds" / "000_e714b6baaa51f92e.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": text[i * 300:(i + 1) * 300]}, ensure_ascii=False) for i in range(6)]
    lines[2], lines[4] = "{broken", json.dumps({"id": "j1", "text": "مكرر"}, ensure_ascii=False)
    (folder / "part-0.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["in/*.txt", "in/part-*.jsonl", "in/missing-*.jsonl"]  # relative: the nodes' workers run elsewhere


def test_readme_recipe_is_the_one_run_here():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("export RAY_AUTH_MODE=token", "ray get-auth-token --generate", "ray start --head --port=6379",
                    "~/.ray/auth_token", "ray start --address=HEAD:6379",
                    "RAY_AUTH_MODE=token RAY_ADDRESS=HEAD:6379 arabic-ie annotate", "ray stop",
                    "scripts/ray_cluster.py"):
        assert command in readme, command


def test_two_node_cluster_writes_the_local_engines_lines_and_errors(tmp_path, cluster, monkeypatch):
    status = cluster.wait_for_nodes()
    assert "2.0 CPU" in status  # one per node: two actors of one CPU each need both nodes
    (tmp_path / "in").mkdir()
    paths = corpus(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    args = ["-q", "--batch-size", "2"]
    assert main(["annotate", *paths, "-o", "local.jsonl", "--errors", "local.err", *args]) == 1
    run = subprocess.run([*CLI, "annotate", *paths, "-o", "ray.jsonl", "--errors", "ray.err", *args,
                          "--engine", "ray", "--workers", "2"], cwd=tmp_path, env=cluster.env,
                         capture_output=True, text=True, timeout=240)
    assert run.returncode == 1, run.stderr
    lines = (tmp_path / "ray.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 + 4 and any(json.loads(x)["entities"] for x in lines)  # the seeds have entities
    assert (tmp_path / "ray.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    ray_errors = (tmp_path / "ray.err").read_text(encoding="utf-8").splitlines()
    assert sorted(ray_errors) == sorted((tmp_path / "local.err").read_text(encoding="utf-8").splitlines())
    assert [json.loads(x)["source"] for x in ray_errors] == [  # as given, though Ray read absolute paths
        "in/missing-*.jsonl", "in/zz_latin1.txt", "in/part-0.jsonl:3", "in/part-0.jsonl:5"]
    # the terminal holds our lines only: no actor output, no Ray log deduplication, no loading bars
    for noise in ("MapWorker pid", "repeated", "Loading", "Token authentication", "Progress bars"):
        assert noise not in run.stderr, run.stderr
    assert "7 documents annotated, 4 failed" in run.stderr
