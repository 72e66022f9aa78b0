"""Per-language build and run steps, shared by the runner for every launcher.

Each entry says where the candidate's source goes, how to compile it (if at all), and how to
start the driver that runs every test in one process and reports over the events fd.
Adding a language means adding a driver under drivers/<lang>/ that speaks the same event
protocol (see README.md) and an entry here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVERS = os.path.join(HERE, "drivers")


@dataclass(frozen=True)
class LanguageSpec:
    name: str
    source_file: str
    # argv for the compile step, or None for interpreted languages. Gets (work_dir).
    compile_cmd: Optional[Callable[[str], List[str]]]
    # argv that starts the driver. Gets (work_dir, events_fd).
    run_cmd: Callable[[str, int], List[str]]
    # Runtimes that reserve large virtual ranges up front (JVM, Go) cannot live under
    # RLIMIT_AS; they get their memory cap from runtime flags and the container instead.
    limit_address_space: bool = True
    extra_env: dict = field(default_factory=dict)


def _python_run(work: str, events_fd: int) -> List[str]:
    return [
        "python3",
        "-I",  # ignore PYTHON* variables and the user site directory
        "-B",  # the scratch dir is the only writable place; do not litter it with .pyc
        os.path.join(DRIVERS, "python", "driver.py"),
        work,
        str(events_fd),
    ]


LANGUAGES = {
    "python": LanguageSpec(name="python", source_file="solution.py", compile_cmd=None, run_cmd=_python_run),
}

# Languages the harness knows about but whose drivers are not written yet.
PLANNED = ("javascript", "java", "cpp", "go")
