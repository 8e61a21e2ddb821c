"""roster: consent yes / no / unknown with its source and date; address, IDs, second email, hire date

Issue 20: consent was two checkboxes that every new person and every imported row got ticked, so
"OK to call / OK to text" was claimed for people nobody had asked. ok_to_call, ok_to_text and
do_not_contact become nullable: NULL means *unknown*, and a new ok_to_email joins them.
consent_source ("import: members.csv", "entered by hand", "walk-in") and consent_date say where
and when the last consent value came from.

Existing rows keep the values they have. The database cannot tell a "yes" a committee member
ticked after asking from a "yes" an old import filled in, and wiping them to unknown would throw
away every answer people actually gave (and every "no", which must never be lost). Their
consent_source stays "" and consent_date NULL: the app shows "source not recorded" for them, so a
committee can review them.

The postal address (street, city, region, postal_code, country = the address's country, nothing
about a person's origin), external_id (an employee number or another tool's id: indexed, not
unique, since different tools reuse numbers), email2 and hire_date are plain new columns.

Dropping NOT NULL from a column normally makes Alembic rebuild the table (copy, DROP, rename). On
``people`` that DROP would run with foreign keys on, inside the upgrade's transaction (where they
cannot be switched off), and cascade: every phone, tag, committee seat and call-list entry of
every person deleted. The constraint is instead removed from the stored table definition, the
way SQLite documents for changes that leave the stored rows as they are
(https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"). Rows are
not touched.

Revision ID: 0013_person_fields
Revises: 0012_name_order
Create Date: 2026-12-03
"""
import re

import sqlalchemy as sa
from alembic import op

revision = "0013_person_fields"
down_revision = "0012_name_order"
branch_labels = None
depends_on = None

CONSENT = ("ok_to_call", "ok_to_text", "do_not_contact")
TEXT_COLUMNS = (
    ("consent_source", 200), ("street", 200), ("city", 100), ("region", 100), ("postal_code", 20),
    ("country", 100), ("external_id", 100), ("email2", 320),
)


def _set_not_null(columns, not_null: bool) -> None:
    """Add or remove NOT NULL on boolean ``columns`` of people in sqlite_master (rows untouched)."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":  # a committee server (PostgreSQL) changes a constraint in place
        for column in columns:
            op.alter_column("people", column, existing_type=sa.Boolean(), nullable=not not_null)
        return
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'people'").scalar()
    for column in columns:
        pattern = rf"(\n\s*{column} BOOLEAN)( NOT NULL)?(,)"
        sql, count = re.subn(pattern, rf"\1{' NOT NULL' if not_null else ''}\3", sql)
        if count != 1:
            raise RuntimeError(f"people.{column} not found once in the table definition")
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'people'", (sql,))
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _set_not_null(CONSENT, False)
    # Plain ALTER TABLE ADD COLUMN (batch mode only recreates the table when it must).
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ok_to_email", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("consent_date", sa.DateTime(), nullable=True))
        for name, length in TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), server_default="", nullable=False))
        batch_op.add_column(sa.Column("hire_date", sa.Date(), nullable=True))
    op.create_index("ix_people_external_id", "people", ["external_id"], unique=False)


def downgrade() -> None:
    # Unknown consent becomes "no" (never "yes"); SQLite's own DROP COLUMN (a batch drop would
    # rebuild the table, see above).
    op.execute("UPDATE people SET ok_to_call = coalesce(ok_to_call, FALSE), ok_to_text = coalesce(ok_to_text, FALSE), "
               "do_not_contact = coalesce(do_not_contact, FALSE)")
    op.drop_index("ix_people_external_id", table_name="people")
    for name in ("ok_to_email", "consent_date", "hire_date", *(n for n, _ in TEXT_COLUMNS)):
        op.execute(f"ALTER TABLE people DROP COLUMN {name}")
    _set_not_null(CONSENT, True)
