"""The register of releases: each month of the union's summary is published once.

Two releases of one month made from different files give, by subtraction, the figures of
whoever is in one and not the other, or whose file changed; with three or more releases a
combination of them can isolate one person even when every two differ by many. So a month is
published once: the register keeps, per month, a fingerprint of what it was made from (each
respondent's key and figures, and the disclosure rules, hashed with SHA-256; never the keys or
figures themselves), the number of respondents and the day. A later summary publishes that month
again only from exactly the same files under the same rules, which gives the same figures;
otherwise the month is left out with the reason. The register is read with the same limits as
an export and written aside and renamed into place like every file the app writes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from .errors import UserError
from .files import write_private
from .i18n import translate

FORMAT = "workload-desk-union-releases"
VERSION = 2
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
_HEX = re.compile(r"[0-9a-f]{64}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Release:
    """One month as it was published: what it was made from (hashed), by how many, on which day."""

    fingerprint: str
    respondents: int
    published: str


def default_register() -> Path:
    """Where the register lives by default: one for this user on this computer, whatever folder a summary goes to.

    Beside each summary, a second summary saved in another folder would start a register of its own
    and publish a month again. ``$WORKLOAD_DESK_RELEASES`` names another file.
    """
    if env := os.environ.get("WORKLOAD_DESK_RELEASES"):
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("WorkloadDesk", appauthor=False)) / "union-releases.json"


def fingerprint(by_respondent: dict[str, dict], rules) -> str:
    """A hash of the month's respondents, their figures and the rules: equal only for the same release."""
    people = sorted(
        hashlib.sha256(json.dumps([key, row], sort_keys=True).encode()).hexdigest()
        for key, row in by_respondent.items()
    )
    return hashlib.sha256(json.dumps([asdict(rules), people], sort_keys=True).encode()).hexdigest()


def _damaged(path: Path) -> UserError:
    return UserError(
        translate(
            "UnionSummary", "“{path}” is not a register of releases (or it is damaged): nothing was written."
        ).format(path=path),
        "releases",
    )


def _release(entry) -> Release:
    if not isinstance(entry, dict) or set(entry) != {"fingerprint", "respondents", "published"}:
        raise ValueError
    n, hashed, day = entry["respondents"], entry["fingerprint"], entry["published"]
    if not (isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 10**7):
        raise ValueError
    if not (isinstance(hashed, str) and _HEX.fullmatch(hashed) and isinstance(day, str) and _DAY.fullmatch(day)):
        raise ValueError
    date.fromisoformat(day)
    return Release(hashed, n, day)


class ReleaseRegister:
    """Per month, the release it was published as."""

    def __init__(self, path: Path | None = None, months: dict[str, Release] | None = None) -> None:
        self.path = path
        self.months: dict[str, Release] = months or {}
        self.staged: dict[str, tuple[str, int]] = {}

    @classmethod
    def load(cls, path: Path) -> ReleaseRegister:
        """The register at ``path``; an empty one when nothing is there yet. Any damage is refused whole."""
        from .union_files import NotAnExport, read_bytes

        path = Path(path)
        if not path.exists() and not path.is_symlink():
            return cls(path)
        try:
            data = json.loads(read_bytes(path).decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError
            if set(data) != {"format", "version", "months"} or not isinstance(data["months"], dict):
                raise ValueError
            months = {}
            for month, entry in data["months"].items():
                if not _MONTH.fullmatch(month):
                    raise ValueError
                months[month] = _release(entry)
        except (NotAnExport, ValueError, UnicodeDecodeError, RecursionError):
            raise _damaged(path) from None
        return cls(path, months)

    def earlier(self, month: str, hashed: str) -> Release | None:
        """The earlier release of ``month`` if made from other files or rules; None when it may be published."""
        release = self.months.get(month)
        return release if release is not None and release.fingerprint != hashed else None

    def stage(self, month: str, hashed: str, respondents: int) -> None:
        """Note that this summary publishes ``month``; recorded by :meth:`save`."""
        self.staged[month] = (hashed, respondents)

    def save(self, today: date | None = None) -> None:
        """Record the staged months and write the register (once the summary itself is written)."""
        day = (today or date.today()).isoformat()
        for month, (hashed, n) in self.staged.items():
            self.months.setdefault(month, Release(hashed, n, day))
        self.staged = {}
        data = {
            "format": FORMAT,
            "version": VERSION,
            "months": {m: asdict(r) for m, r in sorted(self.months.items())},
        }
        if not self.path.parent.exists():  # the default register's folder, the first time
            self.path.parent.mkdir(parents=True)
        write_private(self.path, json.dumps(data, indent=1))
