"""Channel alerts end to end: one coaching reply in the thread, one trade for the approver,
and the approver's decision recorded in the rep's ledger and posted back."""

from __future__ import annotations

import json
from pathlib import Path

from coaching.records import User
from tests.adapters.slack import payloads
from tests.adapters.slack.conftest import Slack, make_settings, open_slack, section_texts
from tests.adapters.slack.fake_slack import FakeSlack

ASK = "<@U0MGR> Acme is pushing hard for 20% off. Can we approve that?"
TENANT = "slack:T1"


def channel_message(text: str, **kwargs: object) -> dict[str, object]:
    return payloads.message(text, channel=payloads.CHANNEL, channel_type="channel", **kwargs)


def buttons(blocks: list[dict]) -> list[dict]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


async def raise_alert(slack: Slack, ts: str = "1700005000.000100") -> dict[str, str]:
    """A rep with a current deal asks their manager in #sales; returns the button values."""
    slack.fake.names.update({payloads.REP: "dana", payloads.MANAGER: "maria"})
    await slack.dm("deal Acme")
    await slack.event(channel_message(ASK, ts=ts))
    manager_post = slack.fake.to("chat.postMessage")[-1]
    assert manager_post.params["channel"] == payloads.MANAGER
    return {b["text"]["text"]: b["value"] for b in buttons(manager_post.params["blocks"])}


async def test_a_message_that_is_not_a_discount_request_raises_no_alert(slack: Slack) -> None:
    await slack.event(channel_message("Hey team, lunch is in the kitchen today."))
    await slack.event(channel_message("Acme wants 15% off, I told them no."))
    assert slack.fake.to("chat.postMessage") == []
    assert await slack.services.store.list_alerts(TENANT) == []


async def test_a_discount_request_coaches_the_rep_privately_and_briefs_the_manager(
    slack: Slack,
) -> None:
    values = await raise_alert(slack)
    thread_reply, manager = slack.fake.to("chat.postMessage")[1:]
    assert thread_reply.params["channel"] == payloads.CHANNEL
    assert thread_reply.params["thread_ts"] == "1700005000.000100"
    note = section_texts(thread_reply.params["blocks"])
    assert "went to maria to decide" in note and "privately" in note
    (private,) = slack.fake.to("chat.postEphemeral")
    assert private.params["channel"] == payloads.CHANNEL
    assert private.params["user"] == payloads.REP
    assert private.params["thread_ts"] == "1700005000.000100"  # the note made it active
    coaching = section_texts(private.params["blocks"])
    assert "What are you getting in return?" in coaching
    assert "a longer commitment" in coaching  # the matrix's gets for a discount
    assert "up to 10%" in coaching  # the rep's own authority from the playbook
    assert not buttons(private.params["blocks"])
    brief = section_texts(manager.params["blocks"])
    assert "take 20% off the price" in brief and "commit to" in brief
    assert "dana" in brief
    assert list(values) == ["Approve", "Counter", "Decline"]
    (alert,) = await slack.services.store.list_alerts(TENANT)
    assert alert.approver == payloads.MANAGER and alert.rep == payloads.REP

    # the rest of the thread raises nothing new
    await slack.event(
        channel_message("<@U0MGR> really, 20% off, can we approve?", thread_ts="1700005000.000100")
    )
    assert len(slack.fake.to("chat.postMessage")) == 3
    assert len(await slack.services.store.list_alerts(TENANT)) == 1


async def test_approve_with_a_condition_is_recorded_in_the_ledger_and_posted_back(
    slack: Slack,
) -> None:
    values = await raise_alert(slack)
    await slack.press(values["Approve"], user=payloads.MANAGER, channel="D0MGR")
    (opened,) = slack.fake.to("views.open")
    view = opened.params["view"]
    assert view["callback_id"] == "alert_decision"
    assert view["blocks"][1]["element"]["initial_value"].startswith("if they commit to")
    response = await slack.form(
        payloads.view_submission(view["private_metadata"], "approved if 2-year term")
    )
    assert response.status == 200

    note, posted = slack.fake.to("chat.postMessage")[-2:]
    assert note.params["channel"] == payloads.CHANNEL
    assert note.params["thread_ts"] == "1700005000.000100"
    assert "maria has decided this request" in section_texts(note.params["blocks"])
    assert posted.params["channel"] == payloads.REP  # the decision in full: the rep's DM
    text = section_texts(posted.params["blocks"])
    assert "*Approved* by maria" in text and "approved if 2-year term" in text
    assert "Recorded in the ledger of *Acme*" in text
    replaced = slack.fake.to("response_url")[-1].params
    assert replaced["replace_original"] is True and not buttons(replaced["blocks"])

    deal = (await slack.services.store.list_deals(TENANT, payloads.REP))[0]
    (decision,) = [
        e for e in await slack.services.store.ledger(TENANT, deal.id) if e.side == "decision"
    ]
    assert decision.kind == "discount" and decision.author == payloads.MANAGER
    assert "approved" in decision.description and "2-year term" in decision.description
    (alert,) = await slack.services.store.list_alerts(TENANT)
    assert (alert.status, alert.decision, alert.decided_by) == (
        "approved",
        "approved if 2-year term",
        payloads.MANAGER,
    )

    # decided once: a second press is told so, and records nothing
    await slack.press(values["Decline"], user=payloads.MANAGER, channel="D0MGR")
    assert "already approved" in section_texts(slack.fake.to("response_url")[-1].params["blocks"])
    decisions = [
        e for e in await slack.services.store.ledger(TENANT, deal.id) if e.side == "decision"
    ]
    assert len(decisions) == 1


