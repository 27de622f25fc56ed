"""bench/report.py: a bench's section from an earlier report is carried, marked once; a note
written by hand into that report is not (it annotated the run it was written for), nor the
section of a bench that make bench no longer runs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _report() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # report.py reads its neighbours' BASELINES texts
    try:
        spec = importlib.util.spec_from_file_location("bench_report", BENCH / "report.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def _result(name: str) -> dict[str, object]:
    return {
        "bench": name,
        "commit": "abc123",
        "date": "2026-12-06T10:00:00+00:00",
        "cpus": 2,
        "python": "3.11.7",
        "seconds": 1.0,
        "loadavg_1m_before": 0.5,
        "loadavg_1m_after": 0.6,
        "figures": [{"name": "a figure", "value": 1.5, "unit": "ms"}],
    }


def test_benches_are_carried_once_and_notes_are_not(tmp_path: Path) -> None:
    report = _report()
    (tmp_path / "run.json").write_text(json.dumps(_result("run")), encoding="utf-8")
    earlier = report.render(tmp_path / "none", "")  # an empty results folder: no sections
    earlier += "\n## server\n\ncommit old; a figure of the server\n"
    earlier += "\n## Note, 2026-12-05: measured by hand\n\nwords about that run\n"
    earlier += "\n## wholevault-csv-view\n\ncommit older; a bench no longer run\n"
    once = report.render(tmp_path, earlier)
    twice = report.render(tmp_path, once)
    for text in (once, twice):
        assert "## run" in text and "## server" in text
        assert text.count(report.CARRIED) == 1  # the server's section, marked once
        assert "a figure of the server" in text
        assert "## Note" not in text and "words about that run" not in text
        assert "wholevault-csv-view" not in text and "no longer run" not in text
        assert "## How the baselines were checked" in text
