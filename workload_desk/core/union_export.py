"""The union export: anonymised monthly totals a worker may choose to send to the union.

Nothing in it names a family, a child or the worker: no label, note, name, free
text, database path, or date finer than a month. Hours are rounded to the half
hour. A random submission id, new for every file, lets the union drop a file sent
twice without knowing who sent it. The worker may give a region and a contract
band instead of the exact contract hours.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .caseload import caseload_on
from .caseload_norm import get_schedule, norm_on, target_on
from .dates import add_months, minute, week_start
from .errors import UserError, shown
from .files import write_private
from .i18n import QT_TRANSLATE_NOOP, translate
from .model import TASK_KINDS
from .register import REQUESTS
from .time_log import minutes_by
from .week import weekly_hours

if TYPE_CHECKING:
    from sqlite_utils import Database

SCHEMA_VERSION = 1

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
FILE_FIELDS = ["schema_version", "submission_id", "region"]
CSV_FIELDS = FILE_FIELDS + MONTH_FIELDS
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def region_name(key: str) -> str:
    """The region as shown to a person."""
    return translate("Kinds", REGIONS[key]) if key == "landelijk" else REGIONS[key]


def parse_month(text: str, field: str = "month") -> date:
    """Read a month written as ``YYYY-MM``; return its first day."""
    m = _MONTH.match((text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise UserError(
            translate("Validation", "“{value}” is not a month: write it as 2026-11.").format(value=shown(text)), field
        )
    return date(int(m.group(1)), int(m.group(2)), 1)


def contract_band(hours: float) -> str:
    """The band of a contract: under 32, 32 to 35, or 36 and more hours a week."""
    if hours < 32:
        return "under-32"
    return "32-35" if hours < 36 else "36-plus"


def half_hours(hours: float) -> float:
    """Hours rounded to the half hour."""
    return round(hours * 2) / 2


@dataclass(frozen=True)
class UnionExport:
    """What one file holds."""

    submission_id: str
    region: str | None
    months: list[dict]

    def to_json(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
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
    first, last = first.replace(day=1), last.replace(day=1)
    if last < first:
        raise UserError(translate("Validation", "The last month must not come before the first."), "to")
    if region is not None and region not in REGIONS:
        raise UserError(
            translate("Validation", "“{region}” is not a region; choose one of: {regions}.").format(
                region=shown(region), regions=", ".join(REGIONS)
            ),
            "region",
        )
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
    for week in weekly_hours(db, last_monday, count, now):
        thursday = (week.monday + timedelta(days=3)).replace(day=1)  # a week belongs to the month of its Thursday
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
        kinds = hours[month]
        row = {
            "month": month.strftime("%Y-%m"),
            "contract_hours": None if band else norm.contract_hours,
            "contract_band": contract_band(norm.contract_hours) if band else None,
            "worked_hours": half_hours(sum(kinds.values()) / 60),
            "extra_hours": half_hours(extra[month]),
            "overtime_hours": half_hours(overtime[month]),
            "caseload_measures": load.measures,
            "caseload_families": load.families,
            "caseload_children": load.children,
            "norm_measures": round(norm.measures, 2),
            "schedule_target": round(target_on(db, month_end, schedule, norm), 2),
        }
        row.update({field: half_hours(kinds.get(kind, 0) / 60) for kind, field in KIND_FIELDS.items()})
        row.update({field: counts[month].get(field, 0) for field in MONTH_FIELDS if field not in row})
        rows.append(row)
    return UnionExport(str(uuid.uuid4()), region, rows)


def _counts(db: Database, first: date, end: date) -> dict[date, dict[str, int]]:
    """Court hearings, redactions, care searches, requests declined and boundaries kept, per month."""
    counts: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    span = [first.isoformat(), end.isoformat()]
    for month, kind, mode, n in db.execute(
        "SELECT substr(due, 1, 7), kind, mode, count(*) FROM tasks "
        "WHERE kind IN ('court', 'redaction', 'care-search') AND due >= ? AND due < ? GROUP BY 1, 2, 3",
        span,
    ):
        key = date.fromisoformat(month + "-01")
        if kind == "court":
            counts[key]["court_in_person" if mode in (None, "in-person") else "court_remote"] += n
        else:
            counts[key]["redactions" if kind == "redaction" else "care_searches"] += n
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


def write_export(export: UnionExport, path) -> str:
    """Write the export as JSON or CSV, by the file's ending; return the format written."""
    text = str(path).lower()
    if text.endswith(".json"):
        write_private(path, json.dumps(export.to_json(), ensure_ascii=False, indent=2))
        return "json"
    if text.endswith(".csv"):
        write_private(path, export.to_csv())
        return "csv"
    raise UserError(translate("Validation", "Save the export as a .json or a .csv file."), "out")
