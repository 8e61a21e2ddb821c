"""server: logins and their committees; a row version on the rows people edit in forms (issue 25)

``logins`` and ``login_committees`` say who may log in to a committee server and as what; the
server's row-level security reads them (models/core/server_roles.py). In an encrypted file they
stay empty.

``version`` (SQLAlchemy's ``version_id_col``) on the rows two people may edit at once: a save
names the version it started from, and a save from an older version changes nothing and is shown
to the person as a conflict (no lost update). Existing rows start at version 1.

Revision ID: 0015_committee_server
Revises: 0014_one_history
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0015_committee_server"
down_revision = "0014_one_history"
branch_labels = None
depends_on = None

VERSIONED = ("people", "workplaces", "committees", "events", "call_lists", "resolutions", "training_sessions",
             "leaflets")


def upgrade() -> None:
    op.create_table(
        "logins",
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('admin', 'organizer', 'trainer', 'caller')", name="login_role"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_index("ix_logins_person_id", "logins", ["person_id"], unique=False)
    op.create_table(
        "login_committees",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["login"], ["logins.name"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["committee_id"], ["committees.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("login", "committee_id"),
    )
    op.create_index("ix_login_committees_committee_id", "login_committees", ["committee_id"], unique=False)
    for table in VERSIONED:  # a plain ALTER TABLE ADD COLUMN (no table rebuild)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in VERSIONED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
    op.drop_index("ix_login_committees_committee_id", table_name="login_committees")
    op.drop_table("login_committees")
    op.drop_index("ix_logins_person_id", table_name="logins")
    op.drop_table("logins")
