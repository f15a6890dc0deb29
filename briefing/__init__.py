"""briefing: turn a handful of news articles into a one-page policy brief.

The flow is read -> analyse -> assemble -> select -> render; ``build_brief`` in
``briefing.build`` shows it top to bottom. Heavy libraries (spaCy, WeasyPrint) are imported
only inside the functions that need them so the CLI starts fast.
"""

__version__ = "0.1.0"
