"""The command line writes plain JSON itself (``week --json`` then loads no json module): byte for byte what
``json.dumps(value, ensure_ascii=False, indent=2)`` writes, for any plain value; anything else is json's."""

import contextlib
import io
import json

from hypothesis import given
from hypothesis import strategies as st

from workload_desk.cli.commands import print_json

PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(PLAIN)
def test_any_plain_value_is_written_as_json_writes_it(value):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print_json(value)
    assert out.getvalue() == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def test_every_escape_and_what_is_not_plain(capsys):
    value = {
        "text": "".join(chr(i) for i in range(0x30)) + '\\"é “x” \u2028\x7f',
        "numbers": [0, -1, 2**70, 0.1, -0.0, 1e300, 5e-324, float("nan"), float("inf")],
        "keys": {1: "a", 2.5: "b", None: "c", False: "d"},
        "nested": [{}, [], ()],
    }
    print_json(value)
    assert capsys.readouterr().out == json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    print_json([1, {"a": "b"}])
    assert capsys.readouterr().out == '[\n  1,\n  {\n    "a": "b"\n  }\n]\n'
