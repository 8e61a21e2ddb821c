"""The Qt face of Committee Desk: windows, dialogs, table models. Calls models/ and reports/;
never runs SQL itself; long work runs off the UI thread (ui/tasks.py)."""
