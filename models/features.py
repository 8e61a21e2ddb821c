"""The feature list: every feature's tables, demo data, sidebar sections, CLI commands and
printouts, in one place (issue 24). A new feature adds one ``Feature`` here; nothing registers
itself as an import side effect.

Pieces are named by dotted path, ``"package.module"`` or ``"package.module:attribute"``, and
imported only when asked for (:func:`load`): this module imports nothing of a feature, of ``ui``
or of ``cli``, so ``committee-desk --help`` and ``--version`` stay light.

The order of FEATURES is the order of the sidebar, of the subcommands in ``--help`` and of the
demo data: each feature's demo function draws from the one random stream in turn, so moving a
feature changes the demo (tests/test_demo_fingerprint.py notices).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Feature:
    key: str
    tables: tuple[str, ...] = ()  # modules defining tables (imported so Base.metadata is complete)
    demo: str = ""  # "module:function", function(session, rng, person_ids) adds the feature's demo rows
    sections: tuple[str, ...] = ()  # "ui module:SECTION", a ui.sections.SectionSpec per sidebar entry
    commands: tuple[str, ...] = ()  # cli modules whose register(subparsers) adds top-level subcommands
    list_kinds: tuple[str, ...] = ()  # "cli module:LIST_KINDS", kinds of ``committee-desk list``
    print_kinds: tuple[str, ...] = ()  # "cli module:PRINT_KINDS", kinds of ``committee-desk print``
    report_kinds: tuple[str, ...] = ()  # "cli module:REPORT_KINDS", kinds of ``committee-desk report``


FEATURES: tuple[Feature, ...] = (
    # Not a feature of its own: the tables every feature stands on (people, workplaces,
    # committees; the audit trail) and the database commands (init, demo, check, list).
    Feature("core", tables=("models.core.entities", "models.core.audit", "models.core.logins"), commands=("cli.foundation",),
            list_kinds=("cli.foundation:LIST_KINDS",)),
    Feature("roster", sections=("ui.roster.page:SECTION",), print_kinds=("cli.roster:PRINT_KINDS",)),
    Feature("organization", tables=("models.organization.committee_life",),
            demo="models.organization.committee_life:demo_extension",
            sections=("ui.organization.workplaces:SECTION", "ui.organization.committees:SECTION"),
            print_kinds=("cli.organization:PRINT_KINDS",)),
    Feature("resolutions", tables=("models.resolutions.drafts",), demo="models.resolutions.drafts:demo_extension",
            sections=("ui.resolutions.page:SECTION",), list_kinds=("cli.resolutions:LIST_KINDS",),
            print_kinds=("cli.resolutions:PRINT_KINDS",)),
    Feature("trainings", tables=("models.trainings.sessions",), demo="models.trainings.sessions:add_demo_sessions",
            sections=("ui.trainings.page:SECTION",), list_kinds=("cli.trainings:LIST_KINDS",),
            print_kinds=("cli.trainings:PRINT_KINDS",), report_kinds=("cli.trainings:REPORT_KINDS",)),
    Feature("mobilization", tables=("models.mobilization.tables",),
            demo="models.mobilization.demo:add_demo_mobilizations", sections=("ui.mobilization.page:SECTION",),
            list_kinds=("cli.mobilization:LIST_KINDS",), print_kinds=("cli.mobilization:PRINT_KINDS",),
            report_kinds=("cli.mobilization:REPORT_KINDS",)),
    Feature("leaflets", tables=("models.leaflets.templates",), demo="models.leaflets.templates:add_demo_leaflets",
            sections=("ui.leaflets.page:SECTION",), list_kinds=("cli.leaflets:LIST_KINDS",),
            print_kinds=("cli.leaflets:PRINT_KINDS",)),
    Feature("importing", tables=("models.importing.tables",), sections=("ui.importing.wizard:SECTION",),
            commands=("cli.importing",), list_kinds=("cli.importing:LIST_KINDS",)),
    # Not a feature of its own either: ``print`` and ``report``, which gather every feature's
    # print and report kinds (here because --help has always listed them here).
    Feature("printouts", commands=("cli.printing", "cli.reporting")),
    Feature("safety", commands=("cli.safety",)),
    # Not a feature of its own: setting up a committee server, and copying a committee onto it or
    # back into an encrypted file (issue 25).
    Feature("server", commands=("cli.server",)),
)


def load(target: str) -> Any:
    """The module ``"package.module"`` or the attribute ``"package.module:attribute"``."""
    module_name, _, attribute = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute) if attribute else module


def gather(field: str) -> list[Any]:
    """Every feature's ``field`` (a tuple of targets) loaded, in FEATURES order."""
    return [load(target) for feature in FEATURES for target in getattr(feature, field)]


def demo_functions() -> list[Any]:
    """The features' demo functions, in the order they draw from the demo's random stream."""
    return [load(feature.demo) for feature in FEATURES if feature.demo]
