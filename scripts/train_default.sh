#!/usr/bin/env bash
# The recipe of the shipped models, end to end (about 2 h on 2 CPU cores).
#   1. pretrain the encoder on raw news (runs/encoder-mb), continue it with a fresh schedule (runs/encoder-c),
#      copy that to models/encoder
#   2. fine-tune NER on the gold training split into models/ner-default
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
RAW=${RAW:-../shared/data/raw/saudinewsnet.jsonl.gz}

$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-mb --max-minutes 70 --max-steps 5000
$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-c --init runs/encoder-mb/model --lr 5e-4 --warmup-steps 200 \
    --max-steps 1500 --max-minutes 60 --seed 14 --threads 1
rm -rf models/encoder && cp -r runs/encoder-c/model models/encoder

# ANERcorp as a second corpus did not help on dev (README), so the default is trained on the gold split alone.
$BIN/arabic-ie train --train annotations/train.jsonl --dev annotations/dev.jsonl \
    --test annotations/test.jsonl annotations/seeds.jsonl --base-model models/encoder --out models/ner-default \
    --augment 1 --label-all-subwords --lr 3e-4 --epochs 20 --patience 4 --max-minutes 30 --threads 1
