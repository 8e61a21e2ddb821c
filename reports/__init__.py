"""Files for people: PDF (reportlab) and Excel (openpyxl), one sub-package per feature, shared
pieces in reports/core. No Qt in this package."""
