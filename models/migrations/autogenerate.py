"""Developer tool: write a new Alembic revision for *your* tables only.

Usage:
  .venv/bin/python -m models.migrations.autogenerate "message" REV_ID --tables t1,t2

The history is linear: the new revision follows the current head (tests/test_migrations.py fails
on a second head). ``--tables`` keeps other features' tables out of the diff.
Review the generated file before committing it.
"""

import argparse

import sqlcipher3
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from models.core import migrate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("message")
    parser.add_argument("rev_id")
    parser.add_argument("--tables", required=True, help="comma-separated table names of this revision")
    args = parser.parse_args()
    wanted = {t.strip() for t in args.tables.split(",") if t.strip()}

    def include_object(obj, name, type_, reflected, compare_to):
        table = obj if type_ == "table" else getattr(obj, "table", None)
        table_name = name if type_ == "table" else getattr(table, "name", None)
        return table_name in wanted

    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2, poolclass=StaticPool)
    with engine.begin() as conn:
        command.upgrade(migrate.config(conn), "head")
        cfg = migrate.config(conn)
        cfg.attributes["include_object"] = include_object
        command.revision(cfg, message=args.message, autogenerate=True, rev_id=args.rev_id,
                         head="head")


if __name__ == "__main__":
    main()
