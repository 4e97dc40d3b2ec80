"""The Union export panel: the preview is exactly the file, and the union's summary from the panel."""

import json
import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton

from workload_desk.core.demo import fill_demo
from workload_desk.ui.language import apply_language
from workload_desk.ui.union_panel import UnionPanel


@pytest.fixture
def panel(qapp, qtbot, db):
    apply_language("nl")
    fill_demo(db)
    widget = UnionPanel(db)
    qtbot.addWidget(widget)
    widget.show()
    built(widget, qtbot)
    return widget


def built(panel, qtbot) -> None:
    """Wait for the months built in a worker thread (the first look, a change of data, many months at once)."""
    qtbot.waitUntil(lambda: panel.build_job is None)


def test_many_months_are_built_in_a_thread_saying_so_and_a_few_at_once(qapp, qtbot, db):
    apply_language("nl")
    fill_demo(db)
    panel = UnionPanel(db)
    qtbot.addWidget(panel)
    assert panel.build_job is not None and panel.preview.export is None  # never the months of before
    assert panel.file_facts.text().startswith("Bezig") and not panel.json_button.isEnabled()
    with qtbot.waitSignal(panel.shown):
        pass
    assert panel.build_job is None and len(panel.preview.export.months) == 6 and panel.json_button.isEnabled()
    panel.first.setDate(panel.first.date().addMonths(-2))  # two months more: built here, at once
    assert panel.build_job is None and len(panel.preview.export.months) == 8
    panel.reload()  # the data changed: every month built again, in the thread
    assert panel.build_job is not None and panel.preview.export is None
    built(panel, qtbot)
    assert len(panel.preview.export.months) == 8


def test_the_preview_is_exactly_what_is_written(panel, tmp_path, qtmodeltester):
    panel.first.setDate(QDate(2026, 8, 1))
    panel.last.setDate(QDate(2026, 10, 1))
    panel.region.setCurrentIndex(panel.region.findData("zeeland"))
    model = panel.preview
    assert model.columnCount() == 2 + 3 and model.headerData(2, Qt.Orientation.Horizontal) == "augustus 2026"
    shown = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(2, 5)] for r in range(model.rowCount())}
    submission = panel.preview.export.submission_id
    path = panel.save("json", str(tmp_path / "v.json"))
    data = json.loads(open(path).read())
    assert data["submission_id"] == submission and data["region"] == "zeeland"
    assert data["months"][0]["month"] == "2026-08"  # the file keeps the month as a machine reads it
    for field, values in shown.items():
        assert [str(m[field]) if m[field] is not None else "" for m in data["months"]] == values
    assert panel.preview.export.submission_id != submission  # the next file gets its own id
    assert "uren: Zitting" in [model.index(r, 1).data() for r in range(model.rowCount())]
    qtmodeltester.check(model)


def test_a_band_and_a_wrong_range(panel, qtbot):
    panel.band.setChecked(True)
    built(panel, qtbot)
    assert panel.preview.export.months[0]["contract_band"] == "36-plus"
    panel.last.setDate(QDate(2020, 1, 1))
    assert panel.preview.export is None and "niet vóór de eerste" in panel.error.text()


