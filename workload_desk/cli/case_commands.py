"""The ``case`` and ``task`` commands: families, measures, tasks and the agenda."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import cases, measures, tasks
from ..core.case_export import export_case
from ..core.i18n import format_date, translate
from ..core.model import Task, case_status_name, measure_kind_name, task_kind_name
from ..core.parse import parse_date, parse_datetime
from .commands import parse_count, parse_id, print_json

if TYPE_CHECKING:
    import argparse

    from ..core.database import WorkloadDatabase as Database


def case_add(db: Database, args: argparse.Namespace) -> None:
    start = parse_date(args.start, "start")
    end = parse_date(args.end, "end") if args.end else None
    new = [
        measures.NewMeasure(args.measure, child, start, end)
        for child in measures.child_labels(parse_count(args.children, "children"))
    ]
    print(cases.add_case(db, args.label, start, new))


def _case_json(case) -> dict:
    return {
        "id": case.id,
        "label": case.label,
        "status": case.status,
        "opened": case.opened.isoformat(),
        "closed": case.closed.isoformat() if case.closed else None,
        "measures": [
            {
                "id": m.id,
                "kind": m.kind,
                "child": m.child_label,
                "start": m.start.isoformat(),
                "planned_end": m.planned_end.isoformat() if m.planned_end else None,
                "actual_end": m.actual_end.isoformat() if m.actual_end else None,
            }
            for m in case.measures
        ],
        "children": case.children,
    }


def case_list(db: Database, args: argparse.Namespace) -> None:
    found = cases.list_cases(db, include_closed=args.all)
    if args.json:
        print_json([_case_json(c) for c in found])
        return
    if not found:
        print(translate("CommandLine", "No cases."))
    today = date.today()
    for c in found:
        running = [m for m in c.measures if m.is_active_on(today)]
        kinds = ", ".join(sorted({measure_kind_name(m.kind) for m in running})) or "–"
        print(
            f"{c.id:>5}  {c.label:<12} {case_status_name(c.status):<8} {format_date(c.opened)}  "
            + translate("CommandLine", "{count} running measures: {kinds}").format(count=len(running), kinds=kinds)
        )


def case_show(db: Database, args: argparse.Namespace) -> None:
    case = cases.get_case(db, parse_id(args.id))
    found = tasks.tasks_of_case(db, case.id)
    if args.json:
        data = _case_json(case)
        data["notes"] = case.notes
        data["tasks"] = [_task_json(x) for x in found]
        print_json(data)
        return
    print(
        f"{case.label} ({case_status_name(case.status)}), "
        + translate("CommandLine", "opened {day}").format(day=format_date(case.opened))
    )
    for m in case.measures:
        end = m.actual_end or m.planned_end
        until = format_date(end) if end else "…"
        print(f"  {measure_kind_name(m.kind)}, {m.child_label}: {format_date(m.start)} – {until}")
    for x in found:
        print(
            f"  {'✓' if x.done else '•'} {x.id:>5} {format_date(x.due.date())} {x.due:%H:%M} {task_kind_name(x.kind)}"
        )
    if case.notes:
        print(case.notes)


def case_export(db: Database, args: argparse.Namespace) -> None:
    html_path, json_path = export_case(db, parse_id(args.id), Path(args.out))
    print(translate("CommandLine", "Written: {html} and {json}").format(html=html_path, json=json_path))


def _task_json(x) -> dict:
    return {
        "id": x.id,
        "case_id": x.case_id,
        "kind": x.kind,
        "due": x.due.isoformat(timespec="minutes"),
        "done": x.done,
        "note": x.note,
        "mode": x.mode,
        "court": x.court,
        "requested_by": x.requested_by,
        "pages": x.pages,
        "care_sought": x.care_sought,
        "started": x.started.isoformat() if x.started else None,
        "providers_contacted": x.providers_contacted,
        "outcome": x.outcome,
        "placed_on": x.placed_on.isoformat() if x.placed_on else None,
    }


def task_add(db: Database, args: argparse.Namespace) -> None:
    task = Task(
        id=0,
        case_id=parse_id(args.case),
        kind=args.kind,
        due=parse_datetime(args.due, "due"),
        note=args.note,
        mode=args.mode or ("in-person" if args.kind == "court" else None),
    )
    print(tasks.add_task(db, task))


def task_done(db: Database, args: argparse.Namespace) -> None:
    task_id = parse_id(args.id, "task")
    tasks.set_done(db, task_id)
    print(translate("CommandLine", "Task {id} done.").format(id=task_id))


def task_list(db: Database, args: argparse.Namespace) -> None:
    days = parse_count(args.due_within, "due_within") if args.due_within is not None else None
    found = tasks.due_within(db, date.today(), days)
    if args.json:
        print_json([_task_json(x) for x in found])
        return
    if not found:
        print(translate("CommandLine", "No open tasks."))
    labels = cases.case_labels(db)
    for x in found:
        late = " !" if x.due.date() < date.today() else ""
        when = f"{format_date(x.due.date())} {x.due:%H:%M}"
        print(f"{x.id:>5}  {when}  {task_kind_name(x.kind):<16} {labels.get(x.case_id, '')}{late}")


def case_close(db: Database, args: argparse.Namespace) -> None:
    case_id = parse_id(args.id)
    day = parse_date(args.date)
    cases.close_case(db, case_id, day)
    print(translate("CommandLine", "Case {id} closed on {day}.").format(id=case_id, day=format_date(day)))
