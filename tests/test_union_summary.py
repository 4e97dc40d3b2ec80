"""The union's summary on crafted files: duplicates, broken and newer files, 4 and 5 respondents, figures by hand."""

import csv
import json
import uuid

import pytest

from workload_desk.core.union_export import CSV_FIELDS, MONTH_FIELDS
from workload_desk.core.union_summary import SUMMARY_FIELDS, summarize, summary_csv


def month_row(month, measures, contract=36.0, overtime=0.0, band=None, **extra):
    row = dict.fromkeys(MONTH_FIELDS, 0)
    row.update(
        month=month,
        contract_hours=None if band else contract,
        contract_band=band,
        worked_hours=100.0,
        overtime_hours=overtime,
        caseload_measures=measures,
        norm_measures=12.0 * (contract if not band else 34.0) / 36,
        schedule_target=12.0,
        hours_court=10.0,
        hours_visit=30.0,
        redactions=1,
    )
    row.update(extra)
    return row


def write_json(path, rows, version=1, submission=None):
    data = {"schema_version": version, "submission_id": submission or str(uuid.uuid4()), "region": None, "months": rows}
    path.write_text(json.dumps(data))
    return path


def write_csv(path, rows, submission=None):
    submission = submission or str(uuid.uuid4())
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, CSV_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    "schema_version": 1,
                    "submission_id": submission,
                    "region": "",
                    **{k: "" if v is None else v for k, v in row.items()},
                }
            )
    return path


@pytest.fixture
def files(tmp_path):
    made = []
    # October: five respondents (one sends twice), caseloads per FTE 10, 12, 20, 24 and a 32-hour 16 (= 18 per FTE).
    for i, (measures, overtime) in enumerate([(10, 0.0), (12, 2.0), (20, 5.5), (24, 10.0)]):
        made.append(
            write_json(
                tmp_path / f"w{i}.json",
                [month_row("2026-10", measures, overtime=overtime), month_row("2026-11", measures)],
            )
        )
    twice = str(uuid.uuid4())
    made.append(write_csv(tmp_path / "w4.csv", [month_row("2026-10", 16, contract=32.0, overtime=1.0)], twice))
    made.append(write_csv(tmp_path / "w4-again.csv", [month_row("2026-10", 16, contract=32.0, overtime=1.0)], twice))
    (tmp_path / "broken.json").write_text("{not json")
    made.append(tmp_path / "broken.json")
    made.append(write_json(tmp_path / "future.json", [month_row("2026-10", 99)], version=2))
    (tmp_path / "photo.csv").write_text("name,size\nx,1\n")
    made.append(tmp_path / "photo.csv")
    return made


def test_the_summary_counts_each_submission_once_and_skips_what_it_cannot_read(files):
    problems = []
    rows = summarize(files, problems)
    assert [r["month"] for r in rows] == ["2026-10", "2026-11"]
    october, november = rows
    assert october["respondents"] == 5
    # Per FTE: 10, 12, 20, 24 and 16 / (32/36) = 18. Sorted 10, 12, 18, 20, 24: quartiles 12, 18, 20.
    assert (october["caseload_per_fte_q1"], october["caseload_per_fte_median"], october["caseload_per_fte_q3"]) == (
        12,
        18,
        20,
    )
    assert october["share_above_norm"] == 0.6  # 20, 24 and 16 > 10.67
    assert october["overtime_median"] == 2.0 and october["overtime_total"] == 18.5
    assert october["share_court"] == 0.1 and october["share_visit"] == 0.3
    assert october["redactions"] == 5
    assert october["note"] == ""
    # November: four respondents, so every figure is left out.
    assert november["respondents"] == "" and november["caseload_per_fte_median"] == "" and november["redactions"] == ""
    assert "minder dan 5" in november["note"]
    assert len(problems) == 4
    text = "\n".join(problems)
    assert "w4-again.csv: eerder ingezonden" in text
    assert (
        "broken.json: overgeslagen" in text and "future.json: overgeslagen, geschreven met een nieuwer schema" in text
    )
    assert "photo.csv: overgeslagen, is geen vakbondsexport" in text


def test_progress_is_told_before_each_file_and_can_stop_the_work(files):
    from workload_desk.core.errors import Cancelled

    told = []
    summarize(files, [], lambda done, total: told.append((done, total)) or True)
    assert told == [(i, len(files)) for i in range(len(files))]
    with pytest.raises(Cancelled):
        summarize(files, [], lambda done, total: done < 3)


def test_bands_count_at_their_middle(tmp_path):
    paths = [write_json(tmp_path / f"b{i}.json", [month_row("2026-10", 17, band="32-35")]) for i in range(5)]
    row = summarize(paths)[0]
    assert row["caseload_per_fte_median"] == 18.0  # 17 / (34 / 36)


def test_the_csv_has_the_documented_columns(files):
    text = summary_csv(summarize(files))
    assert text.splitlines()[0].split(",") == SUMMARY_FIELDS


def test_a_file_with_a_wrong_value_is_named(tmp_path):
    bad = month_row("2026-10", 12)
    bad["worked_hours"] = "lots"
    problems = []
    assert summarize([write_json(tmp_path / "bad.json", [bad])], problems) == []
    assert "worked_hours" in problems[0]
