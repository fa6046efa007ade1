"""The renderer keeps texts rendered from plain values: a kept text is always the one
the template gives for exactly those values."""

from __future__ import annotations

from pathlib import Path

import pytest
from markupsafe import Markup

from coaching.render import MEMO_SIZE, Renderer


@pytest.fixture
def renderer(tmp_path: Path) -> Renderer:
    (tmp_path / "echo.md.j2").write_text("[{{ value }}]{% for v in more %} +{{ v }}{% endfor %}")
    return Renderer(tmp_path)


def test_equal_values_of_other_types_render_their_own_text(renderer: Renderer) -> None:
    # 1 == 1.0 == True, and Markup("*") == "*": each still renders as itself.
    texts = [renderer.render("echo", value=v, more=[]) for v in (1, 1.0, True, 1, True)]
    assert texts == ["[1]", "[1.0]", "[True]", "[1]", "[True]"]
    assert renderer.render("echo", value="*", more=[]) == r"[\*]"
    assert renderer.render("echo", value=Markup("*"), more=[]) == "[*]"
    assert renderer.render("echo", value="*", more=[]) == r"[\*]"


def test_list_values_are_part_of_the_text(renderer: Renderer) -> None:
    assert renderer.render("echo", value="a", more=["b"]) == "[a] +b"
    assert renderer.render("echo", value="a", more=["b", "c"]) == "[a] +b +c"
    assert renderer.render("echo", value="a", more=[1]) == "[a] +1"
    assert renderer.render("echo", value="a", more=[True]) == "[a] +True"
    assert renderer.render("echo", value="a", more=["b"]) == "[a] +b"


def test_objects_render_from_their_current_state(renderer: Renderer) -> None:
    class Named:
        def __init__(self, name: str) -> None:
            self.name = name

        def __str__(self) -> str:
            return self.name

    thing = Named("before")
    assert renderer.render("echo", value=thing, more=[]) == "[before]"
    thing.name = "after"
    assert renderer.render("echo", value=thing, more=[]) == "[after]"


def test_more_distinct_texts_than_are_kept_still_render_right(renderer: Renderer) -> None:
    for n in range(MEMO_SIZE + 10):
        assert renderer.render("echo", value=f"v{n}", more=[]) == f"[v{n}]"
    assert renderer.render("echo", value="v0", more=[]) == "[v0]"
