"""Reply -> Block Kit: mrkdwn conversion, escaping of user text, and Slack's limits."""

from __future__ import annotations

from adapters.slack.blocks import (
    MAX_BLOCKS,
    MAX_SECTION_TEXT,
    MAX_TEXT,
    chunks,
    render_reply,
)
from adapters.slack.mrkdwn import ZWSP, markdown_to_mrkdwn
from coaching.messages import LedgerLine, Reply, Say, SuggestedAction
from coaching.render import Renderer, escape_markdown
from tests.adapters.slack.conftest import section_texts


def test_markdown_becomes_mrkdwn() -> None:
    text = markdown_to_mrkdwn("**Acme** · _Prepare_\n- `limit 15%` for <name>\n> quoted & said")
    assert text == "*Acme* · _Prepare_\n• `limit 15%` for &lt;name&gt;\n&gt; quoted &amp; said"


def test_user_text_cannot_ping_or_format() -> None:
    hostile = "<!channel> *bold* _it_ ~s~ `c` <@U1> <https://evil|click> & \\o/"
    mrkdwn = markdown_to_mrkdwn(f"Deal: {escape_markdown(hostile)}")
    assert "<" not in mrkdwn and ">" not in mrkdwn.replace("&gt;", "")
    assert "&lt;!channel&gt;" in mrkdwn and "&lt;@U1&gt;" in mrkdwn
    assert "*bold*" not in mrkdwn and f"{ZWSP}*{ZWSP}bold{ZWSP}*{ZWSP}" in mrkdwn
    assert "&amp;" in mrkdwn and "\\o/" in mrkdwn


def test_rendered_template_values_are_escaped_in_blocks() -> None:
    section = Renderer().render(
        "next_added", deal=type("D", (), {"name": "<!here> *Acme*"}), step="ping <@U1>"
    )
    message = render_reply(Reply(kind="next_added", sections=[section]))
    text = section_texts(message.blocks)
    assert "&lt;!here&gt;" in text and "&lt;@U1&gt;" in text
    assert "<!here>" not in message.text and "<@U1>" not in message.text


def test_actions_become_buttons_with_the_command_as_value() -> None:
    reply = Reply(
        kind="ask_for_get",
        sections=["What are you getting in return?"],
        actions=[
            SuggestedAction("Ask: a longer commitment", "get commit to a two-year term", "primary"),
            SuggestedAction("Undo", "undo", "danger"),
            SuggestedAction("x" * 200, "label"),
        ],
    )
    blocks = render_reply(reply).blocks
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    buttons = actions["elements"]
    assert [b["action_id"] for b in buttons] == [
        "coach_action_0",
        "coach_action_1",
        "coach_action_2",
    ]
    assert (
        buttons[0]["value"] == "get commit to a two-year term" and buttons[0]["style"] == "primary"
    )
    assert buttons[1]["style"] == "danger" and "style" not in buttons[2]
    assert len(buttons[2]["text"]["text"]) <= 75


def test_the_text_is_shown_once_and_the_ledger_beside_it() -> None:
    reply = Reply(
        kind="trade",
        sections=['Say it like this:\n- "If we take 15% off, could you sign?"'],
        says=[Say("If we take 15% off, could you sign?")],  # data: never rendered again
        ledger=[
            LedgerLine(1, "give", "discount", "discount 15%", False, None),
            LedgerLine(2, "get", "term_commitment", "term 2 years", False, 1, reversed=True),
        ],
    )
    text = section_texts(render_reply(reply).blocks)
    assert text.count("If we take 15% off") == 1
    assert (
        "#1 give: discount 15% (unlabelled)" in text and "~#2 get: term 2 years (for #1)~" in text
    )


def test_huge_reply_stays_inside_block_kit_limits() -> None:
    paragraph = "word " * 1500  # 7,500 characters on one line
    reply = Reply(
        kind="align",
        deal="Acme " * 60,
        sections=[paragraph] * 30 + ["\n".join(f"- line {i}" for i in range(2000))],
        actions=[SuggestedAction(f"Action {i}", f"get {i}") for i in range(30)],
        ledger=[LedgerLine(i, "give", "discount", "discount 1%", True, None) for i in range(500)],
    )
    message = render_reply(reply)
    assert message.blocks[0]["type"] == "header"  # the Align summary's title
    assert message.blocks[0]["text"]["text"].startswith("Align summary · Acme")
    assert len(message.blocks) <= MAX_BLOCKS
    assert len(message.text) <= MAX_TEXT
    for block in message.blocks:
        if block["type"] in ("section", "header"):
            assert len(block["text"]["text"]) <= (
                MAX_SECTION_TEXT if block["type"] == "section" else 150
            )
        if block["type"] == "context":
            assert all(len(e["text"]) <= MAX_SECTION_TEXT for e in block["elements"])
        if block["type"] == "actions":
            assert len(block["elements"]) <= 25
    buttons = [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    assert len(buttons) == 30  # the buttons survive trimming; the body is what gets cut
    assert "Trimmed to fit Slack" in section_texts(message.blocks)


def test_chunks_split_on_lines_and_never_inside_an_entity() -> None:
    text = ("a" * 2990 + " &amp;&amp;&amp; tail\n") * 3
    pieces = chunks(text, 3000)
    assert all(len(p) <= 3000 for p in pieces)
    assert "".join(pieces).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )
    assert not any(p.endswith("&am") or p.endswith("&") for p in pieces)
