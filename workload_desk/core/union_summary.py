"""The union's summary: many workers' exports merged into figures that are safe to publish.

A file that cannot be used is named once and skipped; the rest go on. One person counts once:
per respondent key and month only their newest file counts (the highest sequence number, whose
proof only the worker's database can make), and a file sent twice counts once. Two different
files with the same key and sequence cannot both be the worker's newest: the months whose newest
file that is are left out for that key. Every published figure passes the disclosure rules of
:mod:`.disclosure` (threshold, quantiles of ten or more, p%-rule, rounding, secondary
suppression); a figure left out says why in the month's ``note``. With a register of releases
(:mod:`.union_releases`), a month is published once: never again from other files.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable
from pathlib import Path

from .contracts import FULL_TIME_HOURS
from .disclosure import Rules, dominated, quantile, quartiles_apart, rounded
from .errors import Cancelled
from .files import write_private
from .i18n import translate
from .union_export import BAND_HOURS, DECLINED_FIELDS, KIND_FIELDS
from .union_files import NotAnExport, read_submission
from .union_releases import ReleaseRegister, fingerprint

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
    claimed: dict[tuple[str, int], str] = {}  # (key, sequence) -> the submission that carries it
    conflicting: set[tuple[str, int]] = set()
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
        claim = (submission.respondent_key, submission.sequence)
        if claimed.setdefault(claim, submission.submission_id) != submission.submission_id:
            conflicting.add(claim)
            problems.append(
                translate(
                    "UnionSummary",
                    "{file}: another file has the same respondent key and sequence {sequence}; "
                    "the months either of them would count are left out for this key.",
                ).format(file=name, sequence=submission.sequence)
            )
        for row in submission.months:
            key = (submission.respondent_key, row["month"])
            rank = (submission.sequence, order)
            if key not in newest or newest[key][:2] < rank:
                newest[key] = (*rank, row)
    by_month: dict[str, dict[str, dict]] = {}
    for (respondent, month), (sequence, _, row) in newest.items():
        if (respondent, sequence) in conflicting:
            continue
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
    if releases is not None:
        hashed = fingerprint(by_respondent, rules)
        earlier = releases.earlier(month, hashed)
        if earlier is not None:
            row["note"] = translate(
                "UnionSummary",
                "not published again: published on {day} from {n} respondents; a release from other files or "
                "rules could be subtracted from that one",
            ).format(day=earlier.published, n=earlier.respondents)
            return row
        releases.stage(month, hashed, n)
    notes: list[str] = []
    row["respondents"] = n
    if n >= rules.min_for_quantiles:
        per_fte = [r["caseload_measures"] / _fte(r) for r in rows]
        row["caseload_per_fte_median"] = rounded(quantile(per_fte, 0.5, rules.quantile_width), rules.quantile_base)
        if quartiles_apart(n, rules.quantile_width):
            for field, q in (("caseload_per_fte_q1", 0.25), ("caseload_per_fte_q3", 0.75)):
                row[field] = rounded(quantile(per_fte, q, rules.quantile_width), rules.quantile_base)
        else:
            notes.append(
                translate(
                    "UnionSummary", "no quartiles: with {n} respondents they would share a value with the median"
                ).format(n=n)
            )
        norms = [r["norm_measures"] / _fte(r) for r in rows]
        row["norm_per_fte_median"] = rounded(quantile(norms, 0.5, rules.quantile_width), rules.quantile_base)
        overtime = [r["overtime_hours"] for r in rows]
        row["overtime_median"] = rounded(quantile(overtime, 0.5, rules.quantile_width), rules.quantile_base)
    else:
        notes.append(
            translate("UnionSummary", "no quartiles, medians or share above the norm under {min} respondents").format(
                min=rules.min_for_quantiles
            )
        )
    if n >= rules.min_for_quantiles:
        # From the count rounded like every count: with n published, the share would give the exact count.
        above = sum(r["caseload_measures"] > r["norm_measures"] for r in rows)
        row["share_above_norm"] = rounded(rounded(above, rules.count_base) / n, rules.share_base)
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
    """The share of each kind of work in the hours worked, the dominated ones left out, and enough others.

    The shares add up to 1, so whatever is left out is known as a whole: 1 less the published ones.
    That whole must itself pass the p%-rule, so shares are added to it (the smallest that protects,
    never one of zero, which protects nothing) until it does, or until none is published. Returns
    the shares left out only to protect another (secondary suppression).
    """
    worked = sum(r["worked_hours"] for r in rows)
    if not worked:
        return []
    totals = {share: sum(r[field] for r in rows) for field, share in SHARE_FIELDS.items()}
    field_of = {share: field for field, share in SHARE_FIELDS.items()}
    hidden = [s for s in totals if dominated([r[field_of[s]] for r in rows], rules.p_percent)]
    dominant.extend(hidden)
    secondary: list[str] = []

    def exposed() -> bool:
        return bool(hidden) and dominated([sum(r[field_of[s]] for s in hidden) for r in rows], rules.p_percent)

    while exposed():
        candidates = sorted((t, s) for s, t in totals.items() if s not in hidden and t > 0)
        if not candidates:  # every share left is 0: nothing more to hide, and none tells anything
            break
        protecting = [
            s
            for _, s in candidates
            if not dominated([sum(r[field_of[h]] for h in (*hidden, s)) for r in rows], rules.p_percent)
        ]
        chosen = protecting[0] if protecting else candidates[0][1]
        hidden.append(chosen)
        secondary.append(chosen)
    shown = {share: total / worked for share, total in totals.items() if share not in hidden}
    if hidden:
        row.update({share: rounded(value, rules.share_base) for share, value in shown.items()})
    else:  # all of them: rounded so that they add up (largest remainder), as the hours do in the export
        row.update(_adding_up(shown, rules.share_base))
    return secondary


def _adding_up(shares: dict[str, float], base: float) -> dict[str, float]:
    """Shares rounded to ``base`` that add up to their rounded sum (1 when the kinds add up to the hours worked).

    Each is rounded down; the steps left go to the largest remainders.
    """
    steps = round(1 / base)
    floors = {k: math.floor(v * steps + 1e-9) for k, v in shares.items()}
    left = math.floor(sum(shares.values()) * steps + 0.5) - sum(floors.values())
    for k in sorted(shares, key=lambda k: (-(shares[k] * steps - floors[k]), k))[: max(0, left)]:
        floors[k] += 1
    return {k: round(v * base, 6) for k, v in floors.items()}


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
