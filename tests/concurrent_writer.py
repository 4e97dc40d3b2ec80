"""One of several command-line writers at once: logs ``count`` entries through the command line, one process.

Prints the exit status of each write, so the test sees every one that failed.
"""

import contextlib
import io
import sys
from datetime import datetime, timedelta

from workload_desk.cli.main import run

path, writer, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
base = datetime(2021, 1, 4, 8) + timedelta(days=7 * writer)
for i in range(count):
    start = base + timedelta(minutes=2 * i)
    end = start + timedelta(minutes=1)
    command = ["--db", path, "log", "add", "--task", "admin"]
    with contextlib.redirect_stdout(io.StringIO()):  # the entry's number
        status = run([*command, "--start", f"{start:%Y-%m-%d %H:%M}", "--end", f"{end:%Y-%m-%d %H:%M}"])
    print(status, flush=True)
