"""Logging that never carries personal data.

We log events ("database opened", "import finished: 3 rows"), never names, phones, passphrases or
SQL parameters (the engine runs with ``hide_parameters=True``). Exceptions are logged by type and
code location only: their message may quote data, so it is left out.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback

from . import paths

_configured = False


def configure(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "committee-desk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("sqlalchemy", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _configured = True


def log_exception_safely(logger: logging.Logger, exc: BaseException, context: str = "") -> str:
    """Log where an unexpected error happened without its message; returns the text logged."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in reversed(frames[-8:]))
    text = f"unexpected {type(exc).__name__}{' in ' + context if context else ''} at {where}"
    logger.error(text)
    return text
