"""One exception family for problems the user can fix; the CLI turns each into one line.

Anything that is not a BriefingError is a bug and keeps its traceback.
"""

from __future__ import annotations


class BriefingError(Exception):
    """A problem with the user's input or settings; the message names the input and the fix."""

    exit_code = 1


class InputError(BriefingError):
    """An article cannot be read: missing, empty, binary or undecodable."""


class SettingsError(BriefingError):
    """An option or configuration value is invalid."""

    exit_code = 2


class ModelError(BriefingError):
    """A requested spaCy pipeline cannot be loaded."""


class TemplateError(BriefingError):
    """A template is missing, unsafe or fails to render."""


class RenderError(BriefingError):
    """Output cannot be produced or written."""


class DeliveryError(BriefingError):
    """A brief cannot be sent: no such message, or the mail server refused or is unreachable."""
