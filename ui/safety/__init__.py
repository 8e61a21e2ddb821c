"""Unlock, lock on sleep, backups and the passphrase (the Safety section)."""
