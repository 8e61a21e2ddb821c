"""Import every module that defines tables, so ``Base.metadata`` is complete: the ``tables`` of
each feature in models/features.py (a feature adding tables lists its module there, and adds an
Alembic revision in migrations/)."""

from models.features import FEATURES, load

for _feature in FEATURES:
    for _module in _feature.tables:
        load(_module)
