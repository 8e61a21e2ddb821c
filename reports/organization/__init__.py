"""The wall chart PDF."""
