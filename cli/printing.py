"""``committee-desk print KIND ...``: printable PDFs (leaflets, call sheets, sign-in sheets, ...).

A feature's cli module declares its kinds as a plain list::

    PRINT_KINDS = [SubKind("sign-in", "a sign-in sheet for a training session", add_sign_in_arguments)]

where ``add_sign_in_arguments(p)`` adds the kind's arguments and ``p.set_defaults(func=cmd_sign_in)``;
its feature names that list in models/features.py (``print_kinds``). ``register`` builds one
``print`` subcommand with a sub-subcommand per kind of every feature.
"""

from __future__ import annotations

import argparse

from models.features import gather

from .core import add_kind_parsers


def register(sub: argparse._SubParsersAction) -> None:
    kinds = [kind for feature_kinds in gather("print_kinds") for kind in feature_kinds]
    add_kind_parsers(sub, "print", "print a PDF: ", kinds)
