"""Model weights outside git history (issue 12): SHA256SUMS written by training and ensembling, checked
at every load; `scripts/publish_model.py` packs a release asset and fetches it back, refusing a wrong
archive, unsafe paths and an existing folder."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.io.checksums import SUMS, sha256, verify_sums

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = [sys.executable, str(ROOT / "scripts" / "publish_model.py")]
SEED = ROOT / "seeds" / "000_e714b6baaa51f92e.txt"


def publish(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*SCRIPT, *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def packed(tmp_path_factory) -> tuple[Path, Path, str]:
    """A copy of the shipped default, packed: (folder, archive, archive sha256)."""
    root = tmp_path_factory.mktemp("pub")
    folder = Path(shutil.copytree(ROOT / "models" / "ner-default", root / "ner-x"))
    archive = root / "ner-x.tar.gz"
    done = publish("pack", str(folder), "-o", str(archive))
    assert done.returncode == 0, done.stderr
    digest = done.stdout.split()[0]
    return folder, archive, digest


def test_the_shipped_models_match_their_sums():
    for name in ("ner-default", "encoder"):
        assert verify_sums(ROOT / "models" / name) >= 4  # weights, config, tokenizer files


def test_a_changed_weight_file_is_refused_before_any_output(tmp_path, capsys):
    model = Path(shutil.copytree(ROOT / "models" / "ner-default", tmp_path / "m"))
    weights = bytearray((model / "model.safetensors").read_bytes())
    weights[-1] ^= 1
    (model / "model.safetensors").write_bytes(bytes(weights))
    out = tmp_path / "o.jsonl"
    assert main(["annotate", str(SEED), "-o", str(out), "-q", "--model", str(model)]) == 2
    err = capsys.readouterr().err
    assert f"{model / 'model.safetensors'}: sha256 differs from {model / SUMS}" in err
    assert not out.exists()
    (model / "README.md").write_text("a card edited by hand")  # documentation is not checked
    (model / "model.safetensors").write_bytes((ROOT / "models" / "ner-default" / "model.safetensors").read_bytes())
    assert main(["annotate", str(SEED), "-o", str(out), "-q", "--model", str(model)]) == 0


def test_pack_then_fetch_gives_the_same_files_and_a_loadable_model(tmp_path, packed):
    folder, archive, digest = packed
    assert digest == sha256(archive) and (archive.parent / "ner-x.tar.gz.sha256").read_text().startswith(digest)
    for source, into in ((str(archive), tmp_path / "a" / "ner"), (archive.as_uri(), tmp_path / "b")):
        done = publish("fetch", source, "--sha256", digest, "--into", str(into))
        assert done.returncode == 0, done.stderr
        assert (into / SUMS).read_bytes() == (folder / SUMS).read_bytes()
        assert (into / "model.safetensors").read_bytes() == (folder / "model.safetensors").read_bytes()
        assert [p.name for p in into.parent.iterdir() if p.name.startswith(".")] == []  # no temporary folder left
    assert main(["annotate", str(SEED), "-o", str(tmp_path / "o.jsonl"), "-q", "--model", str(tmp_path / "b")]) == 0
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["entities"]


def test_fetch_refuses_a_wrong_archive_an_existing_folder_and_unsafe_paths(tmp_path, packed):
    _, archive, digest = packed
    wrong = publish("fetch", str(archive), "--sha256", "0" * 64, "--into", str(tmp_path / "w"))
    assert wrong.returncode == 2 and "is not the published" in wrong.stderr and not (tmp_path / "w").exists()
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    again = publish("fetch", str(archive), "--sha256", digest, "--into", str(mine))
    assert again.returncode == 2 and "exists" in again.stderr and [p.name for p in mine.iterdir()] == ["notes.txt"]
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as tar:
        data = b"{}"
        info = tarfile.TarInfo("../outside.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    bad = publish("fetch", str(evil), "--sha256", sha256(evil), "--into", str(tmp_path / "e"))
    assert bad.returncode == 2 and not (tmp_path / "e").exists() and not (tmp_path / "outside.json").exists()


def test_an_ensemble_lists_its_members_files(tmp_path):
    from pipeline.training.ensemble import build_ensemble

    members = [Path(shutil.copytree(ROOT / "models" / "ner-default", tmp_path / n)) for n in ("1-a", "2-b")]
    out = build_ensemble(members, tmp_path / "ens", half=True)
    listed = (out / SUMS).read_text(encoding="utf-8")
    assert "members/1-1-a/model.safetensors" in listed and "README.md" not in listed
    assert verify_sums(out) == len(listed.splitlines())
