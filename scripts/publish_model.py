"""Publish and fetch model directories as release assets, outside git history.

    python scripts/publish_model.py sums DIR                 # (re)write DIR/SHA256SUMS
    python scripts/publish_model.py pack DIR -o NAME.tar.gz  # SHA256SUMS, then one archive + its sha256
    python scripts/publish_model.py fetch URL_OR_FILE --sha256 HEX --into models/NAME

A new checkpoint is not committed: it is packed, uploaded as a release asset (e.g. `gh release
upload v0.x NAME.tar.gz`), and its archive sha256 is written where users read it (the README's
model table). `fetch` downloads (https or a local file), checks the archive's sha256 before
unpacking anything, unpacks only plain files and folders inside the target (no absolute paths,
no `..`, no links), checks every file against the model's own SHA256SUMS and only then moves the
folder into place; it never replaces a folder that already exists. The pipeline checks
SHA256SUMS again at every load.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

from pipeline.io.checksums import sha256, verify_sums, write_sums
from pipeline.ner.model import is_model_dir, require_model_dir


def pack(folder: Path, out: Path) -> str:
    """SHA256SUMS into `folder`, then `out` (gzip tar of the folder under its own name); the archive's sha256."""
    require_model_dir(folder)  # a model (config.json or ensemble.json) whose present sums, if any, still hold
    if out.exists():
        raise ValueError(f"{out} exists: pack writes a new archive only")
    write_sums(folder)
    with tarfile.open(out, "w:gz") as tar:
        tar.add(folder, arcname=folder.name, filter=lambda info: None if info.name.split("/")[-1].startswith(".") else info)
    digest = sha256(out)
    Path(f"{out}.sha256").write_text(f"{digest}  {out.name}\n", encoding="utf-8")
    return digest


def fetch(source: str, expected: str, into: Path) -> int:
    """Download or copy the archive, check it, unpack it into `into` (which must not exist); files checked."""
    if into.exists():
        raise ValueError(f"{into} exists: fetch never replaces a folder (remove it yourself, or choose another)")
    into.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=into.parent, prefix=f".{into.name}-") as tmp:
        archive = Path(tmp) / "model.tar.gz"
        digest = hashlib.sha256()
        opened = urllib.request.urlopen(source) if "://" in source else open(source, "rb")  # noqa: S310 (https or file)
        with opened as src, open(archive, "wb") as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                dst.write(block)
        if digest.hexdigest() != expected.lower():
            raise ValueError(f"{source}: sha256 {digest.hexdigest()} is not the published {expected}: nothing unpacked")
        with tarfile.open(archive, "r:gz") as tar:
            members = tar.getmembers()
            tops = {m.name.split("/")[0] for m in members}
            bad = [m.name for m in members if not (m.isfile() or m.isdir()) or m.name.startswith("/")
                   or ".." in m.name.split("/")]
            if len(tops) != 1 or bad:
                raise ValueError(f"{source}: not one model folder of plain files ({sorted(tops)[:3]}, {bad[:3]})")
            tar.extractall(tmp, filter="data")  # refuses absolute paths, `..` and links out of the folder
        unpacked = Path(tmp) / tops.pop()
        require_model_dir(unpacked)
        n = verify_sums(unpacked)
        if not n:
            raise ValueError(f"{source}: the model has no SHA256SUMS: it was not packed by this script")
        shutil.move(str(unpacked), into)
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sums", help="write DIR/SHA256SUMS")
    p.add_argument("folder", type=Path)
    p = sub.add_parser("pack", help="SHA256SUMS, then a .tar.gz release asset and its .sha256")
    p.add_argument("folder", type=Path)
    p.add_argument("-o", "--out", type=Path, required=True)
    p = sub.add_parser("fetch", help="download, check and unpack a packed model")
    p.add_argument("source", help="https URL or local file of the archive")
    p.add_argument("--sha256", required=True, help="the archive's published sha256")
    p.add_argument("--into", type=Path, required=True, help="the model folder to create (must not exist)")
    args = ap.parse_args(argv)
    try:
        if args.command == "sums":
            if not is_model_dir(args.folder):
                raise ValueError(f"not a model directory: {args.folder} (no config.json or ensemble.json)")
            print(f"wrote {write_sums(args.folder)}")
        elif args.command == "pack":
            print(f"{pack(args.folder, args.out)}  {args.out}")
        else:
            print(f"{args.into}: {fetch(args.source, args.sha256, args.into)} files checked")
    except (ValueError, OSError, tarfile.TarError) as exc:
        print(f"publish_model: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
