"""The floor for the cold start: bare PySide6 + sqlcipher3, no app code.

Open the encrypted file, select the roster's columns (people and phones), put the rows in a
minimal QAbstractTableModel behind a QTableView, show it and paint it once. Prints one JSON line
like bench/coldstart_app.py.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    path = sys.argv[1]
    passphrase = os.environ["BENCH_PASSPHRASE"]
    import sqlcipher3
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([sys.argv[0]])
    conn = sqlcipher3.connect(path)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    people = conn.execute(
        "SELECT id, first_name, last_name, preferred_name, email, languages, workplace_id, department_id, shift_id, "
        "membership, assessment, do_not_contact FROM people").fetchall()
    phones = {}
    for pid, raw in conn.execute("SELECT person_id, raw FROM phones ORDER BY person_id, position"):
        phones.setdefault(pid, raw)

    class Model(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return 0 if parent.isValid() else len(people)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
            return 0 if parent.isValid() else 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            row = people[index.row()]
            column = index.column()
            if column == 0:
                return f"{row[3] or row[1]} {row[2]}"
            if column == 1:
                return phones.get(row[0], "")
            return str(row[(4, 5, 9, 10, 11)[column - 2 if column < 6 else 0]] or "")

    view = QTableView()
    view.setModel(Model())
    view.resize(1100, 700)
    view.show()
    view.repaint()
    app.processEvents()
    elapsed = time.perf_counter() - T0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "rows": len(people), "peak_mb": rss_mb, "cpu": time.process_time()}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
