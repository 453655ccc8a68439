"""Map a per-article function over many articles on all cores, with a progress bar for long
runs; small inputs run in-process (starting workers would cost more than it saves).

>>> parallel_map(len, ["a", "bb", "ccc"])
[1, 2, 3]
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL = 200  # below this many items, work in this process
PROGRESS_FROM = 1000  # show a progress bar from this many items (when stderr is a terminal)


def workers() -> int:
    """Processes to use: ``OUTLET_BRIEFING_WORKERS`` if set, else every core."""
    return int(os.environ.get("OUTLET_BRIEFING_WORKERS") or os.cpu_count() or 1)


INTERRUPTIONS = frozenset({signal.SIGINT, signal.SIGTERM})  # Ctrl-C and `kill`


@contextmanager
def interruptions_held():
    """Hold Ctrl-C and ``kill`` while processes fork: a signal that arrives meanwhile is delivered
    when the block ends, in ordinary code, instead of inside the standard library's fork hooks
    (where Python can only print it as an ignored exception with a traceback and carry on). The
    forked processes start with the signals held and release them with ``release_interruptions``.
    The signals are held for the calling thread: in a process with other threads, one of them may
    take a signal meant for the process (the build forks its analysis with one thread running)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, INTERRUPTIONS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def release_interruptions() -> None:
    """In a process forked under ``interruptions_held``: take signals again."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, INTERRUPTIONS)


def quiet_worker() -> None:
    """Workers leave interruption to their parent, which stops them (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    release_interruptions()


class _Done:
    """The result of work already done, with the interface of a future."""

    def __init__(self, func: Callable[..., R], args: tuple) -> None:
        self._value = func(*args)

    def result(self) -> R:
        return self._value


def in_background(func: Callable[..., R], *args, min_size: int = 0, size: int = 0):
    """Start ``func(*args)`` on another core (a forked process) and return at once; call
    ``.result()`` for its value. In this process instead, at once, when ``size`` is below
    ``min_size``, there is one worker, or fork is not available. ``func`` and its result must be
    picklable."""
    if size < min_size or workers() == 1 or sys.platform != "linux":
        return _Done(func, args)
    return _Background(func, args)


def _send_result(conn, func: Callable[..., R], args: tuple) -> None:
    quiet_worker()
    try:
        outcome = ("ok", func(*args))
    except Exception as err:  # noqa: BLE001 - raised again by .result() in the parent
        outcome = ("error", err)
    conn.send(outcome)
    conn.close()


class _Background:
    """``func(*args)`` in one forked process that sends its result down a pipe; ``.result()``
    waits for it, raises what the work raised, and does the work in this process when the other
    one died (killed for memory, say), so a lost helper never loses the analysis. A plain process,
    not a process pool: a pool's manager thread, racing this process's exit when the analysis
    stops with the task still running, could print an exception of its own. The process is a
    daemon, stopped when this one exits or when the handle is dropped unread."""

    def __init__(self, func: Callable[..., R], args: tuple) -> None:
        import multiprocessing
        import weakref

        self._func, self._args = func, args
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_send_result, args=(send, func, args), daemon=True)
        with interruptions_held():
            self._process.start()
        send.close()  # the worker holds the only sending end: its death is an end of file here
        weakref.finalize(self, _stop, self._process, os.getpid())

    def result(self) -> R:
        try:
            status, value = self._receive.recv()
        except EOFError:
            status, value = "lost", None
        self._process.join()
        self._receive.close()
        if status == "lost":
            return self._func(*self._args)
        if status == "error":
            raise value
        return value


def _stop(process, owner: int) -> None:
    if os.getpid() == owner and process.is_alive():  # not in a process forked since
        process.terminate()
        process.join()


def parallel_map(func: Callable[[T], R], items: Iterable[T], chunksize: int = 16, min_parallel: int | None = None,
                 description: str = "articles") -> list[R]:
    """``[func(x) for x in items]`` in order, on all cores when there are many items.
    ``func`` must be picklable (a module-level function or a functools.partial of one)."""
    items = list(items)
    min_parallel = MIN_PARALLEL if min_parallel is None else min_parallel
    n = workers()
    show = len(items) >= PROGRESS_FROM and sys.stderr.isatty()
    if len(items) < min_parallel or n == 1:
        results = map(func, items)
        pool = None
    else:
        import multiprocessing

        with interruptions_held():
            pool = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn").Pool(
                n, initializer=release_interruptions)
        results = pool.imap(func, items, chunksize=chunksize)
    try:
        if show:
            from tqdm import tqdm

            results = tqdm(results, total=len(items), unit=description.rstrip("s"), desc=description, file=sys.stderr)
        return list(results)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
