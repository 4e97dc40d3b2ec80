"""The union export: anonymised monthly totals a worker may choose to send to the union.

Nothing in it names a family, a child or the worker: no label, note, name, free
text, database path, or date finer than a month. Hours are rounded to the half
hour so that the kinds of work add up to the hours worked (largest remainder).

A random respondent key, made once per database and renewable by the worker, and a
sequence number let the union count one person once and keep only their newest
file for a month, without ever linking the key to a name. A random submission id,
new for every file, lets the union drop a file sent twice.

The key is the end of a hash chain (Lamport's one-time passwords, as S/Key uses them):
a random secret that never leaves the database, hashed ``CHAIN_LENGTH`` times. File
number *n* carries the chain's link ``CHAIN_LENGTH - n`` as ``sequence_proof``; hashed
*n* times it gives the key. Anyone can check that, but only the database holding the
secret can make the link for a higher sequence: someone who has seen a worker's file
cannot send a "newer" one in their name.

With a contract band instead of the exact contract, nothing in the file narrows the
contract below the band: the norm is the band's norm, extra hours (which depend on
the contract) are left out, and overtime is counted above a 36-hour week.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
import secrets
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .caseload import caseload_on
from .caseload_norm import Norm, get_schedule, norm_on, target_on
from .contracts import FULL_TIME_DAY, FULL_TIME_HOURS
from .dates import add_months, minute, week_start
from .days_off import days_off_between
from .errors import UserError, shown
from .events import events_between
from .files import write_private
from .i18n import QT_TRANSLATE_NOOP, translate
from .model import TASK_KINDS
from .register import REQUESTS
from .time_log import minutes_by
from .week import weekly_hours

if TYPE_CHECKING:
    from sqlite_utils import Database

SCHEMA_VERSION = 2
KEY_SETTING = "union_respondent_key"
SECRET_SETTING = "union_respondent_secret"
SEQUENCE_SETTING = "union_sequence"
UNION_IDENTITY = (SECRET_SETTING, KEY_SETTING, SEQUENCE_SETTING)  # the person's, kept when a backup is restored
CHAIN_LENGTH = 10_000  # files one key can sign; the next file after that gets a new key
# What a band stands for where a figure needs hours: its norm (the union's summary uses the same).
BAND_HOURS = {"under-32": 28.0, "32-35": 34.0, "36-plus": 36.0}

# The provinces the certified institutions (GI's) serve, and the GI's that work nationwide.
REGIONS: dict[str, str] = {
    "groningen": "Groningen",
    "friesland": "Friesland",
    "drenthe": "Drenthe",
    "overijssel": "Overijssel",
    "flevoland": "Flevoland",
    "gelderland": "Gelderland",
    "utrecht": "Utrecht",
    "noord-holland": "Noord-Holland",
    "zuid-holland": "Zuid-Holland",
    "zeeland": "Zeeland",
    "noord-brabant": "Noord-Brabant",
    "limburg": "Limburg",
    "landelijk": QT_TRANSLATE_NOOP("Kinds", "nationwide (a GI working across the country)"),
}
CONTRACT_BANDS = ("under-32", "32-35", "36-plus")

KIND_FIELDS = {kind: "hours_" + kind.replace("-", "_") for kind in TASK_KINDS}
DECLINED_FIELDS = {what: "declined_" + what.replace("-", "_") for what in REQUESTS}
MONTH_FIELDS = [
    "month",
    "contract_hours",
    "contract_band",
    "worked_hours",
    "extra_hours",
    "overtime_hours",
    "caseload_measures",
    "caseload_families",
    "caseload_children",
    "norm_measures",
    "schedule_target",
    *KIND_FIELDS.values(),
    "court_in_person",
    "court_remote",
    "redactions",
    "care_searches",
    *DECLINED_FIELDS.values(),
    "boundaries_kept",
]
# What a month's row always holds, logged or not: the contract and the norm and target that follow from it.
SETTING_FIELDS = frozenset({"month", "contract_hours", "contract_band", "norm_measures", "schedule_target"})
FILE_FIELDS = ["schema_version", "respondent_key", "sequence", "sequence_proof", "submission_id", "region"]
CSV_FIELDS = FILE_FIELDS + MONTH_FIELDS
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")


def region_name(key: str) -> str:
    """The region as shown to a person."""
    return translate("Kinds", REGIONS[key]) if key == "landelijk" else REGIONS[key]


def parse_month(text: str, field: str = "month") -> date:
    """Read a month written as ``YYYY-MM``; return its first day."""
    m = _MONTH.fullmatch((text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise UserError(
            translate("Validation", "“{value}” is not a month: write it as 2026-11.").format(value=shown(text)), field
        )
    from .limits import check_day

    return check_day(date(max(int(m.group(1)), 1), int(m.group(2)), 1), field)  # year 0 is read as 1: refused too


def contract_band(hours: float) -> str:
    """The band of a contract: under 32, 32 to 35, or 36 and more hours a week."""
    if hours < 32:
        return "under-32"
    return "32-35" if hours < 36 else "36-plus"


def half_hours(hours: float) -> float:
    """Hours rounded to the half hour."""
    return round(hours * 2) / 2


def half_hours_adding_up(minutes: dict[str, int]) -> tuple[float, dict[str, float]]:
    """The total and each part in half hours, the parts adding up to the rounded total (largest remainder).

    Each part is rounded down to the half hour; the half hours the total still has are given to the
    parts with the largest remainders (ties: the larger part first, then by name).
    """
    total = (sum(minutes.values()) + 15) // 30  # halves up
    floors = {k: m // 30 for k, m in minutes.items()}
    left = total - sum(floors.values())
    order = sorted(minutes, key=lambda k: (-(minutes[k] % 30), -minutes[k], k))
    for k in order[: max(0, left)]:
        floors[k] += 1
    return total / 2, {k: v / 2 for k, v in floors.items()}


def chain_link(link: bytes, times: int) -> bytes:
    """``link`` hashed ``times`` times: one step down the respondent key's hash chain."""
    for _ in range(times):
        link = hashlib.sha256(b"workload-desk-union-chain\0" + link).digest()
    return link


