"""How strong a new passphrase is, and the rule every place that sets one follows.

The database holds people an employer or the state may want to find: a passphrase that a
password-cracking list guesses in minutes protects nothing once the file is copied. ``strength``
asks zxcvbn (offline, with its own lists of common passwords, names, words and keyboard patterns)
for a 0-4 score; anything below ``STRONG_ENOUGH`` is weak. Creating a database or changing the
passphrase refuses a weak one unless the person explicitly insists after a plain warning (the
"I understand" box in the app, ``--allow-weak-passphrase`` in the CLI).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .db import MIN_PASSPHRASE_LENGTH

STRONG_ENOUGH = 3  # zxcvbn: 3 "safely unguessable", 4 "very unguessable"
MAX_SCORE = 4
# zxcvbn reads at most 72 characters; a longer passphrase is judged by its first 72.
_ZXCVBN_MAX = 72
# Words anyone who finds the file would try first.
CONTEXT_WORDS = ("committee", "desk", "committee desk", "cdesk", "union", "local", "organizing", "workers")


def context_words(*values: object) -> list[str]:
    """The words an attacker would try from what they can see: organization, file name."""
    words = list(CONTEXT_WORDS)
    for value in values:
        if not value:
            continue
        text = Path(value).stem if isinstance(value, Path) else str(value)
        words.append(text)
        words.extend(part for part in text.replace("-", " ").replace("_", " ").split() if len(part) > 2)
    return words


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> int:
    """0-4; 0 for a passphrase shorter than the minimum length."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    # lazy: zxcvbn takes 25 ms to import: only when a passphrase is chosen
    from zxcvbn import zxcvbn

    inputs = [w for w in user_inputs if w and len(w) <= _ZXCVBN_MAX]
    return int(zxcvbn(passphrase[:_ZXCVBN_MAX], user_inputs=inputs)["score"])


def is_weak(passphrase: str, user_inputs: Iterable[str] = ()) -> bool:
    return strength(passphrase, user_inputs) < STRONG_ENOUGH
