"""The union's summary on crafted files: duplicates, broken and newer files, 4 and 5 respondents, figures by hand."""

import csv
import io
import json
import os
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workload_desk.core.union_export import CHAIN_LENGTH, CSV_FIELDS, MONTH_FIELDS, chain_link
from workload_desk.core.union_summary import SHARE_FIELDS, SUMMARY_FIELDS, summarize, summary_csv


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


def person():
    """A respondent: the secret their database keeps."""
    return os.urandom(32)


def signed(secret, sequence):
    """The file fields a database holding ``secret`` writes on its file number ``sequence``."""
    return {
        "respondent_key": chain_link(secret, CHAIN_LENGTH).hex(),
        "sequence": sequence,
        "sequence_proof": chain_link(secret, CHAIN_LENGTH - sequence).hex(),
    }


def write_json(path, rows, version=2, submission=None, key=None, sequence=1):
    data = {"schema_version": version, "submission_id": submission or str(uuid.uuid4()), "region": None, "months": rows}
    if version >= 2:
        data.update(signed(key or person(), sequence))
    path.write_text(json.dumps(data))
    return path


def write_csv(path, rows, submission=None, key=None, separator=",", bom=False):
    submission = submission or str(uuid.uuid4())
    fields = signed(key or person(), 1)
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        writer = csv.DictWriter(f, CSV_FIELDS, delimiter=separator)
        writer.writeheader()
        for row in rows:
            values = {k: "" if v is None else v for k, v in row.items()}
            if separator == ";":
                values = {k: str(v).replace(".", ",") if isinstance(v, float) else v for k, v in values.items()}
            writer.writerow({"schema_version": 2, **fields, "submission_id": submission, "region": ""} | values)
    return path


def read_summary(text):
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


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
    made.append(write_json(tmp_path / "future.json", [month_row("2026-10", 99)], version=3))
    (tmp_path / "photo.csv").write_text("name,size\nx,1\n")
    made.append(tmp_path / "photo.csv")
    return made


def test_the_summary_counts_each_submission_once_and_skips_what_it_cannot_read(files):
    problems = []
    rows = summarize(files, problems)
    assert [r["month"] for r in rows] == ["2026-10", "2026-11"]
    october, november = rows
    assert october["respondents"] == 5
    # Five respondents: no quartiles (they would be respondents' own figures), said in the note.
    assert october["caseload_per_fte_median"] == "" and "10 respondenten" in october["note"]
    assert october["share_above_norm"] == ""  # three of five would say who is above the norm
    assert october["overtime_total"] == 20  # 18.5 rounded to 5
    assert october["share_court"] == 0.1 and october["share_visit"] == 0.3
    assert october["redactions"] == 5
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
    paths = [write_json(tmp_path / f"b{i}.json", [month_row("2026-10", 17, band="32-35")]) for i in range(10)]
    row = summarize(paths)[0]
    assert row["caseload_per_fte_median"] == 18.0  # 17 / (34 / 36)


def test_the_csv_opens_as_columns_in_dutch_excel(files):
    text = summary_csv(summarize(files))
    assert text.startswith("\ufeff") and text.splitlines()[0].lstrip("\ufeff").split(";") == SUMMARY_FIELDS
    (october, _) = read_summary(text)
    assert october["share_court"] == "0,1"


def test_a_file_with_a_wrong_value_is_named(tmp_path):
    bad = month_row("2026-10", 12)
    bad["worked_hours"] = "lots"
    problems = []
    assert summarize([write_json(tmp_path / "bad.json", [bad])], problems) == []
    assert "worked_hours" in problems[0]


# The attacker's tries: each figure that gave a person away is no longer there to find. ------------


def month_files(tmp_path, values, field="caseload_measures", month="2026-10", **extra):
    paths = []
    for i, value in enumerate(values):
        row = month_row(month, 12, **extra)
        row[field] = value
        paths.append(write_json(tmp_path / f"r{i}.json", [row]))
    return paths


