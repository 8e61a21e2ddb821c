"""The Mobilizations section: events, call lists, the phone bank, check-in, turnout."""
