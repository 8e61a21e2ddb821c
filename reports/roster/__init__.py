"""Roster files: the CSV/XLSX export, tool presets (Spoke, Action Network, Google, vCard), the directory, mailing labels."""
