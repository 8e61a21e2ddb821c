"""Training types, sessions, registration and attendance."""
