"""Statistical disclosure control for the union's summary, as statistics offices apply it.

The rules follow the SDC handbook (Hundepool et al.) and tau-Argus, each with a safe default:

- **Threshold**: a month is published only with at least ``min_respondents`` respondents.
- **Quantiles** only from ``min_for_quantiles`` respondents, and never one respondent's value: each
  quantile is the mean of the ``quantile_width`` values around its position, then rounded; the
  quartiles only when their values and the median's are apart (see :func:`quartiles_apart`).
- **Dominance (p%-rule)**: a sum is suppressed when the others, less the second largest
  contributor, add up to less than p% of the largest: the second largest could then estimate the
  largest within p%. Applied to every published sum and count.
- **Rounding** of every published figure to a stated base.
- **Secondary suppression**: figures that add up to a known whole (the shares of the kinds of work
  add up to 1) lose a second figure when one is suppressed, so it cannot be found by subtraction.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Rules:
    """The disclosure rules of a summary, with their defaults."""

    min_respondents: int = 5
    min_for_quantiles: int = 10
    quantile_width: int = 3
    p_percent: float = 10.0
    hours_base: float = 5.0  # published sums of hours
    count_base: int = 5  # published counts
    quantile_base: float = 0.5  # caseload per FTE and hours
    share_base: float = 0.01  # shares


def rounded(value: float, base: float) -> float:
    """``value`` rounded to the nearest multiple of ``base`` (halves up), without float noise."""
    steps = math.floor(value / base + 0.5)
    return round(steps * base, 6)


def dominated(contributions: Sequence[float], p_percent: float) -> bool:
    """The p%-rule: whether the largest contribution could be estimated within p% by the second largest.

    A sum of zero holds nothing to protect.
    """
    ordered = sorted((c for c in contributions if c > 0), reverse=True)
    if not ordered:
        return False
    largest = ordered[0]
    second = ordered[1] if len(ordered) > 1 else 0.0
    rest = sum(ordered) - largest - second
    return rest < p_percent / 100 * largest


def window(n: int, q: float, width: int) -> range:
    """The positions, in ``n`` sorted values, whose mean gives the ``q`` quantile."""
    if n < width:
        raise ValueError("fewer values than the width of a quantile")
    centre = q * (n - 1)
    first = min(max(0, math.floor(centre - (width - 1) / 2 + 0.5)), n - width)
    return range(first, first + width)


def quantile(values: Sequence[float], q: float, width: int) -> float:
    """The ``q`` quantile as the mean of the ``width`` sorted values around its position (never one value)."""
    ordered = sorted(values)
    return sum(ordered[i] for i in window(len(ordered), q, width)) / width


def quartiles_apart(n: int, width: int) -> bool:
    """Whether the quartiles' windows share no value with the median's.

    Two published means that share a value, each rounded on its own grid, can pin that value down
    between them (someone who made up the other files knows all the rest).
    """
    q1, median, q3 = (window(n, q, width) for q in (0.25, 0.5, 0.75))
    return q1[-1] < median[0] and median[-1] < q3[0]


def stricter_rules(**asked: str | None) -> Rules:
    """Rules with the values asked for, each at least as strict as its default: protection can rise, never fall."""
    from .errors import UserError, shown
    from .i18n import translate

    defaults = Rules()
    chosen = {}
    for name, text in asked.items():
        if text is None:
            continue
        default = getattr(defaults, name)
        try:
            value = type(default)(text)
        except (TypeError, ValueError):
            value = None
        if value is None or value != value or not default <= value <= 1000:
            raise UserError(
                translate(
                    "Validation", "“{value}” is not allowed for {rule}: give a number from {low} to 1000."
                ).format(value=shown(text), rule=name.replace("_", "-"), low=default),
                name,
            )
        chosen[name] = value
    return Rules(**chosen)