def test_five_respondents_give_no_quartiles(tmp_path):
    (row,) = summarize(month_files(tmp_path, [10, 14, 19, 23, 30]))
    published = [row[f] for f in ("caseload_per_fte_q1", "caseload_per_fte_median", "caseload_per_fte_q3")]
    assert published == ["", "", ""]


def test_quartiles_are_never_one_respondents_value(tmp_path):
    values = [10, 11, 13, 14, 17, 19, 22, 23, 26, 31, 33, 37, 41]  # n = 13 = 4k + 1: quantiles land on values
    (row,) = summarize(month_files(tmp_path, values))
    for field in ("caseload_per_fte_q1", "caseload_per_fte_median", "caseload_per_fte_q3"):
        assert row[field] != "" and row[field] not in values
        assert row[field] * 2 == int(row[field] * 2)  # rounded to the half measure


def test_a_sum_one_respondent_dominates_is_left_out(tmp_path):
    paths = month_files(tmp_path, [10] + [0] * 9, field="declined_new_case")
    (row,) = summarize(paths)
    assert row["declined_new_case"] == "" and "declined_new_case" in row["note"]
    spread = month_files(tmp_path, [2, 3, 2, 1, 2, 3, 2, 1, 2, 2], field="declined_call")
    (row,) = summarize(spread)
    assert row["declined_call"] == 20


def test_one_person_twice_counts_once(tmp_path):
    key = person()
    paths = [
        write_json(
            tmp_path / "sep-oct.json", [month_row("2026-09", 12), month_row("2026-10", 12)], key=key, sequence=1
        ),
        write_json(
            tmp_path / "aug-sep.json", [month_row("2026-08", 12), month_row("2026-09", 14)], key=key, sequence=2
        ),
    ]
    paths += [write_json(tmp_path / f"o{i}.json", [month_row("2026-09", 20 + i)]) for i in range(3)]
    rows = {r["month"]: r for r in summarize(paths)}
    assert rows["2026-09"]["respondents"] == "" and "minder dan 5" in rows["2026-09"]["note"]  # 4 people, not 5


def test_the_newest_file_of_a_respondent_replaces_the_older(tmp_path):
    key = person()
    old = write_json(tmp_path / "old.json", [month_row("2026-10", 12, redactions=40)], key=key, sequence=1)
    new = write_json(tmp_path / "new.json", [month_row("2026-10", 12, redactions=1)], key=key, sequence=2)
    others = month_files(tmp_path, [1] * 9, field="redactions")
    (row,) = summarize([new, old, *others])
    assert row["respondents"] == 10 and row["redactions"] == 10


def test_a_month_is_published_once(tmp_path):
    from workload_desk.core.disclosure import Rules
    from workload_desk.core.union_releases import ReleaseRegister

    register_path = tmp_path / "releases.json"
    first = month_files(tmp_path, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], field="overtime_hours")
    releases = ReleaseRegister.load(register_path)
    (row,) = summarize(first, releases=releases)
    releases.save()
    assert row["respondents"] == 10 and row["overtime_total"] == 55
    # One late file: 72.5 - 55 would be that person's overtime. Five more: their sum (and with a
    # third release, any one of them). The month is not published again from other files.
    late = write_json(tmp_path / "late.json", [month_row("2026-10", 12, overtime=17.5)])
    more = [write_json(tmp_path / f"m{i}.json", [month_row("2026-10", 12, overtime=3.0)]) for i in range(5)]
    for files in ([*first, late], [*first, *more], first[1:]):
        releases = ReleaseRegister.load(register_path)
        (again,) = summarize(files, releases=releases)
        releases.save()
        assert again["overtime_total"] == "" and again["respondents"] == "" and "niet opnieuw" in again["note"]
    # The same files give the same release again; the same files under other rules do not.
    (same,) = summarize(first, releases=ReleaseRegister.load(register_path))
    assert same["overtime_total"] == 55
    (other,) = summarize(first, rules=Rules(hours_base=1.0), releases=ReleaseRegister.load(register_path))
    assert other["overtime_total"] == ""


