"""roster: drop ix_people_email (no query could use it; it slowed every insert of a person)

Emails are matched in memory by imports and case-insensitively elsewhere (lower(email) LIKE …),
which SQLite answers with a scan with or without this index.

Revision ID: 0009_people_email_index
Revises: 0001_foundation
Create Date: 2026-11-25
"""
from alembic import op

revision = "0009_people_email_index"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_email")


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_email", ["email"], unique=False)
