"""``week --json`` says, byte for byte, what it said before its per-row work was cut (issue 21.4).

The digests were taken from the output before the change, on the demo year and the benchmarks'
generated history, all made for the same fixed day, in Dutch and in English, with weeks over the
clock changes. A figure, a warning or its wording that moves changes a digest.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date

import pytest

from benchmarks.big_data import make_big_database
from workload_desk.core.database import open_database
from workload_desk.core.demo import fill_demo

TODAY = date(2026, 12, 2)
# (database, day): (sha256 of the Dutch output, of the English one), first 16 hex digits.
BEFORE = {
    ("demo", "2025-12-10"): ("6bcb4508a10fb5ea", "4839a1a70ae68ec0"),
    ("demo", "2026-03-29"): ("a6eb046f80bfe197", "d6af98319bdd6fc0"),
    ("demo", "2026-06-10"): ("c6cd35f75f4e6f78", "f83f5f531ec26942"),
    ("demo", "2026-10-25"): ("29b5556d52aee69a", "6a19192e4bd9a74a"),
    ("demo", "2026-11-25"): ("feff9cd0a2b6a10b", "39477b6ae4d155c0"),
    ("demo", "2026-12-02"): ("edeadcef0b32a3c2", "edeadcef0b32a3c2"),
    ("gen-0.5y", "2026-07-01"): ("2647e0367d3e9bba", "4844cb1612c7a5cd"),
    ("gen-0.5y", "2026-10-25"): ("728e127db933e301", "95a178ec2061ad13"),
    ("gen-0.5y", "2026-11-25"): ("ce0c4f6d4995b82d", "7f909877222fe34a"),
    ("gen-2y", "2025-03-30"): ("f1b1f861ce4c543a", "9f83f52c5726572d"),
    ("gen-2y", "2025-10-26"): ("b291ca07b83e1fbe", "b7ca58a93fb726f1"),
    ("gen-2y", "2026-11-25"): ("5d00a30b17303134", "c38c2e5201b126fc"),
}


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("same")
    demo = folder / "demo.db"
    fill_demo(open_database(demo), today=TODAY)
    made = {"demo": demo}
    for years in (0.5, 2):
        made[f"gen-{years:g}y"] = make_big_database(folder / f"gen-{years:g}y.db", TODAY, years=years)
    return made


@pytest.mark.parametrize(("name", "day"), list(BEFORE))
def test_week_json_is_what_it_was(databases, name, day):
    env = dict(os.environ, TZ="Europe/Amsterdam")
    digests = []
    for lang in ("nl", "en"):
        argv = ["--lang", lang, "--db", str(databases[name]), "week", "--date", day, "--json"]
        done = subprocess.run([sys.executable, "-m", "workload_desk", *argv], capture_output=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        digests.append(hashlib.sha256(done.stdout).hexdigest()[:16])
    assert tuple(digests) == BEFORE[(name, day)]


ZONES = ["Europe/Amsterdam", "Australia/Lord_Howe", "America/St_Johns", "Asia/Kolkata", "UTC", "Pacific/Apia"]


@pytest.mark.parametrize("name", ZONES)
def test_local_time_per_hour_is_the_zones_own(name):
    """local_of remembers a zone's offset per UTC hour: it answers as converting each moment does,
    also through clock changes on the half hour (Lord Howe), the repeated hour's fold included."""
    from datetime import datetime, timedelta, timezone
    from zoneinfo import ZoneInfo

    from workload_desk.core.clock import local_of

    tz = ZoneInfo(name)
    moments = []
    for year in (2011, 2026):  # Apia skipped a whole day at the end of 2011 and had summer time then
        start = datetime(year, 1, 1)
        moments += [start + timedelta(minutes=7 * i, seconds=i % 60) for i in range(0, 365 * 24 * 60 // 7)]
    moments += [datetime.min + timedelta(days=1), datetime.max - timedelta(days=1)]
    wrong = []
    for utc in moments:
        own = utc.replace(tzinfo=timezone.utc).astimezone(tz).replace(tzinfo=None)
        got = local_of(utc, tz)
        if (got, got.fold) != (own, own.fold):
            wrong.append((utc, got, own))
    assert wrong == []
    assert any(local_of(utc, tz).fold for utc in moments) == (name not in ("UTC", "Asia/Kolkata"))
