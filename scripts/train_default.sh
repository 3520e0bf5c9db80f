#!/usr/bin/env bash
# The recipe of the shipped models, end to end (about 3 h on 2 CPU cores).
#   1. pretrain the encoder on raw news (runs/encoder-mb), continue it with a fresh schedule (runs/encoder-c),
#      copy that to models/encoder
#   2. one joint NER fine-tune over the written split, the real SaudiNewsNet gold, ANERcorp and the Wojood
#      sample (scripts/train_joint.sh: corpus weights, combined dev, float16 storage), copied to models/ner-default
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
RAW=${RAW:-../shared/data/raw/saudinewsnet.jsonl.gz}

$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-mb --max-minutes 70 --max-steps 5000
$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-c --init runs/encoder-mb/model --lr 5e-4 --warmup-steps 200 \
    --max-steps 1500 --max-minutes 60 --seed 14 --threads 1
rm -rf models/encoder && cp -r runs/encoder-c/model models/encoder

OUT=runs/ner-joint scripts/train_joint.sh
rm -rf models/ner-default && cp -r runs/ner-joint models/ner-default