def test_a_changed_file_from_the_same_people_is_not_a_new_release(tmp_path):
    from workload_desk.core.union_releases import ReleaseRegister

    register_path = tmp_path / "releases.json"
    people = [person() for _ in range(10)]
    files = [
        write_json(tmp_path / f"p{i}.json", [month_row("2026-10", 12, overtime=2.0)], key=k)
        for i, k in enumerate(people)
    ]
    releases = ReleaseRegister.load(register_path)
    summarize(files, releases=releases)
    releases.save()
    newer = write_json(tmp_path / "newer.json", [month_row("2026-10", 12, overtime=30.0)], key=people[0], sequence=2)
    (row,) = summarize([*files, newer], releases=ReleaseRegister.load(register_path))
    assert row["overtime_total"] == "" and row["respondents"] == ""  # the same ten keys, one figure changed


def test_a_damaged_register_is_refused_whole(tmp_path):
    from workload_desk.core.errors import UserError
    from workload_desk.core.union_releases import FORMAT, ReleaseRegister

    good = {"fingerprint": "a" * 64, "respondents": 7, "published": "2026-11-02"}
    for i, months in enumerate(
        [
            {"2026-10": good, "2026-11": {"fingerprint": "a" * 64}},
            {"2026-10": good | {"respondents": "7"}},
            {"٢٠٢٦-10": good},
            {"2026-10\n": good},
            {"2026-10": [good]},
        ]
    ):
        path = tmp_path / f"r{i}.json"
        path.write_text(json.dumps({"format": FORMAT, "version": 2, "months": months}))
        with pytest.raises(UserError, match="register"):
            ReleaseRegister.load(path)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.json")
        with pytest.raises(UserError):
            ReleaseRegister.load(tmp_path / "pipe.json")  # refused unread, never waits
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps({"format": FORMAT, "version": 2, "months": {"2026-10": good}}))
    assert ReleaseRegister.load(ok).months["2026-10"].respondents == 7


def test_a_file_in_someone_elses_name_never_replaces_theirs(tmp_path):
    victim = person()
    theirs = write_json(tmp_path / "theirs.json", [month_row("2026-10", 12, redactions=1)], key=victim, sequence=3)
    others = month_files(tmp_path, [1] * 9, field="redactions")
    seen = json.loads(theirs.read_text())
    forged = dict(seen, submission_id=str(uuid.uuid4()), months=[month_row("2026-10", 12, redactions=400)])
    # A newer sequence needs the chain's next link, which only the victim's database can make.
    (tmp_path / "newer.json").write_text(json.dumps(dict(forged, sequence=4)))
    problems = []
    (row,) = summarize([theirs, *others, tmp_path / "newer.json"], problems)
    assert row["respondents"] == 10 and row["redactions"] == 10
    assert "newer.json" in problems[0] and "sequence_proof" in problems[0]
    # The same sequence with other figures: the union cannot tell which is the worker's, so neither counts.
    (tmp_path / "same.json").write_text(json.dumps(forged))
    problems = []
    (row,) = summarize([theirs, *others, tmp_path / "same.json"], problems)
    assert row["respondents"] == 9 and row["redactions"] == 10 and "same.json" in problems[0]


def test_the_share_above_the_norm_never_gives_the_exact_count(tmp_path):
    for n, above in ((10, 10), (12, 3), (19, 8), (13, 1)):
        (tmp_path / f"{n}-{above}").mkdir()
        paths = month_files(tmp_path / f"{n}-{above}", [30] * above + [5] * (n - above))
        (row,) = summarize(paths)
        count = row["share_above_norm"] * n
        assert round(count) % 5 == 0 or abs(count - round(count)) > 0.01  # a multiple of 5, or no whole number
        assert abs(row["share_above_norm"] - (5 * round(above / 5)) / n) < 0.006


