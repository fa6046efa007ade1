"""With an app id configured, only the Bot Connector's signed tokens get in: every token
failure is a 401 that stores nothing, malformed JSON a 400; a valid token is served."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.adapters.teams import activities as a
from tests.adapters.teams.conftest import Teams, make_settings, open_teams
from tests.adapters.teams.fake_connector import FakeConnector
from tests.adapters.teams.fake_openid import FakeOpenId

APP_ID = "00000000-0000-4000-8000-00000000c0ac"
TENANT = "teams:" + a.TENANT


@pytest.fixture
def openid() -> AsyncIterator[FakeOpenId]:
    server = FakeOpenId()
    server.start()
    yield server
    server.close()


@pytest.fixture
async def secured(connector: FakeConnector, store: Any, openid: FakeOpenId) -> AsyncIterator[Teams]:
    settings = make_settings(
        teams_allow_unauthenticated=False,
        microsoft_app_id=APP_ID,
        microsoft_app_password="not-a-real-secret",
        teams_openid_metadata_url=openid.metadata_url,
    )
    client, services = await open_teams(store, settings)
    yield Teams(client, connector, services)
    await client.close()


def unaddressed(teams: Teams) -> dict[str, Any]:
    """A channel message the coach reads but does not answer (nothing to send)."""
    return a.channel("Lunch is in the kitchen today.", teams.url)


async def assert_nothing_stored(teams: Teams, activity: dict[str, Any]) -> None:
    store = teams.services.store
    assert await store.get_conversation_ref(TENANT, a.REP) is None
    assert await store.get_user(TENANT, a.REP) is None
    # the activity was never recorded: the same id still counts as new
    from adapters.teams.inbox import Inbox, inbound_key

    key = inbound_key(activity)
    assert key is not None and await Inbox(store, "probe").admit(key, activity)
    assert teams.connector.calls == []


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def bad_headers(teams: Teams, openid: FakeOpenId) -> dict[str, str | None]:
    url = teams.url
    unsigned = _b64({"alg": "none"}) + "." + _b64(openid.claims(APP_ID, url)) + "."
    return {
        "missing": None,
        "empty bearer": "Bearer ",
        "not a jwt": "Bearer abc",
        "garbage segments": "Bearer a.b.c",
        "wrong scheme": "Basic " + openid.token(APP_ID, url),
        "unsigned": "Bearer " + unsigned,
        "forged, known key id": "Bearer " + openid.forge(APP_ID, url),
        "forged, unknown key id": "Bearer " + openid.forge(APP_ID, url, kid="other"),
        "wrong audience": "Bearer " + openid.token("someone-else", url),
        "wrong issuer": "Bearer " + openid.token(APP_ID, url, iss="https://evil.example"),
        "expired": "Bearer " + openid.token(APP_ID, url, exp=1_600_000_000, nbf=1_500_000_000),
        "other serviceUrl": "Bearer " + openid.token(APP_ID, "https://smba.example/emea/"),
        "no serviceUrl": "Bearer " + openid.token(APP_ID, url, serviceurl=None),
    }


async def test_every_token_failure_is_a_401_that_stores_nothing(
    secured: Teams, openid: FakeOpenId
) -> None:
    for name, header in bad_headers(secured, openid).items():
        activity = unaddressed(secured)
        headers = {"Authorization": header} if header is not None else {}
        response = await secured.post(activity, headers=headers)
        assert response.status == 401, name
        await assert_nothing_stored(secured, activity)


async def test_a_token_signed_by_the_published_key_is_served(
    secured: Teams, openid: FakeOpenId
) -> None:
    activity = unaddressed(secured)
    token = openid.token(APP_ID, secured.url)
    response = await secured.post(activity, headers={"Authorization": f"Bearer {token}"})
    assert response.status == 200
    ref = await secured.services.store.get_conversation_ref(TENANT, a.REP)
    assert ref is not None and ref["serviceUrl"] == secured.url
    assert openid.fetches >= 2  # metadata and keys came from the fake, not the internet


async def test_malformed_bodies_are_a_400(secured: Teams, openid: FakeOpenId) -> None:
    token = "Bearer " + openid.token(APP_ID, secured.url)
    for body in (b"{not json", b"[1, 2]", b'{"no": "type"}', b"\xff\xfe", b'{"type": 5}'):
        response = await secured.post(body, headers={"Authorization": token})
        assert response.status == 400, body
    assert secured.connector.calls == []


async def test_without_an_app_id_or_the_flag_the_endpoint_is_not_served(store: Any) -> None:
    client, _ = await open_teams(store, make_settings(teams_allow_unauthenticated=False))
    try:
        response = await client.post("/api/messages", json={"type": "message"})
        assert response.status == 404
    finally:
        await client.close()


def test_the_unauthenticated_flag_with_an_app_id_is_refused() -> None:
    from adapters.teams.config import TeamsConfig

    settings = make_settings(microsoft_app_id=APP_ID, microsoft_app_password="x")
    with pytest.raises(ValueError, match="TEAMS_ALLOW_UNAUTHENTICATED"):
        TeamsConfig.from_settings(settings)


async def test_the_same_activity_twice_is_handled_once(teams: Teams) -> None:
    activity = a.personal("deal Acme", teams.url)
    first = await teams.post(activity)
    again = await teams.post(activity)
    assert (first.status, again.status) == (200, 200)
    assert len(teams.connector.sent) == 1


async def test_fetching_the_signing_keys_does_not_block_the_event_loop(
    secured: Teams, openid: FakeOpenId
) -> None:
    """The key server answers slowly; the app keeps serving meanwhile."""
    openid.delay = 0.5  # for the metadata and again for the keys
    token = "Bearer " + openid.token(APP_ID, secured.url)
    gaps: list[float] = []

    async def tick() -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(0.01)
            gaps.append(loop.time() - before)

    ticker = asyncio.create_task(tick())
    post = asyncio.create_task(secured.post(unaddressed(secured), headers={"Authorization": token}))
    try:
        await asyncio.to_thread(openid.requested.wait, 5)  # the fetch is under way
        health = await secured.client.get("/healthz")
        assert health.status == 200 and not post.done()  # answered during the fetch
        assert (await post).status == 200
    finally:
        ticker.cancel()
    assert max(gaps) < 0.25  # the loop never stood still for a fetch


async def test_requests_waiting_for_the_keys_share_one_fetch(
    secured: Teams, openid: FakeOpenId
) -> None:
    openid.delay = 0.2
    token = "Bearer " + openid.token(APP_ID, secured.url)
    posts = [secured.post(unaddressed(secured), headers={"Authorization": token}) for _ in range(3)]
    responses = await asyncio.gather(*posts)
    assert [r.status for r in responses] == [200, 200, 200]
    assert openid.fetches == 2  # the metadata and the keys, once


@pytest.mark.parametrize("trouble", ["error status", "too slow"])
async def test_keys_that_cannot_be_fetched_are_a_503_that_stores_nothing(
    secured: Teams, openid: FakeOpenId, monkeypatch: pytest.MonkeyPatch, trouble: str
) -> None:
    from adapters.teams.signing_keys import SigningKeys

    if trouble == "error status":
        openid.status = 500
    else:
        monkeypatch.setattr(SigningKeys, "timeout", 0.2)
        openid.delay = 0.5
    activity = unaddressed(secured)
    token = "Bearer " + openid.token(APP_ID, secured.url)
    response = await secured.post(activity, headers={"Authorization": token})
    assert response.status == 503
    await assert_nothing_stored(secured, activity)

    openid.status, openid.delay = 200, 0.0  # the key server is back: fetched again
    again = await secured.post(unaddressed(secured), headers={"Authorization": token})
    assert again.status == 200


async def test_a_storage_outage_is_a_503_and_the_resent_activity_is_answered_once(
    connector: FakeConnector, sqlite_url: str
) -> None:
    """Nothing is acknowledged that was not recorded; Teams' re-send is taken once back."""
    import sqlite3

    from storage.sql_store import open_sql_store

    async with open_sql_store(sqlite_url) as store:
        client, services = await open_teams(store, make_settings())
        teams = Teams(client, connector, services)
        try:
            activity = a.personal("deal Acme", teams.url)
            # Another process holds SQLite's write lock until the busy timeout runs out.
            blocker = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
            blocker.execute("BEGIN EXCLUSIVE")
            try:
                refused = await teams.post(activity)
            finally:
                blocker.execute("ROLLBACK")
                blocker.close()
            assert refused.status == 503
            assert connector.sent == []
            again = await teams.post(activity)
            assert again.status == 200
            assert len(connector.sent) == 1
            assert await store.pending_inbound("teams") == []
        finally:
            await client.close()


