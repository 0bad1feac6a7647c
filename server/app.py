"""create_app(settings) -> the Litestar application."""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

import asyncpg
from litestar import Request, Response, Router
from litestar.datastructures import CacheControlHeader, State
from litestar.exceptions import ClientException, SerializationException, ValidationException
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin
from litestar.static_files import create_static_files_router

from server.accounts.controllers import AuthController, FactorController
from server.accounts.middleware import SessionMiddleware, reader_locale
from server.audit import services as audit
from server.care.controllers import CareTeamController, OnCallController, counselors
from server.checkins.controllers import CheckinController, CheckinPolicyController, ReviewController
from server.core import db, i18n, validation
from server.core.errors import AccessDenied, ProblemError
from server.core.http import CompanionApp, get
from server.core.static import api_middleware, web_middleware
from server.homework.controllers import (
    AssignmentController,
    ClientHomeworkController,
    HomeworkController,
)
from server.measures.controllers import (
    MyMeasuresController,
    MySafetyPlanController,
    StaffMeasuresController,
    TrackSchedulesController,
)
from server.meetings.controllers import (
    CounselorAftercareController,
    MeetingController,
    MeetingDirectoryController,
    MyAftercareController,
)
from server.notifications.controllers import PreferencesController, PushController
from server.people.controllers import (
    ActivationController,
    InvitationController,
    PeopleController,
    invite_tracks,
)
from server.programs.controllers import (
    AdminController,
    CounselorController,
    MyScheduleController,
    calendar_feed,
)
from server.security.passwords import Passwords
from server.settings import Settings
from server.testing.controllers import (
    ClientTestsController,
    DrugTestController,
    MyTestingController,
    TestingPolicyController,
)
from server.today.cache import PATH as TODAY_PATH
from server.today.cache import TodayCache
from server.today.controllers import CACHE as TODAY_CACHE
from server.today.controllers import TodayController

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_BODY_BYTES = 256 * 1024
mimetypes.add_type("application/manifest+json", ".webmanifest")

log = logging.getLogger(__name__)


def create_app(
    settings: Settings, *, run_jobs: bool = False, engine: db.Database | None = None
) -> CompanionApp:
    """The API, the PWA and, when `run_jobs`, the scheduler in the same process.

    Args:
        engine: an engine the caller has started and will stop (tests share one per test);
            by default the app builds its own and starts and stops it with its lifespan.
    """
    owns_engine = engine is None
    engine = engine or db.build_engine(settings.database_url, settings.db_pool_size)
    passwords = Passwords(settings.hash_concurrency)
    scheduler = None
    if run_jobs:
        from jobs.scheduler import build_scheduler

        scheduler = build_scheduler(settings)

    async def start() -> None:
        db.bind(engine)
        if owns_engine:
            await engine.start()
        if scheduler is not None:
            scheduler.start()

    async def stop() -> None:
        if scheduler is not None:
            from jobs.scheduler import close_scheduler

            await close_scheduler(scheduler)
        if owns_engine:
            await engine.stop()
        passwords.close()

    api = Router(
        "/api",
        route_handlers=[
            AuthController,
            FactorController,
            MyScheduleController,
            CounselorController,
            AdminController,
            TodayController,
            CheckinController,
            ReviewController,
            CheckinPolicyController,
            MyMeasuresController,
            MySafetyPlanController,
            StaffMeasuresController,
            TrackSchedulesController,
            CareTeamController,
            OnCallController,
            counselors,
            MeetingController,
            MyAftercareController,
            MeetingDirectoryController,
            CounselorAftercareController,
            HomeworkController,
            AssignmentController,
            ClientHomeworkController,
            PushController,
            PreferencesController,
            MyTestingController,
            DrugTestController,
            ClientTestsController,
            TestingPolicyController,
            PeopleController,
            InvitationController,
            ActivationController,
            invite_tracks,
        ],
        middleware=[*api_middleware(), DefineMiddleware(SessionMiddleware, settings=settings)],
    )
    web = create_static_files_router(
        path="/",
        directories=[WEB_DIR],
        html_mode=True,
        cache_control=CacheControlHeader(no_cache=True),
        name="web",
        middleware=web_middleware(),  # gzip, and 304 when the phone's copy is current
    )
    today_cache = TodayCache(settings)
    app = CompanionApp(
        settings=settings,
        passwords=passwords,
        fast_gets={TODAY_PATH: today_cache.serve},
        reader_locale=lambda scope: reader_locale(scope, settings),
        route_handlers=[api, healthz, calendar_feed, web],
        on_startup=[start],
        on_shutdown=[stop],
        exception_handlers={
            ProblemError: problem_response,
            ClientException: client_error_response,
            asyncpg.DataError: unstorable_value_response,
            OverflowError: unstorable_value_response,
            **{error: unavailable_response for error in db.UNAVAILABLE_ERRORS},
            500: internal_error_response,
        },
        after_exception=[audit_denial],
        request_max_body_size=MAX_BODY_BYTES,
        openapi_config=_openapi() if settings.api_docs else None,
        logging_config=None,
        state=State({TODAY_CACHE: today_cache}),
    )
    return app


