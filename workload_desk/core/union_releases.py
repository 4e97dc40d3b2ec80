"""The register of releases: which respondents each published month of the union's summary was made from.

Two releases of one month that differ by one respondent give that respondent's figures by
subtraction. So a new release of a month is refused when its respondents differ from those of an
earlier release by more than none and fewer than the threshold. The register keeps, per month,
each release's respondent keys as SHA-256 hashes (never the keys themselves), and is written
aside and renamed into place like every file the app writes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .errors import UserError
from .files import write_private
from .i18n import translate

FORMAT = "workload-desk-union-releases"


def _hashed(keys: set[str]) -> frozenset[str]:
    return frozenset(hashlib.sha256(k.encode()).hexdigest() for k in keys)


class ReleaseRegister:
    """Per month, the respondents of each release (hashed)."""

    def __init__(self, path: Path | None = None, months: dict[str, list[frozenset[str]]] | None = None) -> None:
        self.path = path
        self.months: dict[str, list[frozenset[str]]] = months or {}
        self.staged: dict[str, set[str]] = {}

    @classmethod
    def load(cls, path: Path) -> ReleaseRegister:
        """The register at ``path``; an empty one when the file does not exist yet."""
        path = Path(path)
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or not isinstance(data.get("months"), dict):
                raise ValueError
            months = {
                str(month): [frozenset(str(h) for h in release) for release in releases]
                for month, releases in data["months"].items()
                if isinstance(releases, list) and all(isinstance(r, list) for r in releases)
            }
        except (OSError, ValueError, AttributeError, TypeError, RecursionError):
            raise UserError(
                translate(
                    "UnionSummary", "“{path}” is not a register of releases (or it is damaged): nothing was written."
                ).format(path=path),
                "releases",
            ) from None
        return cls(path, months)

    def too_close(self, month: str, keys: set[str], threshold: int) -> bool:
        """Whether these respondents differ from an earlier release of ``month`` by 1 to ``threshold - 1``."""
        hashed = _hashed(keys)
        return any(0 < len(hashed ^ earlier) < threshold for earlier in self.months.get(month, []))

    def stage(self, month: str, keys: set[str]) -> None:
        """Note that this summary publishes ``month`` from these respondents; recorded by :meth:`save`."""
        self.staged[month] = set(keys)

    def record(self, month: str, keys: set[str]) -> None:
        """Note a release of ``month`` made from these respondents (once: the same set again adds nothing)."""
        hashed = _hashed(keys)
        if hashed not in self.months.setdefault(month, []):
            self.months[month].append(hashed)

    def save(self) -> None:
        """Record the staged months and write the register to its file (once the summary itself is written)."""
        for month, keys in self.staged.items():
            self.record(month, keys)
        self.staged = {}
        data = {"format": FORMAT, "months": {m: [sorted(r) for r in rs] for m, rs in sorted(self.months.items())}}
        write_private(self.path, json.dumps(data, indent=1))