def proves(key: str, sequence: int, proof: str) -> bool:
    """Whether ``proof`` is the link of ``key``'s chain that file number ``sequence`` carries."""
    if not 1 <= sequence <= CHAIN_LENGTH:
        return False
    try:
        link = bytes.fromhex(proof)
    except ValueError:
        return False
    return len(link) == 32 and chain_link(link, sequence).hex() == key


def _new_identity(db: Database) -> str:
    from .settings import set_setting

    secret = secrets.token_bytes(32)
    key = chain_link(secret, CHAIN_LENGTH).hex()
    with db.atomic():
        set_setting(db, SECRET_SETTING, secret.hex())
        set_setting(db, KEY_SETTING, key)
        set_setting(db, SEQUENCE_SETTING, "0")
    return key


def respondent_key(db: Database) -> str:
    """This database's random respondent key, made the first time it is asked for."""
    from .settings import get_setting

    key, secret = get_setting(db, KEY_SETTING), get_setting(db, SECRET_SETTING)
    if not key or not secret or _key_of(secret) != key:  # a key that is not its secret's could prove nothing
        key = _new_identity(db)
    return key


@functools.lru_cache(maxsize=4)
def _key_of(secret: str) -> str:
    return chain_link(bytes.fromhex(secret), CHAIN_LENGTH).hex()


def renew_respondent_key(db: Database) -> str:
    """A new respondent key: files from now on cannot be linked to earlier ones."""
    return _new_identity(db)


def _next_sequence(db: Database) -> int:
    """The next file's sequence; when the key's chain is used up, a new key first."""
    from .settings import get_setting

    respondent_key(db)
    sequence = int(get_setting(db, SEQUENCE_SETTING, "0") or 0) + 1
    if sequence > CHAIN_LENGTH:
        _new_identity(db)
        sequence = 1
    return sequence


def _proof(db: Database, sequence: int) -> str:
    from .settings import get_setting

    return _link(get_setting(db, SECRET_SETTING), CHAIN_LENGTH - sequence)


@functools.lru_cache(maxsize=8)
def _link(secret: str, times: int) -> str:
    """A link of the chain, remembered: the preview asks for the same one at every change."""
    return chain_link(bytes.fromhex(secret), times).hex()


