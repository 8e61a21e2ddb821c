"""resolutions: meetings, attendance, committee tasks, resolutions, versions, sponsors, votes

Revision ID: 0003_resolutions
Revises: 0001_foundation
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_resolutions'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_meetings_committee_id_committees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_committee_id'), ['committee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_starts_at'), ['starts_at'], unique=False)

    op.create_table('resolutions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('title_es', sa.String(length=300), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=True),
    sa.Column('target_body', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'circulating', 'submitted', 'adopted', 'defeated', 'tabled', 'withdrawn')", name=op.f('ck_resolutions_status_value')),
    sa.ForeignKeyConstraint(['based_on_id'], ['resolutions.id'], name=op.f('fk_resolutions_based_on_id_resolutions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_resolutions_committee_id_committees'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolutions'))
    )
    with op.batch_alter_table('resolutions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolutions_based_on_id'), ['based_on_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_resolutions_committee_id'), ['committee_id'], unique=False)

    op.create_table('committee_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('owner_person_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_committee_tasks_committee_id_committees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_committee_tasks_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_person_id'], ['people.id'], name=op.f('fk_committee_tasks_owner_person_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_tasks'))
    )
    with op.batch_alter_table('committee_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_committee_tasks_committee_id'), ['committee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_tasks_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_committee_tasks_owner_person_id'), ['owner_person_id'], unique=False)

    op.create_table('meeting_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('is_member', sa.Boolean(), nullable=False),
    sa.CheckConstraint("person_id IS NOT NULL OR guest_name <> ''", name=op.f('ck_meeting_attendance_who')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendance_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_attendance_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendance'))
    )
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendance_person_id'), ['person_id'], unique=False)

    op.create_table('resolution_sponsors',
    sa.Column('resolution_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_resolution_sponsors_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolutions.id'], name=op.f('fk_resolution_sponsors_resolution_id_resolutions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('resolution_id', 'person_id', name=op.f('pk_resolution_sponsors'))
    )
    with op.batch_alter_table('resolution_sponsors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolution_sponsors_person_id'), ['person_id'], unique=False)

    op.create_table('resolution_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resolution_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('saved_by', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('title_es', sa.String(length=300), nullable=False),
    sa.Column('clauses', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolutions.id'], name=op.f('fk_resolution_versions_resolution_id_resolutions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution_versions')),
    sa.UniqueConstraint('resolution_id', 'number', name=op.f('uq_resolution_versions_resolution_id'))
    )
    with op.batch_alter_table('resolution_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolution_versions_resolution_id'), ['resolution_id'], unique=False)

    op.create_table('resolution_votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resolution_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.String(length=300), nullable=False),
    sa.Column('voted_on', sa.Date(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('votes_abstain', sa.Integer(), nullable=True),
    sa.Column('by_acclamation', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.CheckConstraint("outcome IN ('adopted', 'defeated', 'tabled', 'referred')", name=op.f('ck_resolution_votes_outcome_value')),
    sa.CheckConstraint('(votes_for IS NULL OR votes_for >= 0) AND (votes_against IS NULL OR votes_against >= 0) AND (votes_abstain IS NULL OR votes_abstain >= 0)', name=op.f('ck_resolution_votes_tally_positive')),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolutions.id'], name=op.f('fk_resolution_votes_resolution_id_resolutions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution_votes'))
    )
    with op.batch_alter_table('resolution_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resolution_votes_resolution_id'), ['resolution_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('resolution_votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolution_votes_resolution_id'))

    op.drop_table('resolution_votes')
    with op.batch_alter_table('resolution_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolution_versions_resolution_id'))

    op.drop_table('resolution_versions')
    with op.batch_alter_table('resolution_sponsors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolution_sponsors_person_id'))

    op.drop_table('resolution_sponsors')
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_meeting_id'))

    op.drop_table('meeting_attendance')
    with op.batch_alter_table('committee_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_committee_tasks_owner_person_id'))
        batch_op.drop_index(batch_op.f('ix_committee_tasks_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_committee_tasks_committee_id'))

    op.drop_table('committee_tasks')
    with op.batch_alter_table('resolutions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resolutions_committee_id'))
        batch_op.drop_index(batch_op.f('ix_resolutions_based_on_id'))

    op.drop_table('resolutions')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meetings_committee_id'))

    op.drop_table('meetings')
