"""The schema written out in ``database.SCHEMA_6`` (a quicker start) is what the migrations make."""

from workload_desk.core import database


def test_the_written_out_schema_is_what_the_first_six_migrations_make():
    assert database.known_names()[:6] == database.SCHEMA_6_NAMES
    assert database.tables_made_by(6) == database.SCHEMA_6


def test_the_written_out_schema_is_the_current_one():
    # A seventh migration: write its tables out as SCHEMA_7 (or the start runs every migration in memory).
    assert database.schema_version() == 6
    assert database.expected_tables(6) is database.SCHEMA_6
