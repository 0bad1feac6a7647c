"""Log lines are batched, but nothing is lost or reordered, and warnings go out at once."""

from __future__ import annotations

import io
import logging
import threading
import time

from server.logs import BatchingStderrHandler


def handler_on(stream: io.StringIO) -> tuple[BatchingStderrHandler, logging.Logger]:
    handler = BatchingStderrHandler()
    handler.setStream(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger(f"test.batching.{id(stream)}")
    logger.propagate = False
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    return handler, logger


def test_info_lines_wait_and_a_warning_flushes_them_in_order():
    stream = io.StringIO()
    handler, logger = handler_on(stream)
    try:
        logger.info("first")
        logger.info("second")
        assert stream.getvalue() == ""  # batched
        logger.warning("third")
        assert stream.getvalue() == "INFO first\nINFO second\nWARNING third\n"
    finally:
        handler.close()


def test_the_flusher_writes_waiting_lines_soon():
    stream = io.StringIO()
    handler, logger = handler_on(stream)
    try:
        logger.info("waiting")
        deadline = time.monotonic() + 2.0
        while not stream.getvalue() and time.monotonic() < deadline:
            threading.Event().wait(0.02)
        assert stream.getvalue() == "INFO waiting\n"
    finally:
        handler.close()


def test_closing_writes_what_is_left():
    stream = io.StringIO()
    handler, logger = handler_on(stream)
    logger.info("last words")
    handler.close()
    assert stream.getvalue() == "INFO last words\n"


def test_request_lines_are_formatted_like_any_other_line_and_kept_in_order():
    stream = io.StringIO()
    handler, logger = handler_on(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    try:
        logger.info("before")
        handler.add_request_line(time.time(), "GET", "/api/auth/me", 200, 0.42)
        logger.error("after")
    finally:
        handler.close()
    lines = stream.getvalue().splitlines()
    assert [line.split(" ", 2)[2] for line in lines] == [
        f"INFO {logger.name}: before",
        "INFO companion.access: GET /api/auth/me 200 0.4ms",
        f"ERROR {logger.name}: after",
    ]
    assert all(line[:4].isdigit() and line[19] == "," for line in lines)  # the same timestamp shape
