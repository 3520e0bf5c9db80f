"""A throwaway multi-node Ray cluster on this machine, started with the README's cluster recipe.

    python scripts/ray_cluster.py [--nodes 2] [--cpus 1] -- arabic-ie annotate 'corpus/*.jsonl' -o out.jsonl --engine ray --workers 2

Each node is one `ray start` with its own HOME, standing for its own machine: in the head's HOME
`ray get-auth-token --generate` creates `~/.ray/auth_token`, which is copied into every other
node's HOME, and every node and the driver run with `RAY_AUTH_MODE=token` (Ray's token
authentication, README "Cluster"). The head is `ray start --head --port=PORT`, the others
`ray start --address=127.0.0.1:PORT`; here each also gets its own `--temp-dir`, free ports,
`--num-cpus` and `--object-store-memory` so that the cluster fits beside other work. The driver
(the command after `--`, or `Cluster.env` from Python) gets `RAY_ADDRESS`, `RAY_AUTH_MODE` and the
head's HOME.

Nodes run with `--block`, so stopping a node is terminating its `ray start` (Ray then stops that
node's processes, and the kernel kills what is left with it); every process whose command line
names the cluster's folder is killed after that. `ray stop`, the README's way on a real cluster,
is not used here: it stops every Ray process on the machine, other people's local instances too.
"""
from __future__ import annotations

import argparse
import ctypes
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAY = str(Path(sys.executable).with_name("ray")) if Path(sys.executable).with_name("ray").exists() else (
    shutil.which("ray") or "ray")  # the ray CLI of this Python's environment


def _die_with_parent() -> None:
    """In a node's `ray start`: SIGTERM when the process that started it dies (a killed test run stops its nodes)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`with Cluster(nodes=2) as c:` ... `subprocess.run(cmd, env=c.env)`; stopped on exit, failure or not."""

    def __init__(self, nodes: int = 2, cpus: int = 1, object_store_mb: int = 100, root: str | Path | None = None,
                 timeout: float = 60.0) -> None:
        self.nodes, self.cpus, self.store = nodes, cpus, object_store_mb * 1024 * 1024
        # short: Ray's socket paths live under --temp-dir and must stay under 107 bytes
        self.root = Path(tempfile.mkdtemp(prefix="rc-", dir=root or "/tmp"))
        self.timeout = timeout
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.procs: list[subprocess.Popen] = []
        self.env: dict[str, str] = {}

    def home(self, k: int) -> Path:
        return self.root / f"node{k}"

    def _node_env(self, k: int) -> dict[str, str]:
        env = {**os.environ, "HOME": str(self.home(k)), "RAY_AUTH_MODE": "token"}
        for name in ("RAY_ADDRESS", "RAY_AUTH_TOKEN", "RAY_AUTH_TOKEN_PATH"):  # only the recipe's token and address
            env.pop(name, None)
        return env

    def _start(self, k: int, args: list[str]) -> None:
        temp = self.root / f"t{k}"
        cmd = [RAY, "start", *args, f"--num-cpus={self.cpus}", f"--object-store-memory={self.store}",
               f"--temp-dir={temp}", f"--dashboard-agent-listen-port={free_port()}", "--disable-usage-stats",
               "--block"]
        with open(self.root / f"node{k}.log", "w") as log:
            self.procs.append(subprocess.Popen(cmd, env=self._node_env(k), stdout=log, stderr=subprocess.STDOUT,
                                               stdin=subprocess.DEVNULL, start_new_session=True,
                                               preexec_fn=_die_with_parent))
        deadline = time.monotonic() + self.timeout
        while "Ray runtime started" not in (self.root / f"node{k}.log").read_text(errors="replace"):
            if self.procs[-1].poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"ray start failed for node {k}:\n" + (self.root / f"node{k}.log").read_text(
                    errors="replace")[-3000:])
            time.sleep(0.2)

    def start(self) -> "Cluster":
        for k in range(self.nodes):
            self.home(k).mkdir()
        head = self._node_env(0)
        subprocess.run([RAY, "get-auth-token", "--generate"], env=head, check=True, capture_output=True)
        token = self.home(0) / ".ray" / "auth_token"
        for k in range(1, self.nodes):  # the head's token file, copied to every other node (scp on real machines)
            (self.home(k) / ".ray").mkdir()
            shutil.copy(token, self.home(k) / ".ray" / "auth_token")
            os.chmod(self.home(k) / ".ray" / "auth_token", 0o600)
        self._start(0, ["--head", f"--port={self.port}", "--node-ip-address=127.0.0.1", "--include-dashboard=false",
                        f"--dashboard-port={free_port()}"])
        for k in range(1, self.nodes):
            self._start(k, [f"--address={self.address}", "--node-ip-address=127.0.0.1"])
        self.env = {**head, "RAY_ADDRESS": self.address}
        self.wait_for_nodes()
        return self

    def wait_for_nodes(self) -> str:
        """Until `ray status` (run as the driver would) lists every node as active; its output."""
        deadline = time.monotonic() + self.timeout
        while True:
            status = subprocess.run([RAY, "status"], env=self.env, capture_output=True, text=True).stdout
            active = status.split("Active:", 1)[-1].split("Pending:", 1)[0]
            if len(re.findall(r"^\s*\d+ node_", active, re.M)) >= self.nodes:
                return status
            if time.monotonic() > deadline:
                raise RuntimeError(f"the cluster did not reach {self.nodes} nodes:\n{status}")
            time.sleep(1)

    def stop(self) -> None:
        """Terminate every node's `ray start --block` (workers first), then anything left that names our folder."""
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)  # a head that ran a job can take 30 s more to stop gracefully
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        for proc in self.procs:  # the node's process group (it was started in a session of its own)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        self._kill_leftovers()
        shutil.rmtree(self.root, ignore_errors=True)

    def _kill_leftovers(self) -> None:
        mark = str(self.root).encode()
        me = os.getpid()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == me:
                continue
            try:
                if mark in (entry / "cmdline").read_bytes():
                    os.kill(int(entry.name), signal.SIGKILL)
            except (OSError, ProcessLookupError):
                pass

    def __enter__(self) -> "Cluster":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=2)
    ap.add_argument("--cpus", type=int, default=1, help="CPUs per node")
    ap.add_argument("--object-store-mb", type=int, default=100)
    ap.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND...: run against the cluster, then stop it")
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        ap.error("give a command after --")
    with Cluster(args.nodes, args.cpus, args.object_store_mb) as cluster:
        print(f"cluster of {args.nodes} nodes at {cluster.address}", file=sys.stderr)
        return subprocess.run(command, env=cluster.env).returncode


if __name__ == "__main__":
    sys.exit(main())
