"""The botbuilder layer: CloudAdapter with JWT validation, backoff and one turn's outbox.

Everything here speaks botbuilder; what it hands the coaching jobs is plain
JSON (the activity) and :class:`TurnOutbox`, so the jobs and the engine never
hold an SDK object.
"""

from __future__ import annotations

from typing import Any

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    CallerIdConstants,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
    ResourceResponse,
)
from botframework.connector.auth import (
    AuthenticateRequestResult,
    ClaimsIdentity,
    ConnectorFactory,
)
from botframework.connector.auth import (
    AuthenticationConstants as Constants,
)
from urllib3 import Retry

from adapters.teams.config import TeamsConfig
from adapters.teams.retry import Backoff
from adapters.teams.signing_keys import install as install_signing_keys


class _Configuration:
    """The attribute names ConfigurationBotFrameworkAuthentication reads."""

    def __init__(self, config: TeamsConfig) -> None:
        self.APP_ID = config.app_id or None
        self.APP_PASSWORD = config.app_password or None
        self.APP_TENANTID = config.tenant_id or None
        self.APP_TYPE = config.app_type
        if config.openid_metadata_url:
            # Setting any endpoint makes botbuilder expect all of them: the public
            # cloud's, with every key lookup (emulator tokens too) at the given URL.
            self.TO_CHANNEL_FROM_BOT_LOGIN_URL = Constants.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX
            self.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE = Constants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
            self.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = Constants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
            self.OAUTH_URL = Constants.OAUTH_URL
            self.CALLER_ID = CallerIdConstants.public_azure_channel
            self.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = config.openid_metadata_url
            self.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = config.openid_metadata_url


class _OneRetryPolicy(ConnectorFactory):
    """Connector clients without msrest's status retries: :class:`Backoff` is the policy
    (msrest would retry 5xx without jitter and turn an exhausted 502 into a status-less
    error). Connection failures keep msrest's few retries."""

    def __init__(self, inner: ConnectorFactory) -> None:
        self._inner = inner

    async def create(self, service_url: str, audience: str | None = None) -> Any:
        client = await self._inner.create(service_url, audience)
        policy = client.config.retry_policy
        policy.policy = Retry(total=3, connect=3, read=0, status=0, status_forcelist=())
        return client


class CoachAuthentication(ConfigurationBotFrameworkAuthentication):
    """botbuilder's JWT validation, with the signing keys fetched off the event loop."""

    def __init__(self, config: TeamsConfig) -> None:
        install_signing_keys()
        super().__init__(_Configuration(config))

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        result = await super().authenticate_request(activity, auth_header)
        result.connector_factory = _OneRetryPolicy(result.connector_factory)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return _OneRetryPolicy(super().create_connector_factory(claims_identity))


class CoachAdapter(CloudAdapter):
    """CloudAdapter whose every connector call backs off on 429, 412, 502 and 504."""

    def __init__(self, config: TeamsConfig, backoff: Backoff | None = None) -> None:
        super().__init__(CoachAuthentication(config))
        self.config = config
        self.backoff = backoff or Backoff()

    async def send_activities(
        self, context: TurnContext, activities: list[Activity]
    ) -> list[ResourceResponse]:
        send = super().send_activities
        responses: list[ResourceResponse] = []
        for activity in activities:
            sent = await self.backoff.run(lambda a=activity: send(context, [a]), "send")
            responses.extend(sent)
        return responses

    async def update_activity(self, context: TurnContext, activity: Activity) -> Any:
        update = super().update_activity
        return await self.backoff.run(lambda: update(context, activity), "update")


def to_activity(payload: dict[str, Any]) -> Activity:
    return Activity().deserialize(payload)


class TurnOutbox:
    """One turn's outgoing calls, each with backoff; the jobs see only this and JSON."""

    def __init__(self, context: TurnContext, backoff: Backoff, payload: dict[str, Any]) -> None:
        self._context = context
        self._backoff = backoff
        self.activity = payload  # the inbound activity's JSON as Teams sent it

    @property
    def _connector(self) -> Any:
        return self._context.turn_state[self._context.adapter.BOT_CONNECTOR_CLIENT_KEY]

    async def reply(self, payload: dict[str, Any]) -> str:
        """Answer in the activity's own conversation (its thread, in a channel)."""
        sent = await self._context.send_activity(to_activity(payload))
        return sent.id if sent and sent.id else ""

    async def send_to(self, conversation_id: str, payload: dict[str, Any]) -> str:
        """Post into another conversation of the same tenant (a thread, a channel, a chat)."""
        activity = to_activity(payload)
        activity.conversation = ConversationAccount(id=conversation_id)
        activity.from_property = self._context.activity.recipient
        conversations = self._connector.conversations
        sent = await self._backoff.run(
            lambda: conversations.send_to_conversation(conversation_id, activity), "post"
        )
        return str(sent.id) if sent and sent.id else ""

    async def update(self, activity_id: str, payload: dict[str, Any]) -> None:
        """Replace a message the bot sent in this conversation (e.g. a card's buttons)."""
        activity = to_activity(payload)
        activity.id = activity_id
        activity.conversation = self._context.activity.conversation
        await self._context.update_activity(activity)

    async def open_personal(self, user_id: str, tenant_id: str) -> str:
        """The bot's 1:1 chat with ``user_id`` (Teams returns the existing one if any)."""
        params = ConversationParameters(
            is_group=False,
            bot=self._context.activity.recipient,
            members=[ChannelAccount(id=user_id)],
            tenant_id=tenant_id,
            channel_data={"tenant": {"id": tenant_id}},
        )
        conversations = self._connector.conversations
        created = await self._backoff.run(
            lambda: conversations.create_conversation(params), "open chat"
        )
        return str(created.id)

    async def invoke_response(self, body: dict[str, Any], status: int = 200) -> None:
        """What an invoke (Action.Execute) is answered with, in the HTTP response."""
        response = Activity(
            type=ActivityTypes.invoke_response, value=InvokeResponse(status=status, body=body)
        )
        await self._context.send_activity(response)
