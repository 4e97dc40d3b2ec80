"""The union's summary: many workers' exports merged into figures that are safe to publish.

A file that cannot be used is named once and skipped; the rest go on. One person counts once:
per respondent key and month only their newest file counts (the highest sequence number), and a
file sent twice counts once. Every published figure passes the disclosure rules of
:mod:`.disclosure` (threshold, quantiles of ten or more, p%-rule, rounding, secondary
suppression); a figure left out says why in the month's ``note``. With a register of releases
(:mod:`.union_releases`), a month whose respondents differ from an earlier release by fewer than
the threshold is not published again, so two releases never isolate a small group.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from .contracts import FULL_TIME_HOURS
from .disclosure import Rules, dominated, quantile, rounded
from .errors import Cancelled
from .files import write_private
from .i18n import translate
from .union_export import BAND_HOURS, DECLINED_FIELDS, KIND_FIELDS
from .union_files import NotAnExport, read_submission
from .union_releases import ReleaseRegister

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
SHARE_ABOVE_NORM_BASE = 0.05  # a share of persons, rounded coarser: with n published it would give the count


def _fte(row: dict) -> float:
    hours = row["contract_hours"] if row["contract_hours"] is not None else BAND_HOURS[row["contract_band"]]
    return hours / FULL_TIME_HOURS


def summarize(
    paths,
    problems: list[str] | None = None,
    progress: Callable[[int, int], bool] | None = None,
    rules: Rules = Rules(),  # noqa: B008 - frozen
    releases: ReleaseRegister | None = None,
) -> list[dict]:
    """The summary rows per month, oldest first; each skipped file adds one line to ``problems``.

    ``progress(done, total)`` is called before each file with the number read so far; when it
    returns False the work stops with :class:`Cancelled`. With ``releases``, months too close to an
    earlier release are suppressed (the caller records the release once the summary is written).
    """
    problems = problems if problems is not None else []
    seen: set[str] = set()
    newest: dict[tuple[str, str], tuple[int, int, dict]] = {}
    paths = list(paths)
    for order, path in enumerate(paths):
        if progress is not None and not progress(order, len(paths)):
            raise Cancelled
        name = Path(path).name
        try:
            submission = read_submission(path)
        except NotAnExport as exc:
            problems.append(translate("UnionSummary", "{file}: skipped, {reason}.").format(file=name, reason=exc))
            continue
        if submission.submission_id in seen:
            problems.append(translate("UnionSummary", "{file}: sent before, counted once.").format(file=name))
            continue
        seen.add(submission.submission_id)
        for row in submission.months:
            key = (submission.respondent_key, row["month"])
            rank = (submission.sequence, order)
            if key not in newest or newest[key][:2] < rank:
                newest[key] = (*rank, row)
    by_month: dict[str, dict[str, dict]] = {}
    for (respondent, month), (_, _, row) in newest.items():
        by_month.setdefault(month, {})[respondent] = row
    return [_summary_row(month, by_month[month], rules, releases) for month in sorted(by_month)]


def _summary_row(month: str, by_respondent: dict[str, dict], rules: Rules, releases: ReleaseRegister | None) -> dict:
    rows = list(by_respondent.values())
    n = len(rows)
    row = dict.fromkeys(SUMMARY_FIELDS, "")
    row["month"] = month
    if n < rules.min_respondents:
        row["note"] = translate("UnionSummary", "suppressed: fewer than {min} respondents").format(
            min=rules.min_respondents
        )
        return row
    if releases is not None and releases.too_close(month, set(by_respondent), rules.min_respondents):
        row["note"] = translate(
            "UnionSummary",
            "suppressed: differs from an earlier release of this month by fewer than {min} respondents",
        ).format(min=rules.min_respondents)
        return row
    if releases is not None:
        releases.stage(month, set(by_respondent))
    notes: list[str] = []
    row["respondents"] = n
    if n >= rules.min_for_quantiles:
        per_fte = [r["caseload_measures"] / _fte(r) for r in rows]
        for field, q in (
            ("caseload_per_fte_q1", 0.25),
            ("caseload_per_fte_median", 0.5),
            ("caseload_per_fte_q3", 0.75),
        ):
            row[field] = rounded(quantile(per_fte, q, rules.quantile_width), rules.quantile_base)
        norms = [r["norm_measures"] / _fte(r) for r in rows]
        row["norm_per_fte_median"] = rounded(quantile(norms, 0.5, rules.quantile_width), rules.quantile_base)
        overtime = [r["overtime_hours"] for r in rows]
        row["overtime_median"] = rounded(quantile(overtime, 0.5, rules.quantile_width), rules.quantile_base)
    else:
        notes.append(
            translate("UnionSummary", "no quartiles or medians under {min} respondents").format(
                min=rules.min_for_quantiles
            )
        )
    above = sum(r["caseload_measures"] > r["norm_measures"] for r in rows)
    row["share_above_norm"] = rounded(above / n, SHARE_ABOVE_NORM_BASE)
    dominant: list[str] = []
    overtime_values = [r["overtime_hours"] for r in rows]
    if dominated(overtime_values, rules.p_percent):
        dominant.append("overtime_total")
    else:
        row["overtime_total"] = rounded(sum(overtime_values), rules.hours_base)
    for field in COUNT_FIELDS:
        values = [r[field] for r in rows]
        if dominated(values, rules.p_percent):
            dominant.append(field)
        else:
            row[field] = int(rounded(sum(values), rules.count_base))
    secondary = _shares(row, rows, rules, dominant)
    if dominant:
        notes.append(
            translate("UnionSummary", "p%-rule (one or two respondents make up most of it): {fields}").format(
                fields=", ".join(dominant)
            )
        )
    if secondary:
        notes.append(
            translate("UnionSummary", "left out so the above cannot be found by subtraction: {fields}").format(
                fields=", ".join(secondary)
            )
        )
    row["note"] = "; ".join(notes)
    return row


def _shares(row: dict, rows: list[dict], rules: Rules, dominant: list[str]) -> list[str]:
    """The share of each kind of work in the hours worked; with one share suppressed, a second goes too.

    Returns the shares suppressed only to protect another (secondary suppression).
    """
    worked = sum(r["worked_hours"] for r in rows)
    if not worked:
        return []
    published: dict[str, float] = {}
    for field, share in SHARE_FIELDS.items():
        values = [r[field] for r in rows]
        if dominated(values, rules.p_percent):
            dominant.append(share)
        else:
            published[share] = sum(values) / worked
    suppressed = len(SHARE_FIELDS) - len(published)
    secondary = []
    if suppressed == 1 and published:  # the one left out would be 1 less the others
        smallest = min(published, key=lambda s: (published[s], s))
        del published[smallest]
        secondary.append(smallest)
    for share, value in published.items():
        row[share] = rounded(value, rules.share_base)
    return secondary


def summary_csv(rows: list[dict]) -> str:
    """The summary as CSV for Dutch Excel: a byte-order mark, ``;`` between fields, decimal commas."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.DictWriter(out, SUMMARY_FIELDS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: str(v).replace(".", ",") if isinstance(v, float) else v for k, v in row.items()})
    return out.getvalue()


def write_summary(rows: list[dict], path: Path) -> None:
    """Write the summary CSV."""
    write_private(Path(path), summary_csv(rows))
