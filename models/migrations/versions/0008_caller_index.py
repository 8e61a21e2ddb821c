"""mobilization: index call_list_entries.caller_id (deleting people, undoing imports)

Revision ID: 0008_caller_index
Revises: 0005_mobilization
Create Date: 2026-11-24
"""
from alembic import op

revision = "0008_caller_index"
down_revision = "0005_mobilization"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("call_list_entries", schema=None) as batch_op:
        batch_op.create_index("ix_call_list_entries_caller_id", ["caller_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("call_list_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_call_list_entries_caller_id")
