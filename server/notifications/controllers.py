"""Reminder API: the VAPID key and this device's subscription (/api/push), a test notification,
and the signed-in person's reminder preferences (/api/me/notification-preferences)."""

from __future__ import annotations

from litestar import Controller, Request, Response
from litestar.params import JSONBody

from server.core.http import app_settings, delete, get, post, put, utc_now
from server.core.openapi import refusal
from server.notifications import outbox, services
from server.notifications.schemas import (
    PreferencesIn,
    PreferencesOut,
    SubscriptionIn,
    SubscriptionOut,
    UnsubscribeIn,
    VapidKeyOut,
)
from server.security.guards import requires_signed_in


class PushController(Controller):
    path = "/push"
    tags = ["reminders"]
    guards = [requires_signed_in]

    @get("/vapid-public-key", summary="The key a browser subscribes with (applicationServerKey)")
    async def vapid_key(self, request: Request) -> VapidKeyOut:
        return VapidKeyOut(public_key=app_settings(request).vapid_public_key)

    @post(
        "/subscriptions",
        summary="Receive reminders on this device (the browser's PushSubscription JSON)",
    )
    async def subscribe(self, request: Request, data: JSONBody[SubscriptionIn]) -> SubscriptionOut:
        return await services.subscribe(request.user, data, app_settings(request), utc_now())

    @get("/subscriptions", summary="The devices that receive my reminders")
    async def devices(self, request: Request) -> list[SubscriptionOut]:
        return await services.subscriptions(request.user)

    @delete(
        "/subscriptions",
        summary="Stop reminders on this device",
        responses={404: refusal("This device is not subscribed.")},
    )
    async def unsubscribe(self, request: Request, data: JSONBody[UnsubscribeIn]) -> None:
        await services.unsubscribe(request.user, data.endpoint)

    @post(
        "/test", status_code=202, summary="Send a test notification to my devices (within a minute)"
    )
    async def test(self, request: Request) -> Response[dict]:
        queued = await outbox.queue_test(request.user.id, utc_now())
        return Response({"queued": queued}, status_code=202)


class PreferencesController(Controller):
    path = "/me/notification-preferences"
    tags = ["reminders"]
    guards = [requires_signed_in]

    @get("/", summary="My reminder preferences")
    async def preferences(self, request: Request) -> PreferencesOut:
        return await services.preferences(request.user.id)

    @put("/", summary="Set my reminder preferences")
    async def set_preferences(
        self, request: Request, data: JSONBody[PreferencesIn]
    ) -> PreferencesOut:
        return await services.set_preferences(request.user, data, utc_now())
