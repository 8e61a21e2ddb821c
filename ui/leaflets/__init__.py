"""The Leaflets section."""
