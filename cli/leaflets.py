"""Leaflets on the command line.

* ``committee-desk print leaflet --db PATH --leaflet TITLE OUT.pdf`` (a saved leaflet, by title or id)
* ``committee-desk print leaflet --template NAME OUT.pdf`` (a shipped template, no database)
* ``committee-desk list templates`` (no database: name, a tab, the title)
* ``committee-desk list leaflets --db PATH`` (id, a tab, the title)

Text that does not fit stops the command (exit 2) with the size that would fit; ``--shrink-to-fit``
prints at that size.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from models.core.errors import QT_TRANSLATE_NOOP

from .core import CliError, ListKind, SubKind, add_db_argument, open_db

if TYPE_CHECKING:
    from models.core.db import Database


def _leaflets(db: Database):
    from models.leaflets import templates as leaflets  # lazy: --help must not load the feature

    for item in sorted(leaflets.list_leaflets(db), key=lambda item: item.id):
        yield item.id, item.title


def _templates(_db: None):
    from models.leaflets import templates as leaflets  # lazy: --help must not load the feature

    for info in leaflets.list_templates():
        yield info.name, f"{info.title}\t{info.layout}\t{info.languages}"


def cmd_print_leaflet(args: argparse.Namespace) -> int:
    from models.leaflets import templates as leaflets  # lazy: --help must not load the feature
    from reports.leaflets.pdf import write_leaflet_pdf

    if (args.db is None) == (args.template is None):
        raise CliError(
            QT_TRANSLATE_NOOP("Errors", "Give either --db PATH --leaflet TITLE, or --template NAME."),
            QT_TRANSLATE_NOOP("Errors", "See the templates with: committee-desk list templates"),
        )
    if args.template is not None:
        doc = leaflets.load_template(args.template)
    else:
        if not args.leaflet:
            raise CliError(QT_TRANSLATE_NOOP("Errors", "Which leaflet? Add --leaflet TITLE (or its id)."))
        db = open_db(args.db)
        try:
            doc = leaflets.get_leaflet(db, leaflets.find_leaflet(db, args.leaflet))
        finally:
            db.close()
    result = write_leaflet_pdf(doc, args.out, shrink_to_fit=args.shrink_to_fit)
    width, height = result.page_size
    note = f", text at {int(round(result.fit_scale * 100))}%"
    print(f"Wrote {args.out}: {result.pages} page(s) of {width / 72:.2f} x {height / 72:.2f} in, "
          f"layout {doc.layout}{note}")
    for path in result.missing_images:
        print(f"warning: image not found or unreadable: {Path(path).name}")
    return 0


def _print_leaflet(p: argparse.ArgumentParser) -> None:
    add_db_argument(p, required=False, help_text="the database file or server address (with --leaflet)")
    p.add_argument("--leaflet", metavar="TITLE", help="the saved leaflet's title or id")
    p.add_argument("--template", metavar="NAME", help="a shipped template (see: list templates); no database")
    p.add_argument("--shrink-to-fit", action="store_true", help="shrink the text if it does not fit")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p.set_defaults(func=cmd_print_leaflet)


LIST_KINDS = [ListKind("leaflets", _leaflets), ListKind("templates", _templates, needs_db=False)]
PRINT_KINDS = [SubKind("leaflet", "a leaflet (saved, or from a shipped template) as a PDF for the copy shop", _print_leaflet)]
