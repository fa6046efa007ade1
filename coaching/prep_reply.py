"""Prep, call and reminder replies: one template, cut into sections at its `---` lines.

Card layouts (Block Kit, Adaptive Cards) get one block per part of the plan;
plain-text adapters join them back with blank lines.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coaching.messages import Reply
from coaching.model import Deal
from coaching.render import Renderer

SECTION_BREAK = "\n---\n"


def sectioned(renderer: Renderer, template: str, deal: Deal | None, **context: Any) -> Reply:
    text = renderer.render(template, deal=deal, **context)
    sections = [s.strip() for s in text.split(SECTION_BREAK) if s.strip()]
    return Reply(kind=template, sections=sections, deal=deal.name if deal else None)


def when_text(at: datetime) -> str:
    """A call time as the rep reads it in their zone: 'Tue 31 Mar, 15:00 CEST'."""
    return at.strftime("%a %d %b, %H:%M %Z").strip()
