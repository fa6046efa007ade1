"""Whatever a rep types, in whatever order, the coach answers and never raises."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.services import assemble_coach
from coaching.commands import COMMANDS
from coaching.messages import IncomingMessage, Platform, Source
from coaching.playbook import load_playbook
from coaching.render import Renderer
from storage.memory import MemoryStore

PLAYBOOK = load_playbook()
RENDERER = Renderer()

PHRASES = [
    "Acme wants 15% off",
    "a two-year term",
    "they want another 5% off",
    "can we approve 20%?",
    "net-60 and free onboarding",
    "skip",
    "cancel",
    "1",
    "tomorrow 3pm",
    "in 2h",
    "Acme",
    "new Acme",
    "remind 15",
    "off",
    "on",
    "",
]
args = st.one_of(st.sampled_from(PHRASES), st.text(max_size=40))
commands = st.sampled_from(sorted(COMMANDS))
lines = st.one_of(
    commands,  # a bare command word: every command must cope with no argument
    st.builds(lambda c, a: f"{c} {a}", commands, args),
    args,
)
sources = st.sampled_from(list(Source))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(lines, sources), min_size=1, max_size=12))
def test_any_sequence_of_lines_gets_a_reply(turns: list[tuple[str, Source]]) -> None:
    async def talk() -> None:
        coach = assemble_coach(MemoryStore(), PLAYBOOK, RENDERER)
        for text, source in [("deal Acme", Source.DM), *turns]:
            msg = IncomingMessage(Platform.CONSOLE, "T1", "rep", "c1", text, source)
            reply = await coach.handle(msg)
            assert reply.markdown.strip() or reply.actions or text.strip() == ""

    asyncio.run(talk())
