from __future__ import annotations

import gzip
import json

from pipeline.training.pretrain import PretrainConfig, pretrain

TEXTS = ["ترأس نائب رئيس اللجنة الشعبية الإقليمية هوانغ نام المؤتمر في مقاطعة لاو كاي.",
         "وانخفضت الجرائم ضد النظام الاجتماعي بنسبة 7.1٪ مقارنة بعام 2022.",
         "منح وزير الأمن العام شهادات تقدير لـ 10 جماعات و30 فرداً."]


def test_pretrain_checkpoints_resumes_and_saves_a_hugging_face_dir(tmp_path):
    raw = tmp_path / "raw.jsonl.gz"
    with gzip.open(raw, "wt", encoding="utf-8") as fh:
        for i in range(40):
            fh.write(json.dumps({"id": i, "title": "", "text": TEXTS[i % 3]}, ensure_ascii=False) + "\n")
    cfg = PretrainConfig(vocab_size=120, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, seq_len=32, batch_size=4, warmup_steps=1, max_steps=3)
    out = tmp_path / "run"
    pretrain([raw], out, cfg)
    state = json.loads((out / "checkpoint" / "state.json").read_text())
    assert state["step"] == 3
    cfg.max_steps = 5
    final = pretrain([raw], out, cfg)  # resumes from the checkpoint
    assert json.loads((out / "checkpoint" / "state.json").read_text())["step"] == 5

    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(str(final))
    config = json.loads((final / "config.json").read_text())
    assert config["pretraining"]["steps"] == 5 and len(config["pretraining"]["corpus_sha256"]) == 64
    assert (final / "model.safetensors").exists() and (final / "README.md").exists()
    tok = AutoTokenizer.from_pretrained(str(final))
    assert model(**tok(["اللجنة الشعبية"], return_tensors="pt")).last_hidden_state.shape[-1] == 32


def test_continued_pretraining_on_task_text_records_every_stage(tmp_path):
    raw = tmp_path / "raw.jsonl.gz"
    with gzip.open(raw, "wt", encoding="utf-8") as fh:
        for i in range(30):
            fh.write(json.dumps({"title": "", "text": TEXTS[i % 3]}, ensure_ascii=False) + "\n")
    cfg = PretrainConfig(vocab_size=120, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, seq_len=32, batch_size=4, warmup_steps=1, max_steps=2)
    first = pretrain([raw], tmp_path / "general", cfg)
    task = tmp_path / "train.jsonl"  # the project's documents: only their text is read
    task.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "entities": []}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(TEXTS * 4)), encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text(TEXTS[0], encoding="utf-8")
    cfg.init, cfg.max_steps, cfg.seed = str(first), 3, 5
    final = pretrain([task, notes], tmp_path / "task", cfg)

    pre = json.loads((final / "config.json").read_text())["pretraining"]
    assert pre["corpus"] == ["train.jsonl", "notes.txt"] and pre["steps"] == 3 and pre["steps_before"] == 2
    assert [st["corpus"] for st in pre["earlier"]] == [["raw.jsonl.gz"]] and pre["earlier"][0]["steps"] == 2
    assert (final / "tokenizer.json").read_text() == (first / "tokenizer.json").read_text()  # the vocabulary is kept
    card = (final / "README.md").read_text()
    assert "1. 2 steps" in card and "2. 3 steps" in card and "continues " + str(first) in card


def test_device_auto_takes_the_cpu_here_and_cuda_without_a_gpu_is_an_error():
    import pytest
    import torch

    from pipeline.training.device import resolve_device

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    assert resolve_device("auto").type == "cpu" and resolve_device("cpu").type == "cpu"
    with pytest.raises(ValueError, match="no CUDA device"):
        resolve_device("cuda")
    with pytest.raises(ValueError, match="cpu, cuda or auto"):
        resolve_device("tpu")


def test_pretraining_records_its_device_and_the_card_names_it(tmp_path):
    import torch

    raw = tmp_path / "raw.txt"
    raw.write_text("\n".join(TEXTS * 10), encoding="utf-8")
    cfg = PretrainConfig(vocab_size=120, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                         intermediate_size=64, seq_len=32, batch_size=4, warmup_steps=1, max_steps=2, threads=1)
    final = pretrain([raw], tmp_path / "run", cfg)
    pre = json.loads((final / "config.json").read_text())["pretraining"]
    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert pre["device"] == expected
    card = (final / "README.md").read_text()
    assert ("one GPU" in card) == (expected == "cuda") and ("1 CPU threads" in card) == (expected == "cpu")


def test_cli_passes_the_device_to_pretraining():
    from pipeline.cli import build_parser

    args = build_parser().parse_args(["pretrain", "--out", "run", "--device", "cpu"])
    assert args.device == "cpu" and build_parser().parse_args(["pretrain", "--out", "run"]).device == "auto"
