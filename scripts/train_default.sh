#!/usr/bin/env bash
# The recipe of the shipped models, end to end (about 4 h on 2 CPU cores).
#   1. pretrain the encoder on raw news (runs/encoder-mb), continue it twice with a fresh schedule (runs/encoder-c,
#      then runs/encoder-s3: stopped by its 60-minute cap at step 1203 of 3000 when it ran), copy that to models/encoder
#   2. one joint NER fine-tune over the written split, the real SaudiNewsNet gold, ANERcorp and the Wojood
#      sample (scripts/train_joint.sh: corpus weights, combined dev, float16 storage), copied to models/ner-default
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
RAW=${RAW:-../shared/data/raw/saudinewsnet.jsonl.gz}

$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-mb --max-minutes 70 --max-steps 5000
$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-c --init runs/encoder-mb/model --lr 5e-4 --warmup-steps 200 \
    --max-steps 1500 --max-minutes 60 --seed 14 --threads 1
$BIN/arabic-ie pretrain --corpus "$RAW" --out runs/encoder-s3 --init runs/encoder-c/model --lr 4e-4 --warmup-steps 150 \
    --max-steps 3000 --max-minutes 60 --seed 15 --threads 2
rm -rf models/encoder && cp -r runs/encoder-s3/model models/encoder

OUT=runs/ner-joint scripts/train_joint.sh
rm -rf models/ner-default && cp -r runs/ner-joint models/ner-default