@dataclass(frozen=True)
class UnionExport:
    """What one file holds."""

    submission_id: str
    region: str | None
    months: list[dict]
    respondent_key: str = ""
    sequence: int = 1
    sequence_proof: str = ""

    def to_json(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "respondent_key": self.respondent_key,
            "sequence": self.sequence,
            "sequence_proof": self.sequence_proof,
            "submission_id": self.submission_id,
            "region": self.region,
            "months": self.months,
        }

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in self.months:
            writer.writerow(
                {
                    "schema_version": SCHEMA_VERSION,
                    "respondent_key": self.respondent_key,
                    "sequence": self.sequence,
                    "sequence_proof": self.sequence_proof,
                    "submission_id": self.submission_id,
                    "region": self.region or "",
                    **{k: "" if v is None else v for k, v in row.items()},
                }
            )
        return out.getvalue()


def build_export(
    db: Database,
    first: date,
    last: date,
    region: str | None = None,
    band: bool = False,
    now: datetime | None = None,
) -> UnionExport:
    """The export of the calendar months from ``first`` to ``last`` (each given by any day in it)."""
    check_range(first, last)
    return new_export(db, region, month_rows(db, first, last, band, now))


def check_range(first: date, last: date) -> None:
    """Refuse a range of months that ends before it starts."""
    if last.replace(day=1) < first.replace(day=1):
        raise UserError(translate("Validation", "The last month must not come before the first."), "to")


def new_export(db: Database, region: str | None, rows: list[dict]) -> UnionExport:
    """A new file of these months: a new submission id, the respondent key and the next sequence with its proof."""
    if region is not None and region not in REGIONS:
        raise UserError(
            translate("Validation", "“{region}” is not a region; choose one of: {regions}.").format(
                region=shown(region), regions=", ".join(REGIONS)
            ),
            "region",
        )
    sequence = _next_sequence(db)
    return UnionExport(str(uuid.uuid4()), region, rows, respondent_key(db), sequence, _proof(db, sequence))


def month_rows(db: Database, first: date, last: date, band: bool = False, now: datetime | None = None) -> list[dict]:
    """The rows of the months from ``first`` to ``last``; each month's row depends on that month alone."""
    first, last = first.replace(day=1), last.replace(day=1)
    check_range(first, last)
    now = minute(now or datetime.now())
    end = add_months(last, 1)
    months = []
    month = first
    while month <= last:
        months.append(month)
        month = add_months(month, 1)

    hours: dict[date, dict[str, int]] = {m: defaultdict(int) for m in months}
    for (month, kind), minutes in minutes_by(db, first, end, "month", now).items():
        if month in hours:
            hours[month][kind] += minutes

    extra: dict[date, float] = defaultdict(float)
    overtime: dict[date, float] = defaultdict(float)
    first_monday, last_monday = week_start(first), week_start(end - timedelta(days=1))
    count = (last_monday - first_monday).days // 7 + 1
    weekdays_off = _weekdays_off(db, first_monday, last_monday) if band else {}
    for week in weekly_hours(db, last_monday, count, now):
        thursday = (week.monday + timedelta(days=3)).replace(day=1)  # a week belongs to the month of its Thursday
        if band:  # above a 36-hour week, whatever the contract: nothing here narrows the band
            line = FULL_TIME_HOURS - FULL_TIME_DAY * weekdays_off.get(week.monday, 0)
            overtime[thursday] += max(0.0, week.worked_hours - line)
        else:
            x, o = week.extra_and_overtime
            extra[thursday] += x
            overtime[thursday] += o

    counts = _counts(db, first, end)
    schedule = get_schedule(db)
    rows = []
    for month in months:
        month_end = add_months(month, 1) - timedelta(days=1)
        load = caseload_on(db, month_end)
        norm = norm_on(db, month_end)
        if band:
            norm = Norm(BAND_HOURS[contract_band(norm.contract_hours)], norm.measures_fte, norm.families_fte)
        worked, by_kind = half_hours_adding_up(
            {field: hours[month].get(kind, 0) for kind, field in KIND_FIELDS.items()}
        )
        row = {
            "month": month.strftime("%Y-%m"),
            "contract_hours": None if band else norm.contract_hours,
            "contract_band": contract_band(norm.contract_hours) if band else None,
            "worked_hours": worked,
            "extra_hours": None if band else half_hours(extra[month]),
            "overtime_hours": half_hours(overtime[month]),
            "caseload_measures": load.measures,
            "caseload_families": load.families,
            "caseload_children": load.children,
            "norm_measures": round(norm.measures, 2),
            "schedule_target": round(target_on(db, month_end, schedule, norm), 2),
        }
        row.update(by_kind)
        row.update({field: counts[month].get(field, 0) for field in MONTH_FIELDS if field not in row})
        rows.append(row)
    return rows


