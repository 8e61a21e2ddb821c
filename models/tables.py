"""Import every module that defines tables, so ``Base.metadata`` is complete.

Each feature that adds tables adds its module here (and an Alembic revision in migrations/).
``DEMO_MODULES`` lists the modules that register demo-data extensions (imported by
``models.demo.generate`` so the demo is the same from the CLI and the app).
"""

DEMO_MODULES = ("models.leaflets", "models.trainings", "models.mobilization", "models.resolutions")

from . import entities  # noqa: F401
from . import leaflets  # noqa: F401
from . import trainings  # noqa: F401
from . import mobilization_entities  # noqa: F401
from . import resolutions  # noqa: F401  (and committee_life)
from . import importing  # noqa: F401
from . import audit  # noqa: F401
