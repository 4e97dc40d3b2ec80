"""The BSN guard: a citizen service number may never be stored in Workload Desk.

Its use needs a legal basis the app does not have, and a lost laptop would leak
it. Any nine digits (optionally grouped with spaces, dots or dashes) that pass
the BSN eleven-test are refused.
"""

from __future__ import annotations

import re

from .errors import UserError
from .i18n import translate

_NINE_DIGITS = re.compile(r"(?<!\d)(?:\d[ .\-]?){8}\d(?!\d)")


def passes_eleven_test(digits: str) -> bool:
    """Tell whether nine digits pass the BSN eleven-test (weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1)))
    return (total - int(digits[8])) % 11 == 0


def contains_bsn(text: str) -> bool:
    """Tell whether ``text`` holds something that may be a BSN."""
    return any(passes_eleven_test(re.sub(r"\D", "", m.group())) for m in _NINE_DIGITS.finditer(text or ""))


def refuse_bsn(text: str | None, field: str) -> None:
    """Raise a :class:`UserError` on ``field`` when ``text`` holds a possible BSN."""
    if text and contains_bsn(text):
        raise UserError(
            translate(
                "Validation",
                "This text contains a number that may be a BSN (citizen service number). "
                "A BSN may not be kept in Workload Desk: leave it out or use your own code.",
            ),
            field,
        )
