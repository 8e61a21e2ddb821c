"""The Trainings section."""
