#!/usr/bin/env bash
# The shipped meeting-trigger model, models/meeting-triggers (pipeline/frames/meeting/trigger_model.py): a logistic
# regression over the words with a meeting stem, trained on the real-news gold's real-train (SaudiNewsNet even lines)
# and the written train, with gold entities; real-dev 161 and the written dev are scored for its card (the fresh
# real-dev 158 and the test splits are never read). About a minute on one core (RESULTS.md, session 32).
#   REAL=build/real-s30 OVERWRITE=1 scripts/train_meeting_triggers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REAL=${REAL:-build/real}
OUT=${OUT:-models/meeting-triggers}
[ -e "$REAL/real-train.jsonl" ] || .venv/bin/python scripts/real_gold.py build --out "$REAL"
.venv/bin/arabic-ie train-triggers --train "$REAL/real-train.jsonl" annotations/train.jsonl \
    --dev "$REAL/real-dev-old.jsonl" annotations/dev.jsonl --out "$OUT" ${OVERWRITE:+--overwrite}
cat >> "$OUT/README.md" <<'CARD'

Data licences: the real-news gold (annotations/real/, stand-off over SaudiNewsNet, Alshehri 2015): CC BY-NC-SA 4.0,
and so is this model (its feature names hold words of those articles); the project's gold corpus (annotations/):
Apache-2.0. Trained by `scripts/train_meeting_triggers.sh`.
CARD