def test_the_second_share_left_out_protects_the_first(tmp_path):
    from workload_desk.core.disclosure import Rules, dominated

    # One person did all the travel; court is spread; report is tiny but not zero; the rest is zero.
    paths = month_files(tmp_path, [40] + [0] * 9, field="hours_travel", hours_report=0.0)
    rows_in = [json.loads(p.read_text())["months"][0] for p in paths]
    rows_in[1]["hours_report"] = 0.5
    for p, r in zip(paths, rows_in, strict=True):
        p.write_text(json.dumps(json.loads(p.read_text()) | {"months": [r]}))
    (row,) = summarize(paths)
    hidden = [f for f in SUMMARY_FIELDS if f.startswith("share_") and f != "share_above_norm" and row[f] == ""]
    assert "share_travel" in hidden and len(hidden) >= 2
    zero = [f for f in hidden if sum(r["hours_" + f.removeprefix("share_")] for r in rows_in) == 0]
    assert not zero  # a share of zero protects nothing
    # What subtraction gives (the hidden shares together) passes the p%-rule itself.
    combined = [sum(r["hours_" + f.removeprefix("share_")] for f in hidden) for r in rows_in]
    assert not dominated(combined, Rules().p_percent)


def test_four_respondents_and_a_fabricated_one_learn_nothing_exact(tmp_path):
    real = month_files(tmp_path, [3.0, 4.5, 0.0, 2.0], field="overtime_hours")
    fake = write_json(tmp_path / "fake.json", [month_row("2026-10", 12, overtime=0.0, redactions=0)])
    (row,) = summarize([*real, fake])
    # The fabricated file's own figures are known to the attacker, but the sums are rounded to a base
    # and there are no quantiles of five: subtraction gives no one's exact figure.
    assert row["respondents"] == 5 and row["overtime_median"] == ""
    assert row["overtime_total"] % 5 == 0


def test_shares_that_add_up_lose_a_second_one(tmp_path):
    paths = month_files(tmp_path, [40] + [0] * 9, field="hours_travel")
    (row,) = summarize(paths)
    assert row["share_travel"] == "" and "hours_travel" not in row["note"] and "share_travel" in row["note"]
    blanks = [f for f in SUMMARY_FIELDS if f.startswith("share_") and row[f] == "" and f != "share_above_norm"]
    assert len(blanks) >= 2  # the one suppressed and one more, so 1 less the rest gives nothing


