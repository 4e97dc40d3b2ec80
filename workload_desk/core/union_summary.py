"""The union's summary: many workers' exports merged into one honest picture per month.

A broken, foreign or newer-schema file is named and skipped; the rest go on. A
submission sent twice counts once. As statistics offices do, every figure about
fewer than five respondents is left out (empty, with a note).
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .contracts import FULL_TIME_HOURS
from .errors import Cancelled, UserError
from .files import write_private
from .i18n import translate
from .union_export import (
    CONTRACT_BANDS,
    CSV_FIELDS,
    DECLINED_FIELDS,
    KIND_FIELDS,
    MONTH_FIELDS,
    REGIONS,
    SCHEMA_VERSION,
    parse_month,
)

MIN_RESPONDENTS = 5
# A band stands for its middle when the exact hours were not given.
BAND_HOURS = {"under-32": 28.0, "32-35": 34.0, "36-plus": 36.0}
COUNT_FIELDS = [
    "court_in_person",
    "court_remote",
    "redactions",
    "care_searches",
    *DECLINED_FIELDS.values(),
    "boundaries_kept",
]
SHARE_FIELDS = {field: "share_" + field.removeprefix("hours_") for field in KIND_FIELDS.values()}
SUMMARY_FIELDS = [
    "month",
    "respondents",
    "caseload_per_fte_q1",
    "caseload_per_fte_median",
    "caseload_per_fte_q3",
    "norm_per_fte_median",
    "share_above_norm",
    "overtime_median",
    "overtime_total",
    *SHARE_FIELDS.values(),
    *COUNT_FIELDS,
    "note",
]
_NUMBERS = {f for f in MONTH_FIELDS if f not in ("month", "contract_band")}


class NotAnExport(Exception):
    """A file that cannot be read as a union export; the message says why, in one line."""


@dataclass(frozen=True)
class Submission:
    """One worker's file: its id and its months."""

    submission_id: str
    months: list[dict]


def _number(value, field: str):
    if value is None or value == "":
        if field == "contract_hours":
            return None
        raise NotAnExport(translate("UnionSummary", "the field {field} is empty").format(field=field))
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise NotAnExport(translate("UnionSummary", "the field {field} is not a number").format(field=field)) from None
    if number != number or number < 0 or number > 10_000:
        raise NotAnExport(translate("UnionSummary", "the field {field} is out of range").format(field=field))
    return number


def _month(row: dict) -> dict:
    """Check one month's row and give its numbers as numbers."""
    missing = [f for f in MONTH_FIELDS if f not in row]
    if missing:
        raise NotAnExport(translate("UnionSummary", "the field {field} is missing").format(field=missing[0]))
    try:
        parse_month(str(row["month"]))
    except UserError:
        raise NotAnExport(translate("UnionSummary", "a month is not written as YYYY-MM")) from None
    band = row.get("contract_band") or None
    if band is not None and band not in CONTRACT_BANDS:
        raise NotAnExport(
            translate("UnionSummary", "the contract band is not one of {bands}").format(bands=", ".join(CONTRACT_BANDS))
        )
    clean = {"month": str(row["month"]), "contract_band": band}
    clean.update({f: _number(row[f], f) for f in _NUMBERS})
    if clean["contract_hours"] is None and band is None:
        raise NotAnExport(translate("UnionSummary", "neither contract hours nor a contract band"))
    return clean


def _version(value) -> None:
    try:
        version = int(value)
    except (TypeError, ValueError):
        raise NotAnExport(translate("UnionSummary", "no schema version")) from None
    if version > SCHEMA_VERSION:
        raise NotAnExport(
            translate("UnionSummary", "written with a newer schema ({version}) than this app reads ({ours})").format(
                version=version, ours=SCHEMA_VERSION
            )
        )
    if version < 1:
        raise NotAnExport(translate("UnionSummary", "no schema version"))


