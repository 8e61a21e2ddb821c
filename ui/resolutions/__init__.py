"""The Resolutions section."""