def hostile_files(folder):
    """Files an attacker or a broken laptop sends, each with the reason it must be skipped."""
    import os

    made = {}

    def put(name, text):
        path = folder / name
        path.write_bytes(text.encode() if isinstance(text, str) else text)
        made[name] = path

    for name, change in {
        "contract-0.json": {"contract_hours": 0},
        "contract-200.json": {"contract_hours": 200},
        "negative.json": {"worked_hours": -1},
        "bool.json": {"redactions": True},
        "fraction.json": {"redactions": 1.5},
        "month-13.json": {"month": "2026-13"},
        "month-short.json": {"month": "2026-1"},
        "month-year-1.json": {"month": "0001-01"},
        "extra-field.json": {"child_name": "Anna"},
    }.items():
        row = month_row("2026-10", 12)
        row.update(change)
        write_json(folder / name, [row])
        made[name] = folder / name
    put("nested.json", "[" * 50_000 + "]" * 50_000)
    put("deep.json", json.dumps({"schema_version": 2, "submission_id": "x", "months": [[[[[1]]]]]}))
    put("digits.json", '{"schema_version": 2, "submission_id": "x", "months": [{"worked_hours": ' + "9" * 5000 + "}]}")
    put(
        "nan.json", '{"schema_version": 2, "submission_id": "x", "sequence": 1, "respondent_key": "k", "months": [NaN]}'
    )
    put("latin1.csv", "month;caf\xe9\n".encode("latin-1"))
    write_csv(folder / "e.csv", [month_row("2026-10", 12)], separator=";")
    lines = (folder / "e.csv").read_text().splitlines()
    (folder / "e.csv").unlink()
    put("short-row.csv", "\n".join([lines[0], ";".join(lines[1].split(";")[:-3])]) + "\n")
    put("long-row.csv", "\n".join([lines[0], lines[1] + ";1,5;2"]) + "\n")
    good = json.loads(write_json(folder / "tmp.json", [month_row("2026-10", 12)]).read_text())
    (folder / "tmp.json").unlink()
    put("top-field.json", json.dumps(good | {"name": "Jan"}))
    put("arabic-month.json", json.dumps(good | {"months": [good["months"][0] | {"month": "٢٠٢٦-10"}]}))
    put("newline-month.json", json.dumps(good | {"months": [good["months"][0] | {"month": "2026-10\n"}]}))
    put("no-proof.json", json.dumps({k: v for k, v in good.items() if k != "sequence_proof"}))
    put("big-sequence.json", json.dumps(good | {"sequence": 10**8}))
    underscore = io.StringIO()
    write_csv(folder / "u.csv", [month_row("2026-10", 12)])
    underscore.write((folder / "u.csv").read_text().replace(",36.0,", ",3_6,", 1))
    (folder / "u.csv").unlink()
    put("underscore.csv", underscore.getvalue())
    put("huge-field.csv", "schema_version,submission_id\n2," + "x" * 200_000 + "\n")
    put("too-big.json", " " * 2_500_000)
    put("empty.json", "")
    (folder / "folder.json").mkdir()
    made["folder.json"] = folder / "folder.json"
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.json")
        made["pipe.json"] = folder / "pipe.json"
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", folder / "device.json")
        made["device.json"] = folder / "device.json"
    return made


def test_a_folder_of_hostile_files_stops_nothing(tmp_path):
    import subprocess
    import sys

    good = [write_json(tmp_path / f"good{i}.json", [month_row("2026-10", 12 + i)]) for i in range(4)]
    good.append(write_csv(tmp_path / "excel.csv", [month_row("2026-10", 15)], separator=";", bom=True))
    bad = hostile_files(tmp_path)
    out = tmp_path / "summary.csv"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "workload_desk",
            "union-summary",
            *map(str, good),
            *map(str, bad.values()),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == len(bad)
    for name in bad:
        assert sum(line.startswith(name + ":") for line in lines) == 1, name
    (row,) = read_summary(out.read_text(encoding="utf-8"))
    assert row["respondents"] == "5"  # the Dutch Excel CSV counted too


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=30,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(json_values, min_size=1, max_size=5), st.data())
def test_hypothesis_made_files_are_named_or_counted_never_raise(tmp_path_factory, made, data):
    folder = tmp_path_factory.mktemp("hostile")
    paths = []
    for i, value in enumerate(made):
        if data.draw(st.booleans()):
            base = {"schema_version": 2, "submission_id": f"s{i}", **signed(person(), 1)}
            value = base | {"months": [month_row("2026-10", 12) | (value if isinstance(value, dict) else {})]}
        path = folder / f"f{i}.{data.draw(st.sampled_from(['json', 'csv']))}"
        path.write_text(json.dumps(value, allow_nan=True) if path.suffix == ".json" else str(value))
        paths.append(path)
    problems = []
    rows = summarize(paths, problems)
    assert len(problems) <= len(paths)
    for row in rows:
        assert set(row) == set(SUMMARY_FIELDS)


