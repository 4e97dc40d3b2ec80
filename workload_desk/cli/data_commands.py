"""The ``backup``, ``restore``, ``export-all``, ``import-all`` and ``demo`` commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.i18n import translate

if TYPE_CHECKING:
    import argparse

    from ..core.database import WorkloadDatabase as Database


def backup_db(db: Database, args: argparse.Namespace) -> None:
    from ..core.backup import backup_now, rotate

    made = backup_now(db.path, out=Path(args.out) if args.out else None)
    if not args.out:
        rotate(db.path)
    print(translate("CommandLine", "Backup written: {path}").format(path=made))


def restore_file(path: Path, source: Path) -> int:
    from ..core.backup import restore
    from ..core.window_lock import held_for_restore

    with held_for_restore(path):  # no window opens the file while it is swapped
        before = restore(path, source)
    if before is not None:
        print(translate("CommandLine", "The database was backed up first: {path}").format(path=before))
    print(translate("CommandLine", "Restored from {path}.").format(path=source))
    return 0


def export_everything(db: Database, args: argparse.Namespace) -> None:
    from ..core.full_export import write_export_all

    rows = write_export_all(db, Path(args.out))
    print(
        translate("CommandLine", "Written: {path} ({rows} rows). It holds everything: keep it safe.").format(
            path=args.out, rows=rows
        )
    )


def import_everything(db: Database, args: argparse.Namespace) -> None:
    from ..core.full_export import import_with_safety_copy, read_export_all

    rows = import_with_safety_copy(db, db.path, read_export_all(Path(args.file)), merge=args.merge)
    print(translate("CommandLine", "Imported {rows} rows.").format(rows=rows))


def demo_fill(db: Database, args: argparse.Namespace) -> None:
    from ..core.demo import fill_demo

    fill_demo(db)
    print(translate("CommandLine", "Demo year written: open the window with “workload-desk”."))
