"""Workplaces, committees, the wall chart and committee life."""
