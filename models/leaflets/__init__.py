"""Leaflet templates and their bilingual text."""
