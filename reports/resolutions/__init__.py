"""The resolution PDF."""
