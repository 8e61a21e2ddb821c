"""Shared by every feature: the encrypted database, migrations, backups, the keystore, the audit trail, errors, text rules, change announcements, the shared tables and the demo machinery."""
