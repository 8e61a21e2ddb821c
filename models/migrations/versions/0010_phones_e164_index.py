"""roster: drop ix_phones_e164 (no query looks phones up by number; it slowed every phone added)

Numbers are matched in memory (the roster index and imports read all of them at once).

Revision ID: 0010_phones_e164_index
Revises: 0009_people_email_index
Create Date: 2026-11-25
"""
from alembic import op

revision = "0010_phones_e164_index"
down_revision = "0009_people_email_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("phones", schema=None) as batch_op:
        batch_op.drop_index("ix_phones_e164")


def downgrade() -> None:
    with op.batch_alter_table("phones", schema=None) as batch_op:
        batch_op.create_index("ix_phones_e164", ["e164"], unique=False)
