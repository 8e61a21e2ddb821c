"""mobilization: events, call lists, calls, check-ins

Revision ID: 0005_mobilization
Revises: 0001_foundation
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_mobilization'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('target', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('rally', 'march', 'picket', 'meeting', 'rapid-response', 'other')", name=op.f('ck_events_kind_value')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('name', name=op.f('uq_events_name'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_starts_at', ['starts_at'], unique=False)

    op.create_table('call_lists',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('criteria', sa.Text(), nullable=False),
    sa.Column('excluded', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('built_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_call_lists_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_lists')),
    sa.UniqueConstraint('event_id', 'name', name=op.f('uq_call_lists_event_id'))
    )
    with op.batch_alter_table('call_lists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_lists_event_id'), ['event_id'], unique=False)

    op.create_table('event_scripts',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_scripts_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'language', name=op.f('pk_event_scripts'))
    )
    op.create_table('event_committees',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committees.id'], name=op.f('fk_event_committees_committee_id_committees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_committees_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'committee_id', name=op.f('pk_event_committees'))
    )
    with op.batch_alter_table('event_committees', schema=None) as batch_op:
        batch_op.create_index('ix_event_committees_committee_id', ['committee_id'], unique=False)

    op.create_table('call_list_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('caller_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('last_outcome', sa.String(length=20), nullable=True),
    sa.Column('last_called_at', sa.DateTime(), nullable=True),
    sa.Column('callback_at', sa.DateTime(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['caller_id'], ['people.id'], name=op.f('fk_call_list_entries_caller_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['list_id'], ['call_lists.id'], name=op.f('fk_call_list_entries_list_id_call_lists'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_call_list_entries_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_list_entries')),
    sa.UniqueConstraint('list_id', 'person_id', name=op.f('uq_call_list_entries_list_id'))
    )
    with op.batch_alter_table('call_list_entries', schema=None) as batch_op:
        batch_op.create_index('ix_call_list_entries_next', ['list_id', 'caller_id', 'last_outcome', 'position'], unique=False)
        batch_op.create_index('ix_call_list_entries_pending', ['list_id', 'last_outcome', 'position'], unique=False)
        batch_op.create_index('ix_call_list_entries_retry', ['list_id', 'last_outcome', 'last_called_at'], unique=False)
        batch_op.create_index('ix_call_list_entries_callback', ['list_id', 'last_outcome', 'callback_at'], unique=False)
        batch_op.create_index('ix_call_list_entries_person_id', ['person_id'], unique=False)

    op.create_table('checkins',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=False),
    sa.Column('walk_in', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_checkins_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_checkins_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkins')),
    sa.UniqueConstraint('event_id', 'person_id', name=op.f('uq_checkins_event_id'))
    )
    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.create_index('ix_checkins_person_id', ['person_id'], unique=False)

    op.create_table('calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('caller_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=False),
    sa.Column('callback_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.CheckConstraint("outcome IN ('yes', 'maybe', 'no', 'left-message', 'no-answer', 'wrong-number', 'callback', 'do-not-call')", name=op.f('ck_calls_outcome_value')),
    sa.ForeignKeyConstraint(['caller_id'], ['people.id'], name=op.f('fk_calls_caller_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['entry_id'], ['call_list_entries.id'], name=op.f('fk_calls_entry_id_call_list_entries'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_calls_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_calls_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calls'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_caller_id', ['caller_id'], unique=False)
        batch_op.create_index('ix_calls_entry_id', ['entry_id'], unique=False)
        batch_op.create_index('ix_calls_event_person', ['event_id', 'person_id', 'called_at'], unique=False)
        batch_op.create_index('ix_calls_person_called_at', ['person_id', 'called_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_person_called_at')
        batch_op.drop_index('ix_calls_event_person')
        batch_op.drop_index('ix_calls_entry_id')
        batch_op.drop_index('ix_calls_caller_id')

    op.drop_table('calls')
    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.drop_index('ix_checkins_person_id')

    op.drop_table('checkins')
    with op.batch_alter_table('call_list_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_call_list_entries_person_id')
        batch_op.drop_index('ix_call_list_entries_pending')
        batch_op.drop_index('ix_call_list_entries_retry')
        batch_op.drop_index('ix_call_list_entries_callback')
        batch_op.drop_index('ix_call_list_entries_next')

    op.drop_table('call_list_entries')
    with op.batch_alter_table('event_committees', schema=None) as batch_op:
        batch_op.drop_index('ix_event_committees_committee_id')

    op.drop_table('event_committees')
    op.drop_table('event_scripts')
    with op.batch_alter_table('call_lists', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_lists_event_id'))

    op.drop_table('call_lists')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_starts_at')

    op.drop_table('events')
