"""Log lines are batched, but nothing is lost or reordered, and warnings go out at once."""

from __future__ import annotations

import io
import logging
import threading
import time

from server.core.logs import MAX_QUEUED_LINES, BatchingStderrHandler


def handler_on(stream: io.StringIO) -> tuple[BatchingStderrHandler, logging.Logger]:
    handler = BatchingStderrHandler()
    handler.setStream(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger(f"test.batching.{id(stream)}")
    logger.propagate = False
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    return handler, logger


def written(stream: io.StringIO, expected: str, within: float = 2.0) -> str:
    """What the writer thread has written once `expected` is there, or after `within` seconds."""
    deadline = time.monotonic() + within
    while stream.getvalue() != expected and time.monotonic() < deadline:
        threading.Event().wait(0.01)
    return stream.getvalue()


def test_info_lines_are_written_soon_and_a_warning_at_once_in_order():
    stream = io.StringIO()
    handler, logger = handler_on(stream)
    try:
        logger.info("first")
        logger.info("second")
        logger.warning("third")
        started = time.monotonic()
        assert written(stream, "INFO first\nINFO second\nWARNING third\n") == (
            "INFO first\nINFO second\nWARNING third\n"
        )
        assert time.monotonic() - started < 0.15  # woken by the warning, not the 0.2 s tick
    finally:
        handler.close()


def test_the_writer_writes_waiting_lines_within_its_interval():
    stream = io.StringIO()
    handler, logger = handler_on(stream)
    try:
        logger.info("waiting")
        assert written(stream, "INFO waiting\n") == "INFO waiting\n"
    finally:
        handler.close()


def test_a_stalled_stderr_never_blocks_the_caller_and_drops_are_reported():
    class Stalled(io.StringIO):
        def __init__(self):
            super().__init__()
            self.release = threading.Event()

        def write(self, text):
            self.release.wait(5)
            return super().write(text)

    stream = Stalled()
    handler, logger = handler_on(stream)
    try:
        logger.warning("wakes the writer, which then blocks in write()")
        threading.Event().wait(0.05)
        started = time.monotonic()
        for _ in range(MAX_QUEUED_LINES + 10):
            handler.add_request_line(time.time(), "GET", "/x", 200, 0.1)
        assert time.monotonic() - started < 2.0  # queued, not written, not blocked
        stream.release.set()
    finally:
        handler.close()
    lines = stream.getvalue().splitlines()
    assert len([line for line in lines if "GET /x" in line]) == MAX_QUEUED_LINES
    assert lines[-1].endswith("10 log lines dropped: stderr was not keeping up")


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
