"""Bounded work for what a user points briefing at (issue 18, item 5): a template cannot ask
for a string of 10**10 characters or a number of a million digits, template, config and
profile files are read against a size limit, and ``write_atomic`` neither hangs on a pipe
nobody reads nor writes into what is not a file or a pipe or a character device."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from briefing.errors import RenderError, SettingsError, TemplateError
from briefing.render.templates import render_template
from briefing.render.write import write_atomic
from briefing.settings.audience import load_audience
from briefing.settings.house import load_config

BIG = 1_100_000  # over the 1 MB a settings file or template may hold


def render(tmp_path: Path, source: str) -> str:
    (tmp_path / "t.md.j2").write_text(source, encoding="utf-8")
    return render_template(["t.md.j2"], tmp_path)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('{{ "x" * 10**8 }}', "a repetition of 100,000,000 x 1 items is too large"),
        ("{{ [0] * 10**7 }}", "a repetition of 10,000,000 x 1 items is too large"),
        ("{{ 2 ** (10 ** 6) }}", "2 ** 1000000 is too large a number to compute"),
        ("{% for i in range(10**10) %}{% endfor %}", "Range too big"),
    ],
)
def test_a_template_cannot_ask_for_unbounded_work(tmp_path, source, message):
    with pytest.raises(TemplateError) as info:
        render(tmp_path, source)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert str(info.value).startswith(f"{tmp_path / 't.md.j2'}:1: ")


def test_small_repetitions_and_powers_still_work(tmp_path):
    assert (
        render(tmp_path, '{{ "-" * 3 }}{{ 3 * "=" }}{{ 2 ** 10 }}{{ 1.5 * 2 }}') == "---===10243.0"
    )


def test_a_huge_template_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "t.md.j2"
    path.write_text("{# " + "x" * BIG + " #}", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render_template(["t.md.j2"], tmp_path)
    assert str(info.value) == f"{path}: over 1000 kB; a template is a few kB"


def test_a_huge_config_file_is_refused(tmp_path):
    config = tmp_path / "briefing.toml"
    config.write_text("#" * BIG + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_config(config)
    assert str(info.value).startswith(f"{config}: cannot read the config file (over 1000 kB")


def test_a_huge_profile_is_refused(tmp_path):
    profile = tmp_path / "desk" / "profile.toml"
    profile.parent.mkdir()
    profile.write_text('name = "desk"\n' + "#" * BIG + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_audience(str(profile))
    assert "cannot read the audience profile (over 1000 kB" in str(info.value)


def _in_thread(target, *args) -> BaseException | None:
    """Run ``target``; what it raised, or a TimeoutError when it did not end (a hang)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            target(*args)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    return outcome[0] if outcome else TimeoutError("still writing")


def test_write_atomic_to_a_pipe_nobody_reads_is_an_error_not_a_hang(tmp_path, monkeypatch):
    monkeypatch.setattr("briefing.render.write.PIPE_READER_WAIT", 0.2)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    error = _in_thread(write_atomic, pipe, b"{}")
    if isinstance(error, TimeoutError):  # let the hung writer go before failing
        with open(pipe, "rb") as reader:
            reader.read()
    assert isinstance(error, RenderError), error
    assert str(error) == f"{pipe}: a named pipe that no process reads; start the reader first"


def test_write_atomic_to_a_pipe_with_a_reader_writes_into_it(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # the reader is there first
    try:
        write_atomic(pipe, b'{"ok": 1}')
        os.set_blocking(reader, True)
        assert os.read(reader, 100) == b'{"ok": 1}'
    finally:
        os.close(reader)
    assert pipe.is_fifo()


def test_write_atomic_refuses_a_socket_and_still_writes_dev_null(tmp_path):
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        with pytest.raises(RenderError) as info:
            write_atomic(path, b"{}")
        assert (
            str(info.value) == f"{path}: is a socket, not a file; name a file, a pipe or /dev/null"
        )
    finally:
        server.close()
    write_atomic(Path(os.devnull), b"{}")  # bench/extract.py -o /dev/null
