"""Every free text the app stores passes the same gate: no BSN, no control characters in one line."""

from datetime import date, datetime

import pytest

from workload_desk.core.errors import UserError
from workload_desk.core.model import Task
from workload_desk.core.refusal import save_template, template
from workload_desk.core.register import decline
from workload_desk.core.settings import get_setting, set_setting
from workload_desk.core.tasks import add_task

BSN_SPELLED = "123\u00a0456\u00a0782"


def _count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_refusal_template_refuses_a_bsn(db):
    with pytest.raises(UserError, match="BSN") as err:
        save_template(db, "nl", "Beste {to}, het gaat om kind " + BSN_SPELLED)
    assert err.value.field == "refusal_template_nl"
    assert "BSN" not in template(db, "nl") and "123" not in template(db, "nl")


def test_the_statements_request_refuses_a_bsn(db):
    with pytest.raises(UserError, match="BSN"):
        set_setting(db, "statement_request_en", "Please note: child 123 . 456 . 782")
    assert get_setting(db, "statement_request_en") is None


@pytest.mark.parametrize("value", ["Ada\nWerker", "Ada\x00", "Ada\tWerker", "Ada\x1b[31m"])
def test_one_line_details_refuse_control_characters(db, value):
    with pytest.raises(UserError, match="één regel|one line") as err:
        set_setting(db, "worker_name", value)
    assert err.value.field == "worker_name"


def test_a_note_keeps_its_lines_and_tabs_but_no_nul(db):
    set_setting(db, "refusal_template_en", "Dear {to},\n\n\tno.")
    with pytest.raises(UserError):
        set_setting(db, "refusal_template_en", "Dear {to},\x00")


@pytest.mark.parametrize("field", ["court", "requested_by", "care_sought", "outcome"])
@pytest.mark.parametrize("value", ["Rechtbank\nUtrecht", "Rechtbank\x00"])
def test_a_tasks_one_line_fields_refuse_control_characters(db, field, value):
    kind = {"court": "court", "requested_by": "redaction", "care_sought": "care-search", "outcome": "care-search"}
    with pytest.raises(UserError) as err:
        add_task(db, Task(0, None, kind[field], datetime(2026, 5, 4, 9), **{field: value}))
    assert err.value.field == field
    assert _count(db, "tasks") == 0


@pytest.mark.parametrize("role", ["team\nlead", "team\x00lead", "team\tlead"])
def test_a_declined_requests_role_is_one_line(db, role):
    with pytest.raises(UserError) as err:
        decline(db, date(2026, 5, 4), "new-case", role)
    assert err.value.field == "from_role"
    assert _count(db, "declined_requests") == 0


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("language", "xx"),
        ("time_zone", "Mars/Olympus"),
        ("balance_start", "x"),
        ("norm_measures_fte", "twelve"),
        ("schedule", '{"preset": "akkoord-2023", "start": "x"}'),
        ("hours_saved_court-remote", "nan"),
        ("union_sequence", "-1"),
        ("unknown_key", "1"),
        ("own-cases-only", "1"),
    ],
)
def test_a_setting_is_refused_unless_the_app_can_use_it(db, key, value):
    with pytest.raises(UserError):
        set_setting(db, key, value)
    assert _count(db, "settings") == 0