@get("/healthz", include_in_schema=False)
async def healthz(request: Request) -> Response[dict]:
    if await db.ping():
        return Response({"status": "ok"})
    return Response(
        {
            "status": "unavailable",
            "detail": i18n.text(
                i18n.request_locale(request.scope), "The database is not answering."
            ),
        },
        status_code=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


# Every refusal below is written in the asker's language (i18n.request_locale: the signed-in
# person's, else their browser's Accept-Language); its English is what logs and tests read.


def _problem(
    request: Request,
    status: int,
    message: str,
    headers: dict[str, str] | None = None,
    **values: object,
) -> Response:
    detail = i18n.text(i18n.request_locale(request.scope), message, **values)
    return Response({"status_code": status, "detail": detail}, status_code=status, headers=headers)


def problem_response(request: Request, exc: ProblemError) -> Response:
    detail = exc.text(i18n.request_locale(request.scope))
    body = {"status_code": exc.status_code, "detail": detail}
    if exc.code is not None:
        body["code"] = exc.code
    return Response(
        body,
        status_code=exc.status_code,
        headers=exc.headers,
    )


def unstorable_value_response(request: Request, exc: Exception) -> Response:
    """A value the database refuses (PostgreSQL: an id beyond its integer range, NUL in text;
    SQLite: an integer beyond 64 bits; either: a date past year 9999). Nothing was stored: it
    is the request's fault, so a 400, and the value itself is never logged."""
    return _problem(
        request,
        400,
        "A value in the request cannot be stored: a number or date out of range, or text with "
        "a NUL character. Check the values and try again.",
    )


RETRY_AFTER_SECONDS = 5


def unavailable_response(request: Request, exc: Exception) -> Response:
    """The database is down, restarting or out of connections: 503 and when to try again (the
    pool reconnects by itself once it is back). Any other error of these types is a 500."""
    if not db.is_unavailable(exc):
        return internal_error_response(request, exc)
    return _problem(
        request,
        503,
        "The database is not answering right now. Nothing was lost; try again in a few seconds.",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def internal_error_response(request: Request, exc: Exception) -> Response:
    """Anything unexpected (audit_denial logs it): a 500 that says only that."""
    return _problem(request, 500, "Internal Server Error")


_outage = db.OutageLog(log, "requests answered 503")


def client_error_response(request: Request, exc: ClientException) -> Response:
    """Litestar's 4xx answers, with details a person can act on, in the asker's language.

    A bad field names itself ('password: Expected `str` of length >= 1'; the field's name is
    the API's key, never translated); a body that is not JSON says so.
    """
    locale = i18n.request_locale(request.scope)
    if isinstance(exc, ValidationException) and isinstance(exc.extra, list) and exc.extra:
        detail = "; ".join(_describe_problem(problem, locale) for problem in exc.extra)
    elif isinstance(exc.__cause__, SerializationException):
        detail = i18n.text(
            locale,
            "The request body is not valid JSON ({problem}).",
            problem=validation.json_problem(str(exc.detail), locale),
        )
    else:
        detail = validation.litestar_detail(str(exc.detail), locale)
    return Response(
        {"status_code": exc.status_code, "detail": detail},
        status_code=exc.status_code,
        headers=exc.headers,
    )


def _describe_problem(problem: dict, locale: str) -> str:
    key, message = problem.get("key"), str(problem.get("message"))
    if key == "data":  # the body as a whole
        if message == "'data'":
            return i18n.text(locale, "The request body is missing.")
        return i18n.text(
            locale, "request body: {problem}", problem=validation.value_problem(message, locale)
        )
    described = validation.value_problem(message, locale)
    return f"{key}: {described}" if key else described


async def audit_denial(exc: Exception, scope) -> None:
    """Audit every AccessDenied; log anything unexpected (it becomes a 500)."""
    if isinstance(exc, AccessDenied):
        user = scope.get("user")
        await audit.record(
            audit.ACCESS_DENIED,
            outcome="denied",
            actor=user.id if user is not None else None,
            subject=f"{scope['method']} {scope.get('path_template') or '(no route)'}",
            patient=exc.patient_id,
        )
    elif db.is_unavailable(exc):
        _outage.note(exc, f"{scope.get('method')} {scope.get('path_template')}")
    elif (
        not isinstance(exc, (ProblemError, ClientException, asyncpg.DataError, OverflowError))
        and getattr(exc, "status_code", 500) >= 500
    ):
        log.error(
            "unhandled error on %s %s",
            scope.get("method"),
            scope.get("path_template"),
            exc_info=exc,
        )


def _openapi() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="IOP Companion API",
        version="0.1.0",
        path="/api/schema",
        render_plugins=[JsonRenderPlugin()],
    )
