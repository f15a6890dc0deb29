"""Analyse many articles on several cores: ``--jobs N`` worker processes over the articles.

Each article is analysed on its own (assemble is where articles meet), so the articles are
dealt out in order to worker processes, each of which loads the pipeline once, and the
findings come back in the order of the articles: the extraction is the same whatever the
number of workers. Workers are started with ``spawn`` (a fresh interpreter, as on macOS and
Windows) rather than forked from a process that may hold threads, open files or a terminal.
A script that asks for workers from Python needs the usual ``if __name__ == "__main__":``
guard, as every user of spawn does: each worker imports the script's main module again.

Starting a worker costs an interpreter and a pipeline load (1-2 s), so a small batch (the
two-article brief before a meeting) is analysed in this process and pays nothing: a worker
is started for each ``CHARS_PER_WORKER`` characters of text, up to ``jobs``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from briefing.model import Document

if TYPE_CHECKING:
    from spacy.language import Language

    from briefing.extract import Findings

CHARS_PER_WORKER = 400_000  # ~65,000 words: several seconds of analysis, worth a start-up
CHUNK = 8  # articles sent to a worker at a time: fewer round trips, order kept all the same


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, which containers and taskset
    narrow), the default of ``--jobs``."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return os.process_cpu_count() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def workers_for(documents: Sequence[Document], jobs: int) -> int:
    """How many worker processes pay for themselves on these documents (0: none, analyse
    here)."""
    workers = min(jobs, sum(len(d.text) for d in documents) // CHARS_PER_WORKER)
    return workers if workers >= 2 else 0


def analyse_all(
    documents: Sequence[Document],
    model: str | None,
    reference_date: dt.date | None,
    jobs: int = 1,
    pipeline_loaded: Callable[[str], None] | None = None,
) -> Iterator[Findings]:
    """The findings of each document, in the order of ``documents``, from ``jobs`` worker
    processes at most. ``pipeline_loaded`` hears the pipeline's name before the first
    findings. An error loading the pipeline or analysing an article is raised here as it
    would be in one process."""
    workers = workers_for(documents, jobs)
    if not workers:
        from briefing.extract import analyse
        from briefing.nlp import load_pipeline

        nlp, pipeline = load_pipeline(model)
        if pipeline_loaded:
            pipeline_loaded(pipeline)
        for document in documents:
            yield analyse(nlp, document, reference_date)
        return
    yield from _in_workers(documents, model, reference_date, workers, pipeline_loaded)


def _in_workers(
    documents: Sequence[Document],
    model: str | None,
    reference_date: dt.date | None,
    workers: int,
    pipeline_loaded: Callable[[str], None] | None,
) -> Iterator[Findings]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = [documents[i : i + CHUNK] for i in range(0, len(documents), CHUNK)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(model,)
    ) as pool:
        futures = [pool.submit(_analyse_chunk, list(chunk), reference_date) for chunk in chunks]
        try:
            for number, future in enumerate(futures):
                pipeline, findings = future.result()
                if number == 0 and pipeline_loaded:
                    pipeline_loaded(pipeline)
                yield from findings
        finally:
            for future in futures:
                future.cancel()


# One worker's pipeline, loaded once by ``_start``; a failure to load it is kept and raised
# with the worker's first article, so that it reaches the user as the same one-line error.
_worker: dict[str, object] = {}


def _start(model: str | None) -> None:
    from briefing.nlp import load_pipeline

    try:
        _worker["nlp"], _worker["pipeline"] = load_pipeline(model)
    except Exception as error:  # noqa: BLE001 - raised again in the parent, see _analyse_chunk
        _worker["error"] = error


def _analyse_chunk(
    documents: list[Document], reference_date: dt.date | None
) -> tuple[str, list[Findings]]:
    from briefing.extract import analyse

    if "error" in _worker:
        raise _worker["error"]  # type: ignore[misc]
    nlp: Language = _worker["nlp"]  # type: ignore[assignment]
    return str(_worker["pipeline"]), [analyse(nlp, d, reference_date) for d in documents]
