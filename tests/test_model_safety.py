"""Issue 11 items 1, 9, 10, 13: `ensemble --out` never destroys what it does not own, `train` refuses data
that can only teach O, models load only from local folders without running their code, and training
logs off a terminal hold no carriage-return frames."""
from __future__ import annotations

import ast
import json
import socket
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def members(tmp_path_factory) -> list[Path]:
    """Two complete model directories (copies of the shipped default) to build ensembles from."""
    import shutil

    root = tmp_path_factory.mktemp("members")
    return [Path(shutil.copytree(ROOT / "models" / "ner-default", root / name)) for name in ("1-a", "2-b")]


def fake_model(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps({"id2label": {"0": "O"}}))
    (folder / "tokenizer.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(b"weights")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# 1. ensemble --out

def test_ensemble_never_writes_over_a_member_or_a_folder_with_files(tmp_path, capsys):
    a, b = fake_model(tmp_path / "models" / "a"), fake_model(tmp_path / "models" / "b")
    user = tmp_path / "mine"
    user.mkdir()
    (user / "notes.txt").write_text("keep me")
    before = snapshot(tmp_path)
    for out in (a, tmp_path / "models", user):  # a member, a folder holding the members, a folder of the user's
        assert main(["ensemble", str(a), str(b), "--out", str(out)]) == 2
    assert main(["ensemble", str(a), str(b), "--out", str(a), "--overwrite"]) == 2
    assert snapshot(tmp_path) == before
    err = capsys.readouterr().err
    assert err.count("writing the ensemble there would destroy it") == 3
    assert "exists and is not empty: pass --overwrite" in err


def test_ensemble_is_renamed_into_place_when_complete(tmp_path, monkeypatch, members):
    import pipeline.training.ensemble as ens

    out = tmp_path / "ens"
    out.mkdir()
    (out / "notes.txt").write_text("old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ens, "write_card", broken)
    with pytest.raises(RuntimeError):
        ens.build_ensemble(members, out, half=True, overwrite=True)
    assert snapshot(out) == {"notes.txt": b"old"}  # a failed build leaves --out as it was
    monkeypatch.undo()
    assert ens.build_ensemble(members, out, half=True, overwrite=True) == out
    assert (out / "ensemble.json").exists() and not (out / "notes.txt").exists()
    assert (out / "README.md").read_text(encoding="utf-8").startswith("# NER ensemble: ens\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ens"]  # no temporary folder left behind
    fresh = tmp_path / "new" / "ens2"
    assert main(["ensemble", *map(str, members), "--out", str(fresh), "--half"]) == 0
    assert (fresh / "ensemble.json").exists()


# 9. train refuses what can only teach O

def conll(path: Path, rows: str) -> Path:
    path.write_text(rows, encoding="utf-8")
    return path


FOREIGN = "زار O\nدانج B-PERSON\nشوان I-PERSON\nلاو B-ORGANIZATION\nكاي I-ORGANIZATION\n. O\n\n"


def test_train_refuses_an_empty_corpus_and_foreign_tags(tmp_path, capsys):
    base = fake_model(tmp_path / "base")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    foreign = conll(tmp_path / "foreign.txt", FOREIGN * 3)
    only_o = conll(tmp_path / "o.txt", "زار O\nهانوي O\n\n")
    for train_file in (empty, foreign, only_o):
        assert main(["train", "--train", str(train_file), "--base-model", str(base), "--out", str(tmp_path / "m")]) == 2
    assert not (tmp_path / "m").exists()
    err = capsys.readouterr().err
    assert f"{empty}: no documents to train on" in err
    assert f"{foreign}: none of its tags is a project label" in err and "unknown tag types: PERSON, ORGANIZATION" in err
    assert "no entity in the training data" in err


def test_train_maps_foreign_tags_when_asked_and_logs_no_bar_frames(tmp_path, capsys):
    from tests.test_ner import tiny_checkpoint

    base = tiny_checkpoint(tmp_path / "base")
    capsys.readouterr()  # (building the base model may draw its own library bar; only the train command's log counts)
    foreign = conll(tmp_path / "foreign.txt", FOREIGN * 8)
    out = tmp_path / "m"
    assert main(["train", "--train", str(foreign), "--base-model", str(base), "--out", str(out), "--epochs", "1",
                 "--dev-fraction", "0.25", "--tag-map", "PERSON=PER", "ORGANIZATION=ORG"]) == 0
    labels = json.loads((out / "config.json").read_text())["label2id"]
    assert {"B-PER", "B-ORG"} <= set(labels)
    from pipeline.io.checksums import verify_sums

    assert verify_sums(out) >= 3  # a trained model lists its weights, config and tokenizer in SHA256SUMS
    assert "\r" not in capsys.readouterr().err  # 13: no progress-bar frames in a log
    assert main(["train", "--train", str(foreign), "--base-model", str(base), "--out", str(out),
                 "--tag-map", "PERSON=PEOPLE"]) == 2


# 10. local models only, no remote code

def test_every_from_pretrained_is_local_and_runs_no_remote_code():
    calls = []
    for path in sorted((ROOT / "pipeline").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "from_pretrained":
                kw = {k.arg: getattr(k.value, "value", None) for k in node.keywords}
                calls.append((f"{path.relative_to(ROOT)}:{node.lineno}", kw.get("trust_remote_code"),
                              kw.get("local_files_only")))
    assert len(calls) >= 8
    assert [c for c in calls if c[1:] != (False, True)] == []


def test_a_missing_model_directory_is_named_and_nothing_is_downloaded(tmp_path, monkeypatch, capsys, members):
    attempts = []

    def no_network(self, address, *args):
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    missing = tmp_path / "no-such-model"
    seed = ROOT / "seeds" / "000_e714b6baaa51f92e.txt"
    train = tmp_path / "t.jsonl"
    train.write_text(json.dumps({"id": "a", "text": "زار هانوي", "entities": [
        {"id": "e1", "start": 4, "end": 9, "label": "LOC"}]}, ensure_ascii=False) + "\n", encoding="utf-8")
    commands = [
        ["annotate", str(seed), "-o", str(tmp_path / "o.jsonl"), "-q", "--model", str(missing)],
        ["annotate", str(seed), "-o", str(tmp_path / "o.jsonl"), "-q", "--model", "bert-base-uncased"],
        ["train", "--train", str(train), "--base-model", str(missing), "--out", str(tmp_path / "m")],
        ["train", "--train", str(train), "--base-model", "bert-base-uncased", "--out", str(tmp_path / "m")],
        ["ensemble", str(missing), str(members[0]), "--out", str(tmp_path / "e")],
        ["pretrain", "--corpus", str(train), "--init", str(missing), "--out", str(tmp_path / "p")],
    ]
    for argv in commands:
        assert main(argv) == 2, argv
    assert not (tmp_path / "o.jsonl").exists()  # the model is checked before any output is opened
    err = capsys.readouterr().err
    assert err.count(f"not a model directory: {missing}") == 4
    assert err.count("not a model directory: bert-base-uncased") == 2
    assert attempts == []
