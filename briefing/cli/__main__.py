"""``python -m briefing.cli``: the same commands as the ``briefing`` script."""

from briefing.cli import app

app()