EMULATOR_ISSUER = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"


def emulator_token(openid: FakeOpenId) -> str:
    """What the Bot Framework Emulator sends: an AAD issuer and no serviceurl claim."""
    return "Bearer " + openid.token(
        APP_ID, "", serviceurl=None, iss=EMULATOR_ISSUER, ver="1.0", appid=APP_ID
    )


async def test_a_token_without_exp_is_refused(secured: Teams, openid: FakeOpenId) -> None:
    activity = unaddressed(secured)
    token = openid.token(APP_ID, secured.url, exp=None)
    response = await secured.post(activity, headers={"Authorization": f"Bearer {token}"})
    assert response.status == 401
    await assert_nothing_stored(secured, activity)


async def test_an_emulator_token_is_refused_unless_enabled(
    secured: Teams, openid: FakeOpenId
) -> None:
    for service_url in (secured.url, "https://attacker.example/"):
        activity = a.channel("Lunch is in the kitchen today.", service_url)
        response = await secured.post(activity, headers={"Authorization": emulator_token(openid)})
        assert response.status == 401, service_url
        await assert_nothing_stored(secured, activity)


@pytest.fixture
async def emulator(
    connector: FakeConnector, store: Any, openid: FakeOpenId
) -> AsyncIterator[Teams]:
    settings = make_settings(
        teams_allow_unauthenticated=False,
        teams_allow_emulator=True,
        microsoft_app_id=APP_ID,
        microsoft_app_password="not-a-real-secret",
        teams_openid_metadata_url=openid.metadata_url,
    )
    client, services = await open_teams(store, settings)
    yield Teams(client, connector, services)
    await client.close()


