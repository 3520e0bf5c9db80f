"""Training on a lent GPU: the device is chosen once, asking for CUDA without one fails before any work."""
from __future__ import annotations

import pytest
import torch

from pipeline.cli import build_parser
from pipeline.training.train import TrainConfig, train

needs_no_gpu = pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")


@needs_no_gpu
def test_fine_tuning_on_cuda_without_a_gpu_fails_before_reading_the_corpora(tmp_path):
    from tests.test_ner import tiny_checkpoint

    base = tiny_checkpoint(tmp_path / "base")
    with pytest.raises(ValueError, match="no CUDA device"):
        train([tmp_path / "missing.jsonl"], tmp_path / "out", TrainConfig(base_model=str(base), device="cuda"))
    assert not (tmp_path / "out").exists()


def test_the_train_command_takes_a_device_and_defaults_to_auto():
    parse = build_parser().parse_args
    common = ["train", "--train", "t.jsonl", "--base-model", "m", "--out", "o"]
    assert parse(common).device == "auto" and parse([*common, "--device", "cpu"]).device == "cpu"
    with pytest.raises(SystemExit):
        parse([*common, "--device", "tpu"])
