"""Leaflet PDFs."""
