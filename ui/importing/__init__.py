"""The import wizard, its review of possible duplicates, the Imports section."""
