"""bench/report.md from the results the benches left in bench/results/*.json.

Run by ``make bench`` after the benches (``--smoke`` reads bench/results/smoke/, or
BENCH_RESULTS, and writes report.md there instead). Every figure with its baseline, ratio
and target, and each bench's context: vault size, load average during the run, commit, date;
last, how each bench checks that its baselines do the same work (each bench's BASELINES).
"""

from __future__ import annotations

import ast
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ORDER = (
    "run",
    "casefile",
    "scale",
    "identity_index",
    "bundle",
    "gui",
    "register_import",
    "wholevault",
    "package",
    "server",
    "sealing",
    "text_binding",
)


# bench/'s files that are not benches.
HELPERS = ("common", "report", "seed")
BASELINES = "How the baselines were checked"


def checked_text(bench: Path) -> str:
    """A bench's BASELINES text (how it checks its baselines do the same work), read from its
    source, not imported (a bench imports OneStop): "" for a bench with no baseline."""
    for node in ast.parse(bench.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "BASELINES" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    return ""


def baselines_checked(folder: Path = HERE) -> list[str]:
    """The report's section on the baselines: one bullet for each bench with a baseline, its
    own words (its BASELINES, beside the assertions it names), and the benches with none."""
    benches = sorted(p.stem for p in folder.glob("*.py") if p.stem not in HELPERS)
    lines = [
        f"## {BASELINES}",
        "",
        "A baseline is bare code doing the work of the figure beside it, in the same run. For "
        "each bench: what its baselines are, and what the bench asserts so that they do the "
        "same work (a failed check stops the bench before it writes a figure); a baseline that "
        "is a floor rather than the same work, or a part left unchecked, is said to be. The "
        "text is each bench's BASELINES, beside the assertions it names: it describes the "
        "benches as they are when this report is written, and a section measured at an "
        "earlier commit (its first line names it) was measured by the bench of that commit.",
        "",
    ]
    without = []
    for name in [n for n in ORDER if n in benches] + [n for n in benches if n not in ORDER]:
        text = checked_text(folder / f"{name}.py")
        if text:
            lines.append(f"- **{name}** (bench/{name}.py): {text}")
        else:
            without.append(name)
    if without:
        lines.append(f"- No figure of {', '.join(without)} has a baseline.")
    return [*lines, ""]


def number(value: Any, unit: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    else:
        text = str(value)
    return f"{text} {unit}".strip()


CARRIED = "*Carried over from the previous bench/report.md: this run has no results of its own"


def sections(report: str) -> dict[str, str]:
    """The "## name" sections of an earlier report.md, by bench name, each as it was written."""
    out: dict[str, str] = {}
    for part in report.split("\n## ")[1:]:
        name, _, body = part.partition("\n")
        out[name.strip()] = f"## {name.strip()}\n{body.rstrip()}\n"
    return out


def render(results: Path, earlier: str = "") -> str:
    """The report of the results in ``results``; a bench of the ``earlier`` report whose
    results are not there (bench/results/ is not committed, so a run of one bench on another
    machine has only its own) keeps its section as it was, marked so."""
    found = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in results.glob("*.json")}
    found = {k: v for k, v in found.items() if "figures" in v}  # not the seeded vaults' notes
    names = [n for n in ORDER if n in found] + sorted(set(found) - set(ORDER))
    lines = ["# OneStop benchmarks", ""]
    if not names:
        return "\n".join([*lines, "No results: run `make bench`.", ""])
    first = found[names[0]]
    smoke = " (smoke sizes: not figures)" if first.get("smoke") else ""
    commits = sorted({str(found[n].get("commit"))[:12] for n in names})
    lines += [
        f"Commit {first.get('commit')}, {first.get('date')}, {first.get('cpus')} CPUs, "
        f"Python {first.get('python')}{smoke}.",
        "",
    ]
    if len(commits) > 1:  # benches run again after a fix: each section says its own
        lines += [
            f"**Not one run**: these sections come from {len(commits)} commits "
            f"({', '.join(commits)}); each section's first line says which.",
            "",
        ]
    lines += [
        "The load average is the machine's (os.getloadavg, 1 minute) at the start and end of "
        "each bench: figures taken above a load of about the CPU count were measured on a busy "
        "machine and read high. Ratios are OneStop's figure over its baseline (lower is better); "
        f'how each baseline is checked to do the same work is in the last section ("{BASELINES}").',
        "",
    ]
    loads = [
        r[k] for r in found.values() for k in ("loadavg_1m_before", "loadavg_1m_after") if k in r
    ]
    cpus = first.get("cpus") or 1
    if loads and max(loads) > cpus:
        lines += [
            f"**Measured on a busy machine**: the load average ran from {min(loads):.1f} to "
            f"{max(loads):.1f} on {cpus} CPUs during these runs. Times read high, and ratios "
            "taken under load are noisy; compare figures only between runs under a like load.",
            "",
        ]
    for name in names:
        r = found[name]
        lines += [f"## {name}", ""]
        context = [
            f"commit {r.get('commit')}",
            f"{r.get('date')}",
            f"load {number(r.get('loadavg_1m_before'))} → {number(r.get('loadavg_1m_after'))}",
            f"{number(r.get('seconds'))} s",
        ]
        for key, label in (
            ("survivors", "survivors"),
            ("audit_entries", "audit entries added"),
            ("vault_mb", "MB vault"),
            ("kdf", "Argon2id"),
        ):
            if key in r:
                value = r[key]
                if isinstance(value, dict):
                    value = ", ".join(f"{k}={v}" for k, v in value.items())
                context.append(f"{label} {value}" if key == "kdf" else f"{number(value)} {label}")
        lines += ["; ".join(context), ""]
        if r.get("notes"):
            lines += [str(r["notes"]), ""]
        lines += [
            "| figure | value | baseline | ratio | target | the baseline is; notes |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for f in r.get("figures", []):
            lines.append(
                f"| {f['name']} | {number(f['value'], f['unit'])} | "
                f"{number(f.get('baseline'), f['unit']) if 'baseline' in f else ''} | "
                f"{number(f.get('ratio')) + '×' if f.get('ratio') is not None else ''} | "
                f"{f.get('target', '')} | {f.get('baseline_is', '')}"
                f"{(' — ' + f['note']) if f.get('note') else ''} |"
            )
        lines.append("")
    for name, text in sections(earlier).items():
        # A bench's section is carried; a note written by hand into a report (not a bench's
        # results: "## Note, ...") belonged to the run it annotated, and goes with it.
        if not re.fullmatch(r"[a-z_][a-z0-9_-]*", name):
            continue
        if name not in ORDER:
            continue  # a bench make bench no longer runs: its figures describe nothing now
        if name not in found and name != BASELINES:  # that one is written anew, below
            head, _, rest = text.partition("\n")
            rest = rest.strip()
            if not rest.startswith(CARRIED):  # carried once, marked once
                rest = f"{CARRIED} (bench/results/{name}.json).*\n\n{rest}"
            lines += [head, "", rest, ""]
    lines += baselines_checked()
    return "\n".join(lines)


def main() -> int:
    smoke = "--smoke" in sys.argv[1:]
    chosen = os.environ.get("BENCH_RESULTS")
    results = Path(chosen) if chosen else HERE / "results" / ("smoke" if smoke else "")
    out = results / "report.md" if smoke or chosen else HERE / "report.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    earlier = out.read_text(encoding="utf-8") if out.exists() and not (smoke or chosen) else ""
    out.write_text(render(results, earlier), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
