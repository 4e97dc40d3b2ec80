"""Everything the app holds about one case, for a parent's access request: JSON and a readable HTML page."""

from __future__ import annotations

import html
import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from . import i18n
from .cases import get_case
from .files import write_private
from .i18n import format_date, format_hours, translate
from .model import court_mode_name, measure_kind_name, task_kind_name
from .tasks import tasks_of_case
from .time_log import COLUMNS as ENTRY_COLUMNS
from .time_log import entry_from_row

if TYPE_CHECKING:
    from sqlite_utils import Database


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def case_record(db: Database, case_id: int, now: datetime | None = None) -> dict:
    """Every field the app keeps on the case, its measures, tasks and logged time."""
    case = get_case(db, case_id)
    entries = [
        entry_from_row(r)
        for r in db.execute(f"SELECT {ENTRY_COLUMNS} FROM time_entries WHERE case_id = ? ORDER BY start", [case_id])
    ]
    record = {
        "exported_at": (now or datetime.now()).isoformat(timespec="minutes"),
        "app": f"Workload Desk {__version__}",
        "case": {k: _plain(v) for k, v in asdict(case).items() if k != "measures"},
        "measures": [{k: _plain(v) for k, v in asdict(m).items()} for m in case.measures],
        "tasks": [{k: _plain(v) for k, v in asdict(t).items()} for t in tasks_of_case(db, case_id)],
        "time_entries": [{k: _plain(v) for k, v in asdict(e).items()} for e in entries],
    }
    return record


_t = html.escape


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _when(value: str | None) -> str:
    if not value:
        return ""
    if "T" in value:
        moment = datetime.fromisoformat(value)
        return f"{format_date(moment.date())} {moment:%H:%M}"
    return format_date(date.fromisoformat(value))


def case_html(record: dict) -> str:
    """The record as a readable page in the user's language."""
    case = record["case"]
    details = _table(
        [translate("CaseExport", "Field"), translate("CaseExport", "Value")],
        [
            [translate("CaseExport", "Label"), case["label"]],
            [translate("CaseExport", "Status"), translate("Kinds", case["status"])],
            [translate("CaseExport", "Opened"), _when(case["opened"])],
            [translate("CaseExport", "Closed"), _when(case["closed"])],
            [translate("CaseExport", "Notes"), case["notes"]],
        ],
    )
    measures = _table(
        [
            translate("CaseExport", "Kind"),
            translate("CaseExport", "Child"),
            translate("CaseExport", "Start"),
            translate("CaseExport", "Planned end"),
            translate("CaseExport", "Ended"),
        ],
        [
            [
                measure_kind_name(m["kind"]),
                m["child_label"],
                _when(m["start"]),
                _when(m["planned_end"]),
                _when(m["actual_end"]),
            ]
            for m in record["measures"]
        ],
    )
    tasks = _table(
        [
            translate("CaseExport", "Kind"),
            translate("CaseExport", "Due"),
            translate("CaseExport", "Done"),
            translate("CaseExport", "Details"),
            translate("CaseExport", "Note"),
        ],
        [
            [
                task_kind_name(x["kind"]),
                _when(x["due"]),
                translate("CaseExport", "yes") if x["done"] else translate("CaseExport", "no"),
                _task_details(x),
                x["note"],
            ]
            for x in record["tasks"]
        ],
    )
    hours = sum(
        (datetime.fromisoformat(e["end"]) - datetime.fromisoformat(e["start"])).total_seconds() / 3600
        for e in record["time_entries"]
        if e["end"]
    )
    entries = _table(
        [
            translate("CaseExport", "Start"),
            translate("CaseExport", "End"),
            translate("CaseExport", "Kind"),
            translate("CaseExport", "Note"),
        ],
        [
            [_when(e["start"]), _when(e["end"]), task_kind_name(e["task_kind"]), e["note"]]
            for e in record["time_entries"]
        ],
    )
    title = _t(translate("CaseExport", "What Workload Desk holds about case {label}").format(label=case["label"]))
    intro = _t(
        translate(
            "CaseExport",
            "Exported on {day} ({app}). This is everything the app keeps on this case; "
            "the same data is in the JSON file beside this one.",
        ).format(day=_when(record["exported_at"]), app=record["app"])
    )
    time_title = _t(translate("CaseExport", "Time logged ({hours} hours)").format(hours=format_hours(hours)))
    case_title = _t(translate("CaseExport", "Case"))
    measures_title = _t(translate("CaseExport", "Measures"))
    tasks_title = _t(translate("CaseExport", "Tasks"))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{i18n.language()}"><head><meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p>{intro}</p>",
        f"<h2>{case_title}</h2>",
        details,
        f"<h2>{measures_title}</h2>",
        measures,
        f"<h2>{tasks_title}</h2>",
        tasks,
        f"<h2>{time_title}</h2>",
        entries,
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


_STYLE = (
    "body { font-family: sans-serif; max-width: 60em; margin: 2em auto; color: #222; } "
    "table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; } "
    "th, td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; } "
    "th { background: #eee; }"
)


def _task_details(task: dict) -> str:
    parts = []
    if task["kind"] == "court":
        parts = [task["court"], court_mode_name(task["mode"]) if task["mode"] else ""]
    elif task["kind"] == "redaction":
        parts = [
            translate("CaseExport", "requested by {role}").format(role=task["requested_by"])
            if task["requested_by"]
            else "",
            translate("CaseExport", "{pages} pages").format(pages=task["pages"]) if task["pages"] is not None else "",
        ]
    elif task["kind"] == "care-search":
        parts = [
            task["care_sought"],
            translate("CaseExport", "{count} providers contacted").format(count=task["providers_contacted"]),
            task["outcome"],
            _when(task["placed_on"]),
        ]
    return ", ".join(p for p in parts if p)


def export_case(db: Database, case_id: int, out: Path) -> tuple[Path, Path]:
    """Write the case's HTML page and JSON beside it (``out`` names either); return both paths."""
    out = Path(out)
    json_path = out if out.suffix.lower() == ".json" else out.with_suffix(".json")
    html_path = out if out.suffix.lower() in (".html", ".htm") else out.with_suffix(".html")
    record = case_record(db, case_id)
    write_private(json_path, json.dumps(record, ensure_ascii=False, indent=2))
    write_private(html_path, case_html(record))
    return html_path, json_path
