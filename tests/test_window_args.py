"""The window's plain calls are read without argparse, exactly as argparse reads them; the rest is left to it."""

import pytest

from workload_desk.cli.parser import UsageError
from workload_desk.ui.app import parse_window_args, read_window_args

PLAIN = [
    [],
    ["--db", "x.db"],
    ["--quit-when-ready"],
    ["--db", "a b.db", "--quit-when-ready"],
    ["--quit-when-ready", "--lang", "en", "--db", "x.db"],
    ["--lang", "nl"],
]
LEFT_TO_ARGPARSE = [
    ["--db=x.db"],
    ["--db"],
    ["--db", ""],
    ["--db", "-x.db"],
    ["--db", "x.db", "--db", "y.db"],
    ["--quit-when-ready", "--quit-when-ready"],
    ["--lang", "fr"],
    ["--quit"],
    ["--help"],
    ["--version"],
    ["extra"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_call_is_read_as_argparse_reads_it(argv):
    assert vars(read_window_args(argv)) == vars(parse_window_args(argv))


@pytest.mark.parametrize("argv", LEFT_TO_ARGPARSE)
def test_anything_else_is_left_to_argparse(argv):
    assert read_window_args(argv) is None


def test_argparse_still_says_what_is_off():
    with pytest.raises(UsageError):
        parse_window_args(["--lang", "fr"])
