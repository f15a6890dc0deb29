"""JSON from outside (exports, JSON-LD in pages, edited extraction files) parsed safely.

Python's ``json`` raises more than JSONDecodeError on hostile input: RecursionError for
arrays or objects nested some thousand levels deep, ValueError for an integer longer than
Python's digit limit. And it accepts ``"\\ud800"``, a lone surrogate, which is no character:
the string cannot be written as UTF-8 later, so the run would fail at the last step. Every
reader of JSON goes through ``parse_json``, so these are one error, or one repair, in one
place.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# A UTF-16 half without its other half; json.loads joins the valid pairs itself.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class JSONProblem(ValueError):
    """Why a text is not usable JSON, in a few words the caller puts after the input's name:
    ``str()`` gives the line too when there is one, ``reason`` the words alone."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {reason}" if line else reason)
        self.reason = reason


def parse_json(text: str) -> Any:
    """``json.loads`` whose every failure is a JSONProblem, and whose strings hold only
    characters: a lone surrogate becomes U+FFFD (the replacement character), as an
    undecodable byte does in a web page. One code unit for one, so offsets still hold."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JSONProblem(exc.msg, exc.lineno) from None
    except RecursionError:
        raise JSONProblem("arrays or objects nested too deeply") from None
    except ValueError:  # json reads integers with int(), which refuses very long ones
        limit = sys.get_int_max_str_digits()
        raise JSONProblem(f"a number of more than {limit} digits") from None
    return _without_lone_surrogates(data)


def _without_lone_surrogates(data: Any) -> Any:
    """``data`` with every string (keys too) repaired; walked without recursion, since the
    parser accepts nesting deeper than a recursive walk could follow."""
    if isinstance(data, str):
        return _repaired(data)
    if not isinstance(data, (dict, list)):
        return data
    pending: list[dict | list] = [data]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            items = list(node.items())
            if any(_LONE_SURROGATE.search(key) for key, _ in items):
                node.clear()
                node.update((_repaired(key), value) for key, value in items)
            entries = node.items()
        else:
            entries = enumerate(node)
        for key, value in list(entries):
            if isinstance(value, str):
                node[key] = _repaired(value)
            elif isinstance(value, (dict, list)):
                pending.append(value)
    return data


def _repaired(text: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text
