"""The whole process connects nowhere: the app runs in a network namespace, its connect calls traced.

``unshare -n`` gives the process a network of its own with only a loopback device, and that
down, so nothing can leave the machine even if a library tried; ``strace`` records every
``connect``/``sendto``/``sendmsg`` the process and its threads make. Only local sockets
(``AF_UNIX``, such as the desktop bus) may appear; no ``AF_INET`` or ``AF_INET6`` at all. No
address outside the namespace is ever used. Linux only; skipped where namespaces are not
allowed (not root), which CI is not.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("strace") or not shutil.which("unshare"),
    reason="needs Linux with strace and unshare",
)


def _namespaces_allowed() -> bool:
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


def traced(tmp_path: Path, argv: list[str]) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run ``workload-desk ARGV`` in a namespace without network; return the run and its network calls."""
    if not _namespaces_allowed():
        pytest.skip("network namespaces are not allowed here")
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        ["unshare", "-n", "strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)]
        + [sys.executable, "-m", "workload_desk", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    calls = [line for line in trace.read_text().splitlines() if re.search(r"\b(connect|sendto|sendmsg)\(", line)]
    return done, calls


def internet(calls: list[str]) -> list[str]:
    return [c for c in calls if "AF_INET" in c]


def test_the_window_and_every_command_connect_nowhere(tmp_path):
    db = str(tmp_path / "w.db")
    out = tmp_path
    commands = [
        ["demo"],
        ["--quit-when-ready"],
        ["case", "list", "--json"],
        ["case", "export", "1", "--out", str(out / "c.html")],
        ["log", "start", "--task", "admin"],
        ["log", "stop"],
        ["week", "--json"],
        ["say-no", "--json"],
        ["statement", "--from", "2026-01-05", "--to", "2026-03-29", "--out", str(out / "s.pdf")],
        ["union-export", "--from", "2026-01", "--to", "2026-03", "--out", str(out / "u.json")],
        ["union-summary", str(out / "u.json"), "--out", str(out / "sum.csv"), "--chart", str(out / "sum.png")],
        ["backup", "--out", str(out / "b.db")],
        ["export-all", "--out", str(out / "all.json")],
    ]
    for argv in commands:
        done, calls = traced(tmp_path, ["--db", db, *argv] if argv[0] != "union-summary" else argv)
        assert done.returncode == 0, (argv, done.stderr)
        assert internet(calls) == [], (argv, calls)


def test_the_trace_would_see_a_connection(tmp_path):
    """The check can fail: a process that tries to reach an address is seen, and cannot reach it."""
    if not _namespaces_allowed():
        pytest.skip("network namespaces are not allowed here")
    trace = tmp_path / "trace.txt"
    probe = (
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError:\n    pass\n"
    )
    subprocess.run(
        ["unshare", "-n", "strace", "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable, "-c", probe],
        check=True,
        timeout=60,
    )
    assert internet(trace.read_text().splitlines())
