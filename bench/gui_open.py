"""Time to first paint and peak memory of the main window opening a large database.

Runs a fresh process (offscreen) that starts the clock at its first line, imports the app, opens the
database, builds the main window as a signed-in officer (the login dialog waits for a human, so it is
left out) and stops the clock when the case list's first page has been painted. Peak RSS is the
process's high-water mark. The database is built once with bench/search.py's builder, or reused.
Last line:
    exhibits=N first_paint_s=X peak_rss_mb=Y

    python bench/gui_open.py --db /tmp/caseapp-bench-search.sqlite3
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def child(db: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from caseapp.gui.main_window import MainWindow
    from caseapp.services.app import CaseApp
    from caseapp.services.auth import Role, User

    imported = time.perf_counter()
    qt = QApplication([])
    app = CaseApp.open(db)
    opened = time.perf_counter()
    window = MainWindow(app, User("bench", "Bench Officer", "", Role.OFFICER))
    painted: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "at" not in painted and window.model.rowCount():
                painted["at"] = time.perf_counter()
                QTimer.singleShot(0, qt.quit)
            return False

    spy = FirstPaint()
    window.table.viewport().installEventFilter(spy)
    shown = time.perf_counter()
    window.show()
    QTimer.singleShot(30_000, qt.quit)
    qt.exec()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cases, exhibits = app.counts()
    print(json.dumps({"first_paint_s": painted.get("at", float("nan")) - STARTED, "peak_rss_mb": rss_mb,
                      "imported_s": imported - STARTED, "opened_s": opened - STARTED, "window_built_s": shown - STARTED,
                      "rows": window.model.rowCount(), "cases": cases, "exhibits": exhibits}))
    app.close()
    os._exit(0)  # skip Qt's teardown: it is not what is measured


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "caseapp-bench-search.sqlite3")
    parser.add_argument("--exhibits", type=int, default=1_000_000, help="when building the database")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.db)
        return
    if not args.db.exists():
        from bench.search import build

        build(args.db, args.exhibits)
    # one untimed run applies any pending migration and warms the file cache
    runs = []
    for attempt in range(args.repeat + 1):
        out = subprocess.run([sys.executable, __file__, "--child", "--db", str(args.db)], check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        if attempt:
            runs.append(json.loads(out))
            print(f"run {attempt}: {out}")
    first_paint = statistics.median(r["first_paint_s"] for r in runs)
    rss = max(r["peak_rss_mb"] for r in runs)
    print(f"median of {len(runs)} runs; rows loaded at first paint: {runs[0]['rows']}; cases {runs[0]['cases']:,}")
    print(f"exhibits={runs[0]['exhibits']} first_paint_s={first_paint:.3f} peak_rss_mb={rss:.0f}")


if __name__ == "__main__":
    main()
