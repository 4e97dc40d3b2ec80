"""Reading the union exports workers send: every file with limits, every value checked, nothing trusted.

A file is read only when it is a regular file under the size limit (a folder, a FIFO, a device or
an oversized file is skipped unread). JSON is parsed with limits on nesting and on the length of
numbers; CSV is read with or without a byte-order mark, with ``,`` or ``;`` (as Dutch Excel saves
it, decimal commas included). Every value is checked for type and range, and months exactly. A
file that fails any check raises :class:`NotAnExport` with the reason in one line.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .i18n import translate
from .limits import FIRST_DAY, LAST_DAY
from .union_export import CHAIN_LENGTH, CONTRACT_BANDS, CSV_FIELDS, MONTH_FIELDS, REGIONS, SCHEMA_VERSION, proves

MAX_BYTES = 2_000_000  # ten years of months is under 100 kB
MAX_MONTHS = 1_200
MAX_NUMBER_CHARS = 24
MAX_TEXT_CHARS = 100
_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_HEX = re.compile(r"[0-9a-f]{64}")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")  # what a number in a CSV may look like: no "3_6", no "1e9"
_WHOLE = re.compile(r"[0-9]{1,9}")
TOP_FIELDS = {*CSV_FIELDS[: CSV_FIELDS.index("month")], "months"}

# The largest believable value of each figure of one month (a month has at most 744 hours).
RANGES: dict[str, tuple[float, float]] = {
    "contract_hours": (1, 60),
    "worked_hours": (0, 744),
    "extra_hours": (0, 744),
    "overtime_hours": (0, 744),
    "caseload_measures": (0, 500),
    "caseload_families": (0, 500),
    "caseload_children": (0, 500),
    "norm_measures": (0, 100),
    "schedule_target": (0, 500),
}
HOURS_MAX = 744
COUNT_MAX = 1_000
OPTIONAL = ("contract_hours", "contract_band", "extra_hours")


class NotAnExport(Exception):
    """A file that cannot be read as a union export; the message says why, in one line."""


@dataclass(frozen=True)
class Submission:
    """One worker's file: who (a random key, never a name), which of their files, and its months."""

    respondent_key: str
    sequence: int
    submission_id: str
    months: list[dict]


