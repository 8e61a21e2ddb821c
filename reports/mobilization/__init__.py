"""Call sheets, phone trees, the turnout workbook and its PDF."""
