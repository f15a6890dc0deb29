"""A tokenizer that cuts very long runs of characters without a space before spaCy sees them.

spaCy's tokenizer peels prefixes and suffixes off a run one at a time and searches the whole
rest of the run again for each: a run of 20,000 quotation marks took 50 seconds (the time
grows with the square of the run's length). No word, number or web address in an article
is anywhere near ``LONG`` characters, so every article a person wrote is tokenized exactly
as spaCy would; only such runs are cut, into pieces of ``PIECE`` characters that spaCy
tokenizes one by one. The text of the Doc stays the article's, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.vocab import Vocab

LONG = 1000
PIECE = 50
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG + 1},}}")  # from a run's start only: linear


class LongRunTokenizer:
    """spaCy's tokenizer, with runs longer than ``LONG`` characters cut into pieces first."""

    def __init__(self, tokenizer: Callable[[str], Doc], vocab: Vocab) -> None:
        self.tokenizer = tokenizer
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for run in _LONG_RUN.finditer(text):
            self._add(text[position : run.start()], words, spaces)
            for start in range(run.start(), run.end(), PIECE):
                self._add(text[start : min(start + PIECE, run.end())], words, spaces)
            position = run.end()
            if text.startswith(" ", position):  # spaCy hangs one space on the token before
                spaces[-1] = True
                position += 1
        self._add(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, part: str, words: list[str], spaces: list[bool]) -> None:
        for token in self.tokenizer(part):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
