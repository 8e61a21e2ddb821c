"""The roster page, the person editor, roster printouts and exports."""
