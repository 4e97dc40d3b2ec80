"""The export for a parent's access request: everything about the one case, nothing of another."""

import json
import os
import stat
from datetime import date, datetime

from workload_desk.core.case_export import export_case
from workload_desk.core.cases import add_case
from workload_desk.core.measures import NewMeasure
from workload_desk.core.model import Task
from workload_desk.core.tasks import add_task
from workload_desk.core.time_log import add_entry


def test_export_holds_the_case_and_nothing_else(db, tmp_path):
    mine = add_case(db, "M.V.", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))], notes="school gebeld")
    other = add_case(db, "Q.Z.", date(2026, 2, 1), [NewMeasure("jr", "Kees", date(2026, 2, 1))], notes="geheim-x")
    add_task(db, Task(0, mine, "redaction", datetime(2026, 11, 24, 10), requested_by="moeder", pages=88))
    add_task(db, Task(0, other, "court", datetime(2026, 11, 24, 10), court="Rechtbank Anders"))
    add_entry(db, datetime(2026, 11, 3, 9), datetime(2026, 11, 3, 11), "visit", mine, note="gesprek mentor")
    add_entry(db, datetime(2026, 11, 3, 12), datetime(2026, 11, 3, 13), "visit", other, note="andere notitie")

    html_path, json_path = export_case(db, mine, tmp_path / "inzage.html")
    assert json_path == tmp_path / "inzage.json"
    for path in (html_path, json_path):
        assert os.name == "nt" or stat.S_IMODE(os.stat(path).st_mode) == 0o600  # advisory on Windows
        text = path.read_text(encoding="utf-8")
        for wanted in ("M.V.", "school gebeld", "moeder", "88", "gesprek mentor"):
            assert wanted in text
        for foreign in ("Q.Z.", "geheim-x", "Kees", "Rechtbank Anders", "andere notitie"):
            assert foreign not in text
    record = json.loads(json_path.read_text(encoding="utf-8"))
    assert record["case"]["label"] == "M.V."
    assert len(record["measures"]) == 1 and len(record["tasks"]) == 1 and len(record["time_entries"]) == 1
    assert "Dossier lakken" in html_path.read_text(encoding="utf-8")
