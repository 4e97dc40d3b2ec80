"""A stream of writes for the crash test: it is killed with SIGKILL at a random moment.

Every line it prints is a write that was committed ("acknowledged") before the line was written.
"""

import sys
from datetime import datetime, timedelta

from workload_desk.core.database import open_database
from workload_desk.core.time_log import add_entry, running_timer, start_timer

db = open_database(sys.argv[1])
timer = running_timer(db)
if timer is None:
    timer_id = start_timer(db, "visit")
    print(f"timer {timer_id}", flush=True)
else:
    print(f"recovered {timer.id}", flush=True)
done = db.execute('SELECT count(*) FROM time_entries WHERE "end" IS NOT NULL').fetchone()[0]
base = datetime(2020, 1, 1, 8)
for i in range(done, done + 100_000):
    start = base + timedelta(minutes=2 * i)
    entry = add_entry(db, start, start + timedelta(minutes=1), "admin", note=f"write {i}")
    print(f"entry {entry}", flush=True)
