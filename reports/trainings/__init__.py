"""Sign-in sheets, the training workbook and its PDF."""