async def test_only_the_approver_or_a_manager_may_decide(slack: Slack) -> None:
    values = await raise_alert(slack)
    await slack.press(values["Decline"], user="U0OTHER", channel="D0OTHER")
    refusal = slack.fake.to("response_url")[-1].params
    assert refusal["response_type"] == "ephemeral" and refusal["replace_original"] is False
    assert "Only maria or a manager" in section_texts(refusal["blocks"])
    await slack.press(values["Decline"], user=payloads.REP, channel=payloads.DM)
    (alert,) = await slack.services.store.list_alerts(TENANT)
    assert alert.status == "open"

    await slack.services.store.upsert_user(User(TENANT, "U0BOSS", "boss", role="manager"))
    await slack.press(values["Decline"], user="U0BOSS", channel="D0BOSS")
    (alert,) = await slack.services.store.list_alerts(TENANT)
    assert alert.status == "declined" and alert.decided_by == "U0BOSS"
    assert "*Declined* by boss" in section_texts(
        slack.fake.to("chat.postMessage")[-1].params["blocks"]
    )


async def test_counter_requires_terms_and_is_posted_back(slack: Slack) -> None:
    values = await raise_alert(slack)
    await slack.press(values["Counter"], user=payloads.MANAGER, channel="D0MGR")
    view = slack.fake.to("views.open")[-1].params["view"]
    assert view["blocks"][1]["optional"] is False
    metadata = json.loads(view["private_metadata"])
    assert metadata["d"] == "counter"
    await slack.form(payloads.view_submission(view["private_metadata"], ""))
    (alert,) = await slack.services.store.list_alerts(TENANT)
    assert alert.status == "open"
    await slack.form(payloads.view_submission(view["private_metadata"], "12% with a 3-year term"))
    (alert,) = await slack.services.store.list_alerts(TENANT)
    assert alert.status == "countered"
    text = section_texts(slack.fake.to("chat.postMessage")[-1].params["blocks"])
    assert "*Countered* by maria" in text and "12% with a 3-year term" in text


async def test_alerts_off_in_a_channel_means_no_alert(slack: Slack) -> None:
    slack.fake.channels[payloads.CHANNEL] = {"creator": payloads.REP}  # the creator may
    await slack.command("alerts off", channel=payloads.CHANNEL, channel_name="sales")
    await slack.event(channel_message(ASK))
    assert slack.fake.to("chat.postMessage") == []


async def test_without_a_mention_the_deal_desk_channel_decides(
    fake: FakeSlack, store, tmp_path: Path
) -> None:
    settings = make_settings(fake, tmp_path, deal_desk_channel="C0DESK")
    client, services = await open_slack(fake, store, settings)
    try:
        slack = Slack(client, fake, services)
        await slack.settle()
        await slack.event(channel_message("Can we approve 20% off for Acme? They want to sign."))
        thread_reply, desk = fake.to("chat.postMessage")
        assert desk.params["channel"] == "C0DESK"
        assert "the deal desk" in section_texts(thread_reply.params["blocks"])
        values = {b["text"]["text"]: b["value"] for b in buttons(desk.params["blocks"])}
        await slack.press(values["Decline"], user="U0DESK1", channel="C0DESK")
        (alert,) = await services.store.list_alerts(TENANT)
        assert alert.status == "declined"
        # no current deal: the decision is posted, and says it is not in a ledger
        assert "no current deal" in section_texts(fake.to("chat.postMessage")[-1].params["blocks"])
    finally:
        await client.close()


async def test_a_decision_form_with_forged_metadata_is_refused(
    fake: FakeSlack, store, tmp_path: Path
) -> None:
    """Anyone can submit a view with any private_metadata: claiming the button was pressed
    in the deal desk channel (the approver) must not let a rep decide their own alert."""
    settings = make_settings(fake, tmp_path, deal_desk_channel="C0DESK")
    client, services = await open_slack(fake, store, settings)
    try:
        slack = Slack(client, fake, services)
        await slack.settle()
        await slack.event(channel_message("Can we approve 20% off for Acme? They want to sign."))
        (alert,) = await services.store.list_alerts(TENANT)
        forged = {"a": alert.id, "d": "approve", "c": "C0DESK", "r": ""}
        for metadata in (
            json.dumps(forged),  # unsigned, as before
            json.dumps({**forged, "s": "0" * 64}),  # signed with a guess
        ):
            response = await slack.form(
                payloads.view_submission(metadata, "fine by me", user=payloads.REP)
            )
            assert response.status == 200
        (alert,) = await services.store.list_alerts(TENANT)
        assert alert.status == "open" and alert.decided_by is None
        assert fake.to("views.open") == []
        assert len(fake.to("chat.postMessage")) == 2  # the thread reply and the desk's brief
    finally:
        await client.close()
