"""Committee Desk data layer: typed ORM, the encrypted database and the domain operations.

Nothing in this package imports Qt: it runs the same under the GUI, the CLI and the tests.
"""

__version__ = "0.1.0"
