"""Cold start of the real app (run by bench/run.py in a fresh process, offscreen).

Does what ``ui.app.run_gui`` does after the unlock screen: QApplication, settings, translator,
exception hook, ``AppController``, ``Database.open(..., exclusive=True)`` with the passphrase,
``controller.show_main(db)``; then waits until the roster page has finished loading every person
and the window has painted. Prints one JSON line: seconds since this script started, and the
process's peak memory (max RSS).
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    path, expected = sys.argv[1], int(sys.argv[2])
    passphrase = os.environ["BENCH_PASSPHRASE"]
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from models import __version__
    from models.core.db import Database
    from models.core.keystore import KeyStore
    from ui import i18n
    from ui.app import AppController
    from ui.widgets.messages import install_excepthook
    from ui.settings import Settings

    QCoreApplication.setOrganizationName("CommitteeDesk")
    QCoreApplication.setApplicationName("Committee Desk")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication([sys.argv[0]])
    settings = Settings()
    i18n.install(app, settings.language)
    install_excepthook()
    controller = AppController(settings, KeyStore())
    t_imports = time.perf_counter() - T0
    rss_imports = _peak_mb()
    # As the app: the integrity check runs in the background after the window shows.
    # BENCH_VERIFY=1: what the start would cost with the check before opening (for the record).
    db = Database.open(path, passphrase, exclusive=True, verify=os.environ.get("BENCH_VERIFY") == "1")
    t_open = time.perf_counter() - T0
    rss_open = _peak_mb()
    controller.show_main(db)
    t_window = time.perf_counter() - T0
    rss_window = _peak_mb()
    window = controller.main_window
    page = window.page("roster")
    # Idle in a Qt event loop like the real app (polling would steal the GIL from the loader).
    loop = QEventLoop()

    def check() -> None:
        if not page._loading and page.model.rowCount() == expected:
            loop.quit()

    page.model.modelReset.connect(check)
    QTimer.singleShot(0, check)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    window.repaint()
    app.processEvents()
    elapsed = time.perf_counter() - T0
    rows = page.model.rowCount()
    # The peak memory counts the rows built for search behind the shown roster.
    built = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: page.model.index_data.built and built.quit())
    poll.start(20)
    QTimer.singleShot(120_000, built.quit)
    built.exec()
    print(json.dumps({"seconds": elapsed, "rows": rows, "peak_mb": _peak_mb(), "imports": t_imports, "open": t_open,
                      "window": t_window, "peak_mb_imports": rss_imports, "peak_mb_open": rss_open,
                      "peak_mb_window": rss_window, "cpu": time.process_time()}), flush=True)
    sys.stdout.flush()
    os._exit(0 if rows == expected else 3)  # no orderly teardown: we measured what we came for


if __name__ == "__main__":
    sys.exit(main())