def _weekdays_off(db: Database, first_monday: date, last_monday: date) -> dict[date, int]:
    """Monday to Friday days off per week: what lowers the 36-hour week in a band's overtime.

    A weekday counts when it is marked off (a range of leave marks every weekday in it, see
    :func:`.days_off.mark_range_off`) or is a Dutch public holiday, marked or not, so the count
    never depends on which days the contract's pattern works.
    """
    from .days_off import public_holidays

    last_sunday = last_monday + timedelta(days=6)
    off = set(days_off_between(db, first_monday, last_sunday))
    for year in range(first_monday.year, last_sunday.year + 1):
        off.update(d for d in public_holidays(year) if first_monday <= d <= last_sunday)
    per_week: dict[date, int] = defaultdict(int)
    for day in off:
        if day.weekday() < 5:
            per_week[week_start(day)] += 1
    return per_week


def _counts(db: Database, first: date, end: date) -> dict[date, dict[str, int]]:
    """Court hearings, redactions, care searches, requests declined and boundaries kept, per month."""
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    span = [first.isoformat(), end.isoformat()]
    for event in events_between(db, first, end):
        key = event.day.replace(day=1)
        if event.kind == "court":
            counts[key]["court_in_person" if event.in_person else "court_remote"] += 1
        else:
            counts[key]["redactions" if event.kind == "redaction" else "care_searches"] += 1
    for month, what, n in db.execute(
        "SELECT substr(day, 1, 7), what, count(*) FROM declined_requests WHERE day >= ? AND day < ? GROUP BY 1, 2",
        span,
    ):
        counts[date.fromisoformat(month + "-01")][DECLINED_FIELDS[what]] += n
    for month, n in db.execute(
        "SELECT substr(day, 1, 7), count(*) FROM boundaries_kept WHERE day >= ? AND day < ? GROUP BY 1", span
    ):
        counts[date.fromisoformat(month + "-01")]["boundaries_kept"] += n
    return counts


def month_has_data(row: dict) -> bool:
    """Whether a month's row holds anything logged: hours, a caseload, or a count."""
    return any(value for field, value in row.items() if field not in SETTING_FIELDS)


def check_has_data(export: UnionExport) -> None:
    """Refuse an export whose months hold no data at all: it would send the union zeros that are not true."""
    if not any(month_has_data(row) for row in export.months):
        raise UserError(
            translate(
                "Validation",
                "These months hold no data: no hours, no cases and nothing recorded. An export of them would "
                "send the union zeros that are not true; choose months in which you kept track of your work.",
            ),
            "from",
        )


def write_export(export: UnionExport, path, db: Database | None = None) -> str:
    """Write the export as JSON or CSV, by the file's ending; return the format written.

    Months without any data are refused (:func:`check_has_data`). With ``db``, its sequence
    number is recorded as used, so the next file is newer.
    """
    text = str(path).lower()
    kind = "json" if text.endswith(".json") else "csv" if text.endswith(".csv") else None
    if kind is None:
        raise UserError(translate("Validation", "Save the export as a .json or a .csv file."), "out")
    check_has_data(export)
    if kind == "json":
        write_private(path, json.dumps(export.to_json(), ensure_ascii=False, indent=2))
    else:
        write_private(path, export.to_csv())
    if db is not None:
        from .settings import get_setting, set_setting

        used = int(get_setting(db, SEQUENCE_SETTING, "0") or 0)
        set_setting(db, SEQUENCE_SETTING, str(max(used, export.sequence)))
    return kind
