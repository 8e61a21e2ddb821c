"""imports: batches, batch people, remembered mappings

Revision ID: 0002_imports
Revises: 0001_foundation
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_imports'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sheet', sa.String(length=200), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=False),
    sa.Column('rows_read', sa.Integer(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('merged', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('invalid', sa.Integer(), nullable=False),
    sa.Column('created_refs', sa.Text(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('import_mappings',
    sa.Column('header_key', sa.String(length=64), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('header_key', name=op.f('pk_import_mappings'))
    )
    op.create_table('import_batch_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'], name=op.f('fk_import_batch_people_batch_id_import_batches'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_import_batch_people_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch_people'))
    )
    with op.batch_alter_table('import_batch_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_batch_people_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_batch_people_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('import_batch_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_batch_people_person_id'))
        batch_op.drop_index(batch_op.f('ix_import_batch_people_batch_id'))

    op.drop_table('import_batch_people')
    op.drop_table('import_mappings')
    op.drop_table('import_batches')