def test_quartiles_never_share_a_value_with_the_median(tmp_path):
    """Nine made-up files and one real one: two means sharing the real value, each rounded, would pin it."""
    from workload_desk.core.disclosure import quartiles_apart, window

    victim = 13
    made_up = [2, 2, 2, 2, 2, 2, 101.75, 101.75, 101.75]
    (row,) = summarize(month_files(tmp_path, [*made_up, victim]))
    assert row["caseload_per_fte_median"] != "" and row["caseload_per_fte_q3"] == row["caseload_per_fte_q1"] == ""
    assert "kwartielen" in row["note"]
    for n in range(10, 400):
        if quartiles_apart(n, 3):
            q1, median, q3 = (set(window(n, q, 3)) for q in (0.25, 0.5, 0.75))
            assert not (q1 & median) and not (median & q3)
    assert quartiles_apart(13, 3) and not quartiles_apart(10, 3)


def test_a_file_of_schema_1_never_counts_under_someone_elses_key(tmp_path):
    victim = person()
    key = signed(victim, 1)["respondent_key"]
    theirs = write_json(tmp_path / "theirs.json", [month_row("2026-10", 12)], key=victim)
    old = write_json(tmp_path / "old.json", [month_row("2026-11", 40)], version=1, submission=key)
    others = [write_json(tmp_path / f"o{i}.json", [month_row("2026-11", 12)]) for i in range(4)]
    rows = {r["month"]: r for r in summarize([theirs, old, *others])}
    assert rows["2026-11"]["respondents"] == 5  # the old file is a respondent of its own, not the victim's November


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.integers(0, 40), min_size=9, max_size=9), min_size=10, max_size=14))
def test_published_shares_add_up(tmp_path_factory, hours):
    from workload_desk.core.union_export import KIND_FIELDS

    folder = tmp_path_factory.mktemp("shares")
    paths = []
    for i, kinds in enumerate(hours):
        row = month_row("2026-10", 12, **dict(zip(KIND_FIELDS.values(), [h / 2 for h in kinds], strict=True)))
        row["worked_hours"] = sum(kinds) / 2
        paths.append(write_json(folder / f"s{i}.json", [row]))
    (row,) = summarize(paths)
    shares = [row[s] for s in SHARE_FIELDS.values()]
    if row["respondents"] and "" not in shares and sum(map(sum, hours)):
        assert round(sum(shares), 6) == 1.0


def test_a_second_folder_reads_the_same_register(tmp_path):
    import subprocess
    import sys

    files = month_files(tmp_path, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], field="overtime_hours")
    late = write_json(tmp_path / "late.json", [month_row("2026-10", 12, overtime=50.0)])
    for folder, extra in (("one", []), ("two", [late])):
        (tmp_path / folder).mkdir()
        out = tmp_path / folder / "summary.csv"
        args = [sys.executable, "-m", "workload_desk", "union-summary", *map(str, files + extra), "--out", str(out)]
        assert subprocess.run(args, capture_output=True, timeout=60).returncode == 0
    (row,) = read_summary((tmp_path / "two" / "summary.csv").read_text(encoding="utf-8"))
    assert row["overtime_total"] == "" and "niet opnieuw" in row["note"]


def test_the_rules_can_be_made_stricter_never_looser(tmp_path):
    import subprocess
    import sys

    from workload_desk.core.disclosure import stricter_rules
    from workload_desk.core.errors import UserError

    assert stricter_rules(min_respondents="8", p_percent="15").min_respondents == 8
    for name, value in (("min_respondents", "4"), ("p_percent", "5"), ("count_base", "x"), ("hours_base", "nan")):
        with pytest.raises(UserError):
            stricter_rules(**{name: value})
    files = month_files(tmp_path, [1, 2, 3, 4, 5, 6], field="overtime_hours")
    out = tmp_path / "s.csv"
    base = [sys.executable, "-m", "workload_desk", "union-summary", *map(str, files), "--out", str(out)]
    done = subprocess.run([*base, "--min-respondents", "7"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    (row,) = read_summary(out.read_text(encoding="utf-8"))
    assert row["respondents"] == "" and "minder dan 7" in row["note"]
    done = subprocess.run([*base, "--min-respondents", "3"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
