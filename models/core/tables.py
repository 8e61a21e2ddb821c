"""Import every module that defines tables, so ``Base.metadata`` is complete.

Each feature that adds tables adds its module here (and an Alembic revision in migrations/).
``DEMO_MODULES`` lists the modules that register demo-data extensions (imported by
``models.core.demo.generate`` so the demo is the same from the CLI and the app).
"""

DEMO_MODULES = ("models.leaflets.templates", "models.trainings.sessions", "models.mobilization.operations", "models.resolutions.drafts")

from . import entities  # noqa: F401
from models.leaflets import templates as leaflets  # noqa: F401
from models.trainings import sessions as trainings  # noqa: F401
from models.mobilization import tables as mobilization_entities  # noqa: F401
from models.resolutions import drafts as resolutions  # noqa: F401  (and committee_life)
from models import importing  # noqa: F401
from . import audit  # noqa: F401
