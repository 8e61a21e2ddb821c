"""Workplaces (departments, shifts), committees and their members, the wall chart, committee life."""
