"""Everything that writes a file for people (PDF with reportlab, Excel with openpyxl), and the
headless CLI (reports/cli) that sits on top of models/ and reports/. No Qt in this package."""