async def test_an_enabled_emulator_is_served_only_on_a_loopback_service_url(
    emulator: Teams, openid: FakeOpenId
) -> None:
    for service_url in (
        "https://attacker.example/",
        "http://10.0.0.8:9000/",
        "http://localhost.evil.example/",
    ):
        activity = a.channel("Lunch is in the kitchen today.", service_url)
        response = await emulator.post(activity, headers={"Authorization": emulator_token(openid)})
        assert response.status == 401, service_url
        await assert_nothing_stored(emulator, activity)
    activity = unaddressed(emulator)  # the fake connector, on 127.0.0.1
    response = await emulator.post(activity, headers={"Authorization": emulator_token(openid)})
    assert response.status == 200
    ref = await emulator.services.store.get_conversation_ref(TENANT, a.REP)
    assert ref is not None and ref["serviceUrl"] == emulator.url


async def test_a_deeply_nested_activity_is_a_400_that_stores_nothing(
    secured: Teams, openid: FakeOpenId
) -> None:
    token = "Bearer " + openid.token(APP_ID, secured.url)
    activity = unaddressed(secured)
    deep: Any = 1
    for _ in range(200):
        deep = {"a": deep}
    bodies = {
        "nested past the parser": b'{"type": "message", "x": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
        "nested in channelData": json.dumps({**activity, "channelData": deep}).encode(),
        "nested value": json.dumps({**activity, "value": deep}).encode(),
    }
    for name, body in bodies.items():
        response = await secured.post(body, headers={"Authorization": token})
        assert response.status == 400, name
        assert "nested" in (await response.json())["error"]
    await assert_nothing_stored(secured, activity)
