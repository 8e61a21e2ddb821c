"""roster: people.name_order, how a person's name is written (issue 23)

"given_first" (Ana García) or "family_first" (王小明, Trần Thị Lan, Kovács Anna). Existing people
get "given_first" from the server default, which is how every name was shown before.

Revision ID: 0012_name_order
Revises: 0010_phones_e164_index
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_name_order"
down_revision = "0010_phones_e164_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN (batch mode only recreates the table when it must).
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_order", sa.String(length=20), server_default="given_first", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("name_order")
