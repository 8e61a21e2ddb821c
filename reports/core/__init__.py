"""Shared by every printout: atomic file writes, fonts, the one text-shaping path, PDF tables, workbook print set-up, printed labels."""
