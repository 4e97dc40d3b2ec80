"""Arbitrary strings and numbers at every command-line argument and every form field of the core.

No crash, no traceback: a clear message (one sentence, status 2 on the command line), and
nothing stored changes on a refusal.
"""

import contextlib
import io
import math
import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workload_desk.core.errors import UserError
from workload_desk.core.full_export import export_all

values = st.one_of(
    st.text(max_size=24),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(
        [
            "2026-01-05",
            "05-01-2026",
            "2026-02-30",
            "2026-01-05 09:00",
            "25:61",
            "0",
            "-1",
            "1e400",
            "nan",
            "111222333",
            "",
            " ",
            "2026-13",
            "utrecht",
            "ots",
            "court",
            "--json",
        ]
    ),
)

TEMPLATES = [
    ["contract", "set", "--hours", 0, "--from", 1],
    ["case", "add", "--label", 0, "--measure", "ots", "--start", 1, "--children", 2, "--end", 3],
    ["case", "close", 0, "--date", 1],
    ["case", "show", 0],
    ["log", "add", "--task", "visit", "--start", 0, "--end", 1, "--note", 2, "--case", 3],
    ["log", "list", "--week", 0],
    ["task", "add", "--case", 0, "--kind", "court", "--due", 1, "--note", 2],
    ["task", "done", 0],
    ["task", "list", "--due-within", 0],
    ["week", "--date", 0],
    ["say-no", "--date", 0],
    ["say-no", "schedule", "--preset", "every-4-months", "--from", 0, "--baseline", 1],
    ["say-no", "decline", "--what", "call", "--from", 0, "--note", 1, "--date", 2],
    ["union-export", "--from", 0, "--to", 1, "--out", "OUT", "--region", 2],
    ["contract", 0],
    [0],
]


def dump(db):
    return export_all(db)["tables"]


def seeded(folder: Path):
    from workload_desk.core.cases import add_case
    from workload_desk.core.database import open_database
    from workload_desk.core.measures import NewMeasure

    db = open_database(folder / "w.db")
    add_case(db, "A.", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))])
    return db


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEMPLATES), st.lists(values, min_size=4, max_size=4))
def test_any_command_line_argument(template, fills):
    from workload_desk.main import main

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = seeded(folder)
        before = dump(db)
        argv = ["--db", str(folder / "w.db")]
        argv += [fills[p] if isinstance(p, int) else (str(folder / "u.json") if p == "OUT" else p) for p in template]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(argv)
        assert status in (0, 2), (argv, err.getvalue())
        assert "Traceback" not in err.getvalue()
        if status == 2:
            assert len(err.getvalue().strip().splitlines()) == 1, err.getvalue()
            assert dump(db) == before
        db.close()


def refused_or_done(db, call):
    """Run a core call: it either succeeds or refuses with a clear message, changing nothing."""
    before = dump(db)
    try:
        call()
    except UserError as exc:
        assert exc.message and "\n" not in exc.message.strip()
        assert dump(db) == before


texts = st.one_of(st.text(max_size=60), st.sampled_from(["123456782", "x" * 41, "", "   "]))
numbers = st.one_of(st.integers(-(10**6), 10**6), st.floats(allow_nan=True, allow_infinity=True))
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts, texts, days, st.one_of(st.none(), days), numbers, numbers, texts)
def test_any_form_field_of_the_core(label, note, child, start, end, number, other, kind):
    from workload_desk.core import caseload_norm, contracts, days_off, register, tasks, time_log
    from workload_desk.core.cases import add_case, close_case, edit_case
    from workload_desk.core.measures import NewMeasure
    from workload_desk.core.model import Task

    with tempfile.TemporaryDirectory() as tmp:
        db = seeded(Path(tmp))
        moment = datetime.combine(start, datetime.min.time())
        refused_or_done(db, lambda: add_case(db, label, start, [NewMeasure("ots", child, start, end)], note))
        refused_or_done(db, lambda: add_case(db, label, start, [NewMeasure(kind, child, start, end)], note))
        refused_or_done(db, lambda: edit_case(db, 1, label, start, note))
        refused_or_done(db, lambda: close_case(db, 1, start))
        refused_or_done(db, lambda: contracts.set_contract(db, number, start))
        refused_or_done(db, lambda: contracts.set_contract(db, label, start))
        if not (isinstance(number, float) and not math.isfinite(number)):
            span = (
                moment.replace(hour=9),
                moment.replace(hour=9)
                + (datetime.min + __import__("datetime").timedelta(minutes=abs(int(number)) % 3000) - datetime.min),
            )
            refused_or_done(db, lambda: time_log.add_entry(db, span[0], span[1], "visit", None, note))
        refused_or_done(db, lambda: time_log.add_entry(db, moment, moment, kind, None, note))
        pages = int(number) if isinstance(number, int) else None
        refused_or_done(
            db, lambda: tasks.add_task(db, Task(0, 1, "redaction", moment, note=note, pages=pages, requested_by=label))
        )
        refused_or_done(db, lambda: tasks.add_task(db, Task(0, 1, kind, moment, mode=child or None, court=note)))
        refused_or_done(db, lambda: register.decline(db, start, kind, label, note))
        refused_or_done(db, lambda: register.decline(db, start, "call", label, note))
        refused_or_done(db, lambda: register.keep_boundary(db, start, kind, note))
        refused_or_done(db, lambda: days_off.mark_day_off(db, start, kind))
        refused_or_done(db, lambda: caseload_norm.set_schedule(db, "every-4-months", start, other))
        refused_or_done(db, lambda: caseload_norm.set_norms(db, number, other, number))
        db.close()
