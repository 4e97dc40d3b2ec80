"""A database file replaced by another program while the app has it open is not spoiled by the app's log.

SQLite keeps recent writes in ``FILE-wal`` until a checkpoint; a file moved into the same name would
inherit that log and be read as damaged. The app empties the log after every write it commits.
"""

import os
import sqlite3
from datetime import date

from workload_desk.core.cases import add_case
from workload_desk.core.database import open_database
from workload_desk.core.measures import NewMeasure


def test_a_file_moved_into_place_opens_whole_with_its_own_cases(tmp_path):
    path = tmp_path / "workload.db"
    other = tmp_path / "other.db"
    mine = open_database(path)
    theirs = open_database(other)
    for i in range(30):
        add_case(theirs, f"T{i}", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))])
    theirs.close()
    for i in range(30):  # writes the open window made: in its log until a checkpoint
        add_case(mine, f"M{i}", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))])
    assert not os.path.exists(f"{path}-wal") or os.path.getsize(f"{path}-wal") == 0
    os.replace(other, path)  # a sync tool or a person puts another file in its place
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        labels = {r[0] for r in conn.execute("SELECT label FROM cases")}
    finally:
        conn.close()
    assert labels == {f"T{i}" for i in range(30)}
    mine.close()
