"""Generate many union exports, as a union would receive them from its members."""

from __future__ import annotations

import json
import os
import random
import uuid
from pathlib import Path

from workload_desk.core.union_export import DECLINED_FIELDS, KIND_FIELDS, MONTH_FIELDS, SCHEMA_VERSION, chain_link


def write_exports(folder: Path, count: int, months: int = 12, seed: int = 7) -> list[Path]:
    """Write ``count`` JSON exports of ``months`` months each; return their paths."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        hours = rng.choice([24.0, 28.0, 32.0, 36.0])
        rows = []
        for m in range(months):
            row = dict.fromkeys(MONTH_FIELDS, 0)
            worked = round(rng.uniform(100, 200) * 2) / 2
            row.update(
                month=f"2026-{m % 12 + 1:02d}",
                contract_hours=hours,
                contract_band=None,
                worked_hours=worked,
                overtime_hours=round(rng.uniform(0, 40) * 2) / 2,
                caseload_measures=rng.randint(8, 30),
                caseload_families=rng.randint(6, 20),
                caseload_children=rng.randint(8, 30),
                norm_measures=round(12 * hours / 36, 2),
                schedule_target=round(12 * hours / 36 + 3, 2),
            )
            for field in KIND_FIELDS.values():
                row[field] = round(worked / len(KIND_FIELDS) * 2) / 2
            for field in DECLINED_FIELDS.values():
                row[field] = rng.randint(0, 3)
            rows.append(row)
        path = folder / f"export-{i:05d}.json"
        proof = os.urandom(32)  # a first file: its key is its link hashed once
        data = {
            "schema_version": SCHEMA_VERSION,
            "respondent_key": chain_link(proof, 1).hex(),
            "sequence": 1,
            "sequence_proof": proof.hex(),
            "submission_id": str(uuid.uuid4()),
            "region": None,
            "months": rows,
        }
        path.write_text(json.dumps(data))
        paths.append(path)
    return paths