def test_the_union_summary_from_the_panel(panel, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    files = [
        panel.save("csv" if i % 2 else "json", str(tmp_path / f"e{i}.{'csv' if i % 2 else 'json'}")) for i in range(5)
    ]
    (tmp_path / "kapot.json").write_text("{")
    with qtbot.waitSignal(panel.summary_done, timeout=20000) as finished:
        job = panel.union_summary([*files, str(tmp_path / "kapot.json")], str(tmp_path / "sum.csv"))
        assert job.thread is not threading.main_thread()  # the files are read in a worker thread
    problems = finished.args[0]
    assert len(problems) == 1 and "kapot.json" in problems[0]
    assert (tmp_path / "sum.csv").exists() and (tmp_path / "sum.png").exists()
    assert "6 bestanden" in said[0]


def test_a_union_summary_can_be_cancelled_and_then_writes_nothing(panel, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("the summary was not cancelled"))
    exports = tmp_path / "exports"
    exports.mkdir()
    first = panel.save("json", str(exports / "e0.json"))
    files = [first] * 20000  # the same file many times: reading them takes a while
    out = tmp_path / "sum.csv"
    with qtbot.waitSignal(panel.summary_cancelled, timeout=30000):
        worker = panel.union_summary(files, str(out)).thread
        progress = panel.findChild(QProgressDialog)
        assert worker.is_alive()  # the window is free while the files are read
        assert not progress.isModal()
        bar = progress.findChild(QProgressBar)  # moved on the window's thread, as the worker reports
        cancel = progress.findChild(QPushButton)
        assert cancel.text().replace("&", "") == "Annuleren"  # & marks its Alt-letter, once shown
        bar.valueChanged.connect(cancel.click)  # press Cancel at the first step shown
    worker.join(10)
    assert not worker.is_alive()
    assert not out.exists() and not out.with_suffix(".png").exists()


def test_many_problems_are_counted_not_all_listed(panel, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    first = panel.save("json", str(tmp_path / "e0.json"))
    with qtbot.waitSignal(panel.summary_done, timeout=20000) as finished:
        panel.union_summary([first] * 25, str(tmp_path / "sum.csv"))
    assert len(finished.args[0]) == 24  # the same submission 24 more times: counted once
    lines = said[0].splitlines()
    assert len(lines) == 1 + 10 + 1 and "14" in lines[-1]


def test_the_respondent_key_is_shown_and_renewable(panel, tmp_path):
    key = panel.preview.export.respondent_key
    assert key in panel.file_facts.text() and "nooit aan je naam" in panel.file_facts.text()
    panel.renew_key(ask=False)
    assert panel.preview.export.respondent_key != key and panel.preview.export.respondent_key in panel.file_facts.text()


def test_the_panels_summary_keeps_a_register_of_releases_beside_it(panel, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    files = []
    for i in range(5):
        panel.renew_key(ask=False)
        files.append(panel.save("json", str(tmp_path / f"e{i}.json")))
    with qtbot.waitSignal(panel.summary_done, timeout=20000):
        panel.union_summary(files, str(tmp_path / "sum.csv"))
    from workload_desk.core.union_releases import default_register

    register = json.loads(default_register().read_text())
    assert register["format"] == "workload-desk-union-releases" and register["months"]
    assert all(release["respondents"] == 5 for release in register["months"].values())
    # A summary saved under another name, in another folder, reads the same register.
    panel.renew_key(ask=False)
    files.append(panel.save("json", str(tmp_path / "late.json")))
    with qtbot.waitSignal(panel.summary_done, timeout=20000):
        (tmp_path / "elsewhere").mkdir()
        panel.union_summary(files, str(tmp_path / "elsewhere" / "other-name.csv"))
    text = (tmp_path / "elsewhere" / "other-name.csv").read_text(encoding="utf-8-sig")
    assert "niet opnieuw gepubliceerd" in text


def test_the_preview_after_month_clicks_is_the_range_built_afresh(panel):
    """Columns moved at the ends (not the whole table laid out again) still show exactly the range."""
    from workload_desk.core.union_export import month_rows
    from workload_desk.ui.form_dialog import month_name

    steps = [("first", -1), ("first", -1), ("last", -1), ("first", 2), ("last", 1), ("first", -3), ("last", -2)]
    for which, months in steps:
        edit = getattr(panel, which)
        edit.setDate(edit.date().addMonths(months))
        first, last = panel.first.date().toPython(), panel.last.date().toPython()
        model = panel.preview
        expected = month_rows(panel.db, first, last)
        assert panel.preview.export.months == expected
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2, model.columnCount())]
        assert headers == [month_name(row["month"]) for row in expected]
        shown = [model.index(2, c).data() for c in range(2, model.columnCount())]
        assert shown == [str(row["worked_hours"]) for row in expected]
    panel.first.setDate(QDate(2020, 1, 1))
    panel.last.setDate(QDate(2020, 3, 1))  # no month in common: laid out anew
    assert [m["month"] for m in panel.preview.export.months] == ["2020-01", "2020-02", "2020-03"]
