"""trainings: topics, sessions, trainers, registrations, follow-ups

Revision ID: 0004_trainings
Revises: 0001_foundation
Create Date: 2026-11-24
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_trainings'
down_revision = '0001_foundation'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_es', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('description_es', sa.Text(), nullable=False),
    sa.Column('expected_minutes', sa.Integer(), nullable=True),
    sa.Column('refresh_months', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('expected_minutes IS NULL OR expected_minutes > 0', name=op.f('ck_training_topics_minutes_positive')),
    sa.CheckConstraint('refresh_months IS NULL OR refresh_months > 0', name=op.f('ck_training_topics_refresh_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_topics')),
    sa.UniqueConstraint('name', name=op.f('uq_training_topics_name'))
    )
    op.create_table('training_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('place_workplace_id', sa.Integer(), nullable=True),
    sa.Column('place_text', sa.String(length=300), nullable=False),
    sa.Column('languages', sa.String(length=100), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_training_sessions_capacity_positive')),
    sa.ForeignKeyConstraint(['place_workplace_id'], ['workplaces.id'], name=op.f('fk_training_sessions_place_workplace_id_workplaces'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['topic_id'], ['training_topics.id'], name=op.f('fk_training_sessions_topic_id_training_topics'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_sessions'))
    )
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_sessions_place_workplace_id'), ['place_workplace_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_sessions_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_sessions_topic_id'), ['topic_id'], unique=False)

    op.create_table('training_registrations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('walk_in', sa.Boolean(), nullable=False),
    sa.Column('evaluation', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('registered', 'attended', 'no-show')", name=op.f('ck_training_registrations_status_value')),
    sa.CheckConstraint('evaluation IS NULL OR evaluation BETWEEN 1 AND 5', name=op.f('ck_training_registrations_evaluation_range')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_training_registrations_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'], name=op.f('fk_training_registrations_session_id_training_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_registrations')),
    sa.UniqueConstraint('session_id', 'person_id', name=op.f('uq_training_registrations_session_id'))
    )
    with op.batch_alter_table('training_registrations', schema=None) as batch_op:
        batch_op.create_index('ix_training_registrations_person_status', ['person_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_registrations_session_id'), ['session_id'], unique=False)

    op.create_table('training_session_trainers',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_training_session_trainers_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'], name=op.f('fk_training_session_trainers_session_id_training_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'person_id', name=op.f('pk_training_session_trainers'))
    )
    with op.batch_alter_table('training_session_trainers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_session_trainers_person_id'), ['person_id'], unique=False)

    op.create_table('training_followups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('registration_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=300), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], name=op.f('fk_training_followups_owner_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_training_followups_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['registration_id'], ['training_registrations.id'], name=op.f('fk_training_followups_registration_id_training_registrations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_followups'))
    )
    with op.batch_alter_table('training_followups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_followups_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_followups_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_followups_registration_id'), ['registration_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('training_followups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_followups_registration_id'))
        batch_op.drop_index(batch_op.f('ix_training_followups_person_id'))
        batch_op.drop_index(batch_op.f('ix_training_followups_owner_id'))

    op.drop_table('training_followups')
    with op.batch_alter_table('training_session_trainers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_session_trainers_person_id'))

    op.drop_table('training_session_trainers')
    with op.batch_alter_table('training_registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_registrations_session_id'))
        batch_op.drop_index('ix_training_registrations_person_status')

    op.drop_table('training_registrations')
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_sessions_topic_id'))
        batch_op.drop_index(batch_op.f('ix_training_sessions_starts_at'))
        batch_op.drop_index(batch_op.f('ix_training_sessions_place_workplace_id'))

    op.drop_table('training_sessions')
    op.drop_table('training_topics')