def read_bytes(path: Path) -> bytes:
    """The file's bytes, when it is a regular file under the limit; nothing else is opened."""
    try:
        info = os.stat(path)  # follows a link, so a link to a device is seen as the device
    except OSError as exc:
        raise NotAnExport(
            translate("UnionSummary", "cannot be read ({reason})").format(reason=exc.strerror or exc)
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise NotAnExport(translate("UnionSummary", "is not a file (a folder, a device or a pipe)"))
    if info.st_size > MAX_BYTES:
        raise NotAnExport(translate("UnionSummary", "is larger than {limit} MB").format(limit=MAX_BYTES // 1_000_000))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise NotAnExport(
            translate("UnionSummary", "cannot be read ({reason})").format(reason=exc.strerror or exc)
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else after the first look
            raise NotAnExport(translate("UnionSummary", "is not a file (a folder, a device or a pipe)"))
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise NotAnExport(translate("UnionSummary", "is larger than {limit} MB").format(limit=MAX_BYTES // 1_000_000))
    return data


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise NotAnExport(translate("UnionSummary", "holds a number that is too long"))
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise NotAnExport(translate("UnionSummary", "holds a number that is too long"))
    return float(text)


def _no_constant(_text: str):
    raise NotAnExport(translate("UnionSummary", "holds a number that is not finite"))


def _limits(field: str) -> tuple[float, float, bool]:
    """The lowest and highest value of ``field``, and whether it must be whole."""
    if field in RANGES:
        return (*RANGES[field], False)
    if field.startswith("hours_"):
        return 0, HOURS_MAX, False
    return 0, COUNT_MAX, True


LIMITS = {f: _limits(f) for f in MONTH_FIELDS if f not in ("month", "contract_band")}


def _number(value, field: str) -> float | None:
    if value is None or value == "":
        if field in OPTIONAL:
            return None
        raise NotAnExport(translate("UnionSummary", "the field {field} is empty").format(field=field))
    kind = type(value)
    if kind is str:
        if len(value) > MAX_NUMBER_CHARS:
            raise NotAnExport(translate("UnionSummary", "holds a number that is too long"))
        if not _DECIMAL.fullmatch(value.strip()):
            raise NotAnExport(translate("UnionSummary", "the field {field} is not a number").format(field=field))
        value = float(value)
    elif kind is not int and kind is not float:  # bool, list, dict: no number
        raise NotAnExport(translate("UnionSummary", "the field {field} is not a number").format(field=field))
    low, high, whole = LIMITS[field]
    if not (value == value and low <= value <= high):  # NaN fails the first test
        raise NotAnExport(
            translate("UnionSummary", "the field {field} is out of range ({value})").format(
                field=field, value=str(value)[:MAX_NUMBER_CHARS]
            )
        )
    if whole and value != int(value):
        raise NotAnExport(translate("UnionSummary", "the field {field} is not a whole number").format(field=field))
    return float(value)


def _text(value, field: str) -> str:
    if not isinstance(value, str | int) or isinstance(value, bool) or len(str(value)) > MAX_TEXT_CHARS:
        raise NotAnExport(translate("UnionSummary", "the field {field} is not a short text").format(field=field))
    return str(value)


def check_month(row) -> dict:
    """One month's row with every value checked: numbers as numbers, the month exactly ``YYYY-MM``."""
    if not isinstance(row, dict):
        raise NotAnExport(translate("UnionSummary", "is not a Workload Desk union export"))
    if any(isinstance(v, dict | list) for v in row.values()):
        raise NotAnExport(translate("UnionSummary", "is nested deeper than an export is"))
    missing = [f for f in MONTH_FIELDS if f not in row]
    if missing:
        raise NotAnExport(translate("UnionSummary", "the field {field} is missing").format(field=missing[0]))
    unknown = [f for f in row if f not in MONTH_FIELDS and f not in CSV_FIELDS]
    if unknown:
        raise NotAnExport(
            translate("UnionSummary", "holds a field this app does not know ({field})").format(
                field=str(unknown[0])[:40]
            )
        )
    month = _text(row["month"], "month")
    m = _MONTH.fullmatch(month)
    if not m or not 1 <= int(m.group(2)) <= 12 or not FIRST_DAY.year <= int(m.group(1)) <= LAST_DAY.year:
        raise NotAnExport(translate("UnionSummary", "a month is not written as YYYY-MM"))
    band = row.get("contract_band") or None
    if band is not None and band not in CONTRACT_BANDS:
        raise NotAnExport(
            translate("UnionSummary", "the contract band is not one of {bands}").format(bands=", ".join(CONTRACT_BANDS))
        )
    clean = {"month": month, "contract_band": band}
    clean.update({f: _number(row[f], f) for f in MONTH_FIELDS if f not in ("month", "contract_band")})
    if clean["contract_hours"] is None and band is None:
        raise NotAnExport(translate("UnionSummary", "neither contract hours nor a contract band"))
    return clean


def _version(value) -> int:
    try:
        version = int(str(value)) if not isinstance(value, bool) and len(str(value)) < 5 else 0
    except ValueError:
        version = 0
    if version > SCHEMA_VERSION:
        raise NotAnExport(
            translate("UnionSummary", "written with a newer schema ({version}) than this app reads ({ours})").format(
                version=version, ours=SCHEMA_VERSION
            )
        )
    if version < 1:
        raise NotAnExport(translate("UnionSummary", "no schema version"))
    return version


def _file_fields(data: dict, version: int) -> tuple[str, int, str, str]:
    """The respondent key, sequence, its proof and the submission id (in schema 1, without a key, the id stands in)."""
    submission = _text(data.get("submission_id"), "submission_id")
    if not _ID.fullmatch(submission):
        raise NotAnExport(
            translate("UnionSummary", "the field {field} is not a short text").format(field="submission_id")
        )
    if version < 2:  # no key: each file is a respondent of its own, apart from every schema-2 key
        return "v1:" + submission, 0, "", submission
    key = _text(data.get("respondent_key"), "respondent_key")
    proof = _text(data.get("sequence_proof"), "sequence_proof")
    for field, value in (("respondent_key", key), ("sequence_proof", proof)):
        if not _HEX.fullmatch(value):
            raise NotAnExport(translate("UnionSummary", "the field {field} is not a short text").format(field=field))
    sequence = data.get("sequence")
    if isinstance(sequence, str) and _WHOLE.fullmatch(sequence):
        sequence = int(sequence)
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 1 <= sequence <= CHAIN_LENGTH:
        raise NotAnExport(translate("UnionSummary", "the field {field} is not a whole number").format(field="sequence"))
    return key, sequence, proof, submission


def _proven(fields: tuple[str, int, str, str]) -> tuple[str, int, str]:
    """The key, sequence and submission id, once the sequence's proof is checked against the key."""
    key, sequence, proof, submission = fields
    if proof and not proves(key, sequence, proof):
        raise NotAnExport(translate("UnionSummary", "its sequence_proof does not belong to its respondent_key"))
    return key, sequence, submission


def _region(value) -> None:
    if value not in (None, "", *REGIONS):
        raise NotAnExport(translate("UnionSummary", "names an unknown region"))


def parse_json(text: str) -> Submission:
    """A JSON export, parsed with limits and checked."""
    try:
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_no_constant)
    except (json.JSONDecodeError, RecursionError, ValueError):
        raise NotAnExport(translate("UnionSummary", "is not valid JSON")) from None
    if not isinstance(data, dict) or "months" not in data or "submission_id" not in data:
        raise NotAnExport(translate("UnionSummary", "is not a Workload Desk union export"))
    if any(isinstance(v, dict | list) for k, v in data.items() if k != "months"):
        raise NotAnExport(translate("UnionSummary", "is nested deeper than an export is"))
    unknown = sorted(str(k) for k in data if k not in TOP_FIELDS)
    if unknown:
        raise NotAnExport(
            translate("UnionSummary", "holds a field this app does not know ({field})").format(field=unknown[0][:40])
        )
    version = _version(data.get("schema_version"))
    months = data["months"]
    if not isinstance(months, list) or not months:
        raise NotAnExport(translate("UnionSummary", "holds no months"))
    if len(months) > MAX_MONTHS:
        raise NotAnExport(translate("UnionSummary", "holds more months than a working life"))
    _region(data.get("region"))
    key, sequence, submission = _proven(_file_fields(data, version))
    return Submission(key, sequence, submission, [check_month(m) for m in months])


def parse_csv(text: str) -> Submission:
    """A CSV export: with ``,`` or ``;`` between fields (``;`` with decimal commas, as Dutch Excel writes)."""
    header = text.split("\n", 1)[0]
    separator = ";" if header.count(";") > header.count(",") else ","
    try:
        rows = list(csv.DictReader(io.StringIO(text), delimiter=separator))
    except csv.Error:
        raise NotAnExport(translate("UnionSummary", "is not a Workload Desk union export")) from None
    if not rows or None in rows[0] or not {"schema_version", "submission_id", *MONTH_FIELDS} <= set(rows[0]):
        raise (
            NotAnExport(translate("UnionSummary", "is not a Workload Desk union export"))
            if rows
            else NotAnExport(translate("UnionSummary", "holds no months"))
        )
    if len(rows) > MAX_MONTHS:
        raise NotAnExport(translate("UnionSummary", "holds more months than a working life"))
    if any(None in row or any(v is None for v in row.values()) for row in rows):
        raise NotAnExport(translate("UnionSummary", "has rows with more or fewer fields than its header"))
    if separator == ";":
        rows = [{k: (v.replace(",", ".") if k != "month" else v) for k, v in row.items()} for row in rows]
    versions = {_version(row["schema_version"]) for row in rows}
    if len(versions) != 1:
        raise NotAnExport(translate("UnionSummary", "mixes several submissions"))
    version = versions.pop()
    fields = {_file_fields(row, version) for row in rows}
    if len(fields) != 1:
        raise NotAnExport(translate("UnionSummary", "mixes several submissions"))
    for row in rows:
        _region(row.get("region") or None)
    key, sequence, submission = _proven(fields.pop())
    return Submission(key, sequence, submission, [check_month(row) for row in rows])


def read_submission(path: Path) -> Submission:
    """Read a JSON or CSV export; :class:`NotAnExport` says why a file cannot be used."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise NotAnExport(translate("UnionSummary", "is neither a .json nor a .csv file"))
    data = read_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotAnExport(translate("UnionSummary", "is not UTF-8 text")) from None
    return parse_json(text) if suffix == ".json" else parse_csv(text)
