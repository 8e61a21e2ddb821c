"""People: create, edit, search (the in-memory roster index), consent, the directory and mailing addresses."""
