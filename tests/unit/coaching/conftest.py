from __future__ import annotations

import pytest

from bot.services import assemble_coach
from coaching.engine import Coach
from coaching.messages import IncomingMessage, Platform, Reply, Source
from coaching.playbook import load_playbook
from coaching.render import Renderer
from storage.memory import MemoryStore


class Conversation:
    """A conversation you can hold in a test: send text, get the reply back."""

    def __init__(self, coach: Coach, user: str = "rep1", tenant: str = "T1") -> None:
        self.coach = coach
        self.user = user
        self.tenant = tenant

    async def say(self, text: str, source: Source = Source.DM) -> Reply:
        msg = IncomingMessage(
            platform=Platform.CONSOLE,
            tenant=self.tenant,
            user=self.user,
            conversation="c1",
            text=text,
            source=source,
        )
        return await self.coach.handle(msg)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def coach(store: MemoryStore) -> Coach:
    return assemble_coach(store, load_playbook(), Renderer())


@pytest.fixture
def chat(coach: Coach) -> Conversation:
    return Conversation(coach)
