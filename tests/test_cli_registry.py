"""caseapp-cli's commands are declared once (caseapp.cli.COMMANDS): the help lists exactly them, in their
order, each one's --help works, and no name is declared twice."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pytest

from caseapp.cli import COMMANDS, COMMANDS_BY_NAME, main
from caseapp.cli_commands import Command, by_name, no_arguments

NAMES = [command.name for command in COMMANDS]


def listed_commands(help_text: str) -> list[str]:
    """The command names of the COMMAND section of `caseapp-cli --help`, in order."""
    section = help_text.split("positional arguments:", 1)[1].split("options:", 1)[0]
    return re.findall(r"^ {4}(\S+)", section, re.M)


def test_the_help_lists_the_declared_commands_in_order():
    result = subprocess.run([sys.executable, "-m", "caseapp.cli", "--help"], capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "100"}, check=True)
    assert listed_commands(result.stdout) == NAMES
    assert NAMES[:5] == ["init", "import", "export", "search", "show"]  # the order users know
    for command in COMMANDS:
        assert re.search(rf"^ {{4}}{re.escape(command.name)} +{re.escape(command.help)}$", result.stdout, re.M)


@pytest.mark.parametrize("name", NAMES)
def test_each_commands_help_works(name):
    out, err = io.StringIO(), io.StringIO()
    sys_out = sys.stdout
    sys.stdout = out  # argparse prints --help to sys.stdout
    try:
        with pytest.raises(SystemExit) as exited:
            main([name, "--help"], out=out, err=err)
    finally:
        sys.stdout = sys_out
    assert exited.value.code == 0
    text = out.getvalue()
    assert text.startswith(f"usage: caseapp-cli {name} ")
    assert " ".join(COMMANDS_BY_NAME[name].description.split()[:4]) in " ".join(text.split())


def test_a_name_declared_twice_is_refused():
    twice = [Command("same", help="a", description="A.", arguments=no_arguments, run=lambda call: 0)] * 2
    with pytest.raises(ValueError, match="declared twice"):
        by_name(twice)
    assert len(COMMANDS_BY_NAME) == len(COMMANDS)


def test_only_data_files_on_standard_output_skip_the_terminal_escaping():
    from caseapp.cli import build_parser

    parser = build_parser()
    assert COMMANDS_BY_NAME["export"].writes_data(parser.parse_args(["export"]))
    assert COMMANDS_BY_NAME["search"].writes_data(parser.parse_args(["search", "--format", "csv"]))
    assert not COMMANDS_BY_NAME["search"].writes_data(parser.parse_args(["search", "--format", "json"]))
    assert not COMMANDS_BY_NAME["show"].writes_data(parser.parse_args(["show", "X", "--format", "json"]))
    assert [c.name for c in COMMANDS if c.writes_data is Command.writes_data] == [
        n for n in NAMES if n not in ("export", "search")]
