"""merge: the seven feature branches joined; one linear history from here on (issue 24)

Until 0013 each feature added its revision on its own branch off 0001_foundation, and the app
upgraded to all heads, in no defined order between branches. This revision changes no schema: it
only joins those heads, so ``alembic_version`` holds one row again. Every new revision's
``down_revision`` is the current head (tests/test_migrations.py fails on a second head).

Revision ID: 0014_one_history
Revises: 0002_imports, 0003_resolutions, 0004_trainings, 0006_leaflets, 0007_audit,
         0008_caller_index, 0013_person_fields
Create Date: 2026-12-03
"""

revision = "0014_one_history"
down_revision = (
    "0002_imports",
    "0003_resolutions",
    "0004_trainings",
    "0006_leaflets",
    "0007_audit",
    "0008_caller_index",
    "0013_person_fields",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
