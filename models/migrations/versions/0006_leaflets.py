"""leaflets: bilingual handbills (title, layout, paper, languages, content as JSON)

Revision ID: 0006_leaflets
Revises: 0001_foundation
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_leaflets'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'leaflets',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('layout', sa.String(length=40), nullable=False),
        sa.Column('paper', sa.String(length=10), nullable=False),
        sa.Column('languages', sa.String(length=100), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_leaflets')),
        sa.UniqueConstraint('title', name=op.f('uq_leaflets_title')),
    )


def downgrade() -> None:
    op.drop_table('leaflets')
