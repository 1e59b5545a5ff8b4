"""MkDocs hooks of the sfdsl site: generated CLI reference, example diagrams, test markers.

- ``<!-- sfdsl:cli-reference -->`` becomes the reference of the ``sfdsl`` command, generated
  from the Typer app, so it always matches the installed version.
- ``<!-- sfdsl:diagram TARGET -->`` becomes a Mermaid diagram of the state machine TARGET names
  (``examples/hello.py`` or ``examples/hello.py:name``), drawn by sfdsl itself.
- A ``# skip-test: <reason>`` first line of a code block (read by ``tests/test_docs.py``) is
  not shown to readers.
"""

from __future__ import annotations

import re
from typing import Any

_CLI_MARKER = "<!-- sfdsl:cli-reference -->"
_DIAGRAM = re.compile(r"^<!-- sfdsl:diagram (?P<target>\S+) -->$", re.MULTILINE)
_SKIP_LINE = re.compile(r"^(?P<fence>\s*```[^\n]*\n)\s*# skip-test:[^\n]*\n", re.MULTILINE)


def cli_reference() -> str:
    """The Markdown reference of every ``sfdsl`` command, from the Typer app."""
    import typer
    import typer.cli
    import typer.main

    from sfdsl.cli import app

    command = typer.main.get_command(app)
    ctx = typer.Context(command, info_name="sfdsl")
    text = typer.cli.get_docs_for_click(obj=command, ctx=ctx, name="sfdsl")
    # The page has its own title: demote the generated headings by one level.
    return re.sub(r"^(#+) ", r"#\1 ", text, flags=re.MULTILINE).strip() + "\n"


def diagram(target: str) -> str:
    """A Mermaid block drawing the state machine(s) of *target*."""
    from sfdsl._diagram import to_mermaid
    from sfdsl._target import load_target

    blocks = [f"```mermaid\n{to_mermaid(m).rstrip()}\n```" for m in load_target(target).machines]
    return "\n\n".join(blocks)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Expand the sfdsl markers of a page."""
    if _CLI_MARKER in markdown:
        markdown = markdown.replace(_CLI_MARKER, cli_reference())
    markdown = _DIAGRAM.sub(lambda m: diagram(m.group("target")), markdown)
    return _SKIP_LINE.sub(lambda m: m.group("fence"), markdown)
