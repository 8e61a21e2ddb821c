"""Developer tool: write a new Alembic revision for *your* tables only.

Usage:
  .venv/bin/python -m models.migrations.autogenerate "message" REV_ID DOWN_REV --tables t1,t2

Each feature adds its own revision on its own branch (DOWN_REV is usually 0001_foundation);
the app upgrades to all heads. ``--tables`` keeps other features' tables out of the diff.
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
    parser.add_argument("down_revision")
    parser.add_argument("--tables", required=True, help="comma-separated table names of this revision")
    args = parser.parse_args()
    wanted = {t.strip() for t in args.tables.split(",") if t.strip()}

    def include_object(obj, name, type_, reflected, compare_to):
        table = obj if type_ == "table" else getattr(obj, "table", None)
        table_name = name if type_ == "table" else getattr(table, "name", None)
        return table_name in wanted

    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2, poolclass=StaticPool)
    with engine.begin() as conn:
        command.upgrade(migrate.config(conn), "heads")
        cfg = migrate.config(conn)
        cfg.attributes["include_object"] = include_object
        command.revision(cfg, message=args.message, autogenerate=True, rev_id=args.rev_id,
                         head=args.down_revision, splice=True)


if __name__ == "__main__":
    main()