def read_submission(path: Path) -> Submission:
    """Read a JSON or CSV export; :class:`NotAnExport` says why a file cannot be used."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NotAnExport(translate("UnionSummary", "cannot be read ({reason})").format(reason=exc)) from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            raise NotAnExport(translate("UnionSummary", "is not valid JSON")) from None
        if not isinstance(data, dict) or "months" not in data or "submission_id" not in data:
            raise NotAnExport(translate("UnionSummary", "is not a Workload Desk union export"))
        _version(data.get("schema_version"))
        if not isinstance(data["months"], list) or not data["months"]:
            raise NotAnExport(translate("UnionSummary", "holds no months"))
        if not all(isinstance(m, dict) for m in data["months"]):
            raise NotAnExport(translate("UnionSummary", "is not a Workload Desk union export"))
        if data.get("region") not in (None, *REGIONS):
            raise NotAnExport(translate("UnionSummary", "names an unknown region"))
        return Submission(str(data["submission_id"]), [_month(m) for m in data["months"]])
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        if reader.fieldnames is None or not set(CSV_FIELDS) <= set(reader.fieldnames):
            raise NotAnExport(translate("UnionSummary", "is not a Workload Desk union export"))
        rows = list(reader)
        if not rows:
            raise NotAnExport(translate("UnionSummary", "holds no months"))
        for row in rows:
            _version(row["schema_version"])
        ids = {row["submission_id"] for row in rows}
        if len(ids) != 1:
            raise NotAnExport(translate("UnionSummary", "mixes several submissions"))
        return Submission(ids.pop(), [_month(row) for row in rows])
    raise NotAnExport(translate("UnionSummary", "is neither a .json nor a .csv file"))


def _fte(row: dict) -> float:
    hours = row["contract_hours"] if row["contract_hours"] is not None else BAND_HOURS[row["contract_band"]]
    return hours / FULL_TIME_HOURS


def summarize(
    paths, problems: list[str] | None = None, progress: Callable[[int, int], bool] | None = None
) -> list[dict]:
    """The summary rows per month, oldest first; each skipped file adds one line to ``problems``.

    ``progress(done, total)`` is called before each file with the number read so far; when it
    returns False the work stops with :class:`Cancelled`.
    """
    problems = problems if problems is not None else []
    seen: set[str] = set()
    by_month: dict[str, list[dict]] = defaultdict(list)
    paths = list(paths)
    for done, path in enumerate(paths):
        if progress is not None and not progress(done, len(paths)):
            raise Cancelled
        try:
            submission = read_submission(path)
        except NotAnExport as exc:
            problems.append(
                translate("UnionSummary", "{file}: skipped, {reason}.").format(file=Path(path).name, reason=exc)
            )
            continue
        if submission.submission_id in seen:
            problems.append(
                translate("UnionSummary", "{file}: sent before, counted once.").format(file=Path(path).name)
            )
            continue
        seen.add(submission.submission_id)
        months = {}
        for row in submission.months:
            months[row["month"]] = row  # a month twice in one file counts once
        for month, row in months.items():
            by_month[month].append(row)
    return [_summary_row(month, rows) for month, rows in sorted(by_month.items())]


def _summary_row(month: str, rows: list[dict]) -> dict:
    n = len(rows)
    row = dict.fromkeys(SUMMARY_FIELDS, "")
    row["month"] = month
    if n < MIN_RESPONDENTS:
        row["note"] = translate("UnionSummary", "suppressed: fewer than {min} respondents").format(min=MIN_RESPONDENTS)
        return row
    per_fte = sorted(r["caseload_measures"] / _fte(r) for r in rows)
    q1, median, q3 = statistics.quantiles(per_fte, n=4, method="inclusive")
    overtime = [r["overtime_hours"] for r in rows]
    worked = sum(r["worked_hours"] for r in rows)
    row.update(
        respondents=n,
        caseload_per_fte_q1=round(q1, 2),
        caseload_per_fte_median=round(median, 2),
        caseload_per_fte_q3=round(q3, 2),
        norm_per_fte_median=round(statistics.median(r["norm_measures"] / _fte(r) for r in rows), 2),
        share_above_norm=round(sum(r["caseload_measures"] > r["norm_measures"] for r in rows) / n, 3),
        overtime_median=round(statistics.median(overtime), 1),
        overtime_total=round(sum(overtime), 1),
    )
    for field, share in SHARE_FIELDS.items():
        row[share] = round(sum(r[field] for r in rows) / worked, 3) if worked else ""
    for field in COUNT_FIELDS:
        row[field] = int(sum(r[field] for r in rows))
    return row


def summary_csv(rows: list[dict]) -> str:
    """The summary as CSV, with a header row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, SUMMARY_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_summary(rows: list[dict], path: Path) -> None:
    """Write the summary CSV."""
    write_private(Path(path), summary_csv(rows))
