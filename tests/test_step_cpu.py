"""The per-step CPU script of the Time and Cases panels (``benchmarks/step_cpu.py``) runs on small data,
so it cannot rot; it judges no times, and never writes into the database it is given."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from benchmarks.big_data import make_big_database
from benchmarks.step_cpu import INTERACTIONS, main
from tests.conftest import fresh_dutch_app


@pytest.mark.parametrize("what", INTERACTIONS)
def test_each_interaction_runs_on_a_copy(qtbot, tmp_path, capsys, what):
    fresh_dutch_app(tmp_path)
    path = make_big_database(tmp_path / "workload.db", date.today(), years=0.5)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main([str(path), what]) == 0
    line = capsys.readouterr().out.strip().splitlines()[0]
    steps = {"week": 52, "add": 15, "filter": 48, "open": 10}[what]
    assert line.startswith(f"{what}: {steps} steps, window thread CPU per step: median ")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_an_unknown_interaction_is_refused(capsys):
    assert main(["nowhere.db", "dance"]) == 2
    assert "WHAT" in capsys.readouterr().err
