"""Events, call lists, calls, check-in and turnout."""
