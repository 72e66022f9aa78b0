"""Per-language build and run steps, shared by the runner for every launcher.

Each entry says where the candidate's source goes, how to compile it (if at all), and how to
start the driver that runs every test in one process and reports over the events fd.
Adding a language means adding a driver under drivers/<lang>/ that speaks the same event
protocol (see README.md) and an entry here.
"""

from __future__ import annotations

import json
import os
import re
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


def _node() -> str:
    # Debian's Node under /usr (read-only in the sandbox), not an app's own Node in /usr/local.
    return "/usr/bin/node" if os.path.exists("/usr/bin/node") else "node"


def _javascript_run(work: str, events_fd: int) -> List[str]:
    return [_node(), os.path.join(DRIVERS, "javascript", "driver.cjs"), work, str(events_fd)]


def _go_build(work: str) -> List[str]:
    # Generates the harness around solution.go and runs `go build`; a compile error is left in
    # <work>/compile_error.json for the run step to report with the candidate's line.
    return ["python3", "-I", "-B", os.path.join(DRIVERS, "go", "build.py"), work]


def _go_run(work: str, events_fd: int) -> List[str]:
    prog = os.path.join(work, "build", "prog")
    if os.path.exists(prog):  # the harness compiled with the candidate's code runs the tests itself
        return [prog, work, str(events_fd)]
    return ["python3", "-I", "-B", os.path.join(DRIVERS, "go", "driver.py"), work, str(events_fd)]


def _java_build(work: str) -> List[str]:
    # Puts the customary imports on the candidate's first line and runs javac once; a compile
    # error is left in <work>/compile_error.json for the run step to report with the candidate's line.
    return ["python3", "-I", "-B", os.path.join(DRIVERS, "java", "compile.py"), work]


def _job_memory_mb(work: str, default: int) -> int:
    """memoryMb from the job.json the runner wrote (its last key; the file is read whole only if needed)."""
    path = os.path.join(work, "job.json")
    try:
        with open(path, "rb") as f:
            f.seek(max(0, os.path.getsize(path) - 256))
            m = re.search(rb'"memoryMb":\s*(\d+)', f.read())
        if m is None:
            with open(path, encoding="utf-8") as f:
                return int(json.load(f).get("memoryMb", default))
        return int(m.group(1))
    except (OSError, ValueError, TypeError, AttributeError):
        return default


def _java_run(work: str, events_fd: int) -> List[str]:
    if os.path.exists(os.path.join(work, "compile_error.json")):
        return ["python3", "-I", "-B", os.path.join(DRIVERS, "java", "compile.py"), "--report", work, str(events_fd)]
    memory = _job_memory_mb(work, 1024)
    # The JVM cannot live under RLIMIT_AS: the heap cap is memoryMb less room for the JVM's own
    # memory (metaspace, code cache, stacks), so a memory bomb ends in OutOfMemoryError.
    heap = max(memory // 2, memory - 160)
    return [
        "java",
        "-Xshare:auto",  # class data sharing: fast start
        "-XX:TieredStopAtLevel=1",  # C1 only: short runs never pay for C2
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",  # no hsperfdata file
        f"-Xmx{heap}m",
        "-Xss64m",  # the main thread's stack, like the 64 MB native stack of the other languages
        "-XX:MaxMetaspaceSize=96m",
        "-XX:ReservedCodeCacheSize=48m",
        "-XX:MaxDirectMemorySize=32m",
        "-XX:+DisableAttachMechanism",
        f"-Djava.io.tmpdir={work}",
        "-cp",
        os.path.join(work, "classes"),
        "icdriver.Main",
        work,
        str(events_fd),
    ]


def _cpp_build(work: str) -> List[str]:
    # One translation unit: prelude (bits/stdc++.h and the driver), ListNode/TreeNode, the
    # candidate's code after `#line 1 "solution.cpp"`, and a generated main(); g++ -std=c++17 -O2
    # once. A compile error is left in <work>/compile_error.json for the run step to report with
    # the candidate's line.
    return ["python3", "-I", "-B", os.path.join(DRIVERS, "cpp", "compile.py"), work]


def _cpp_run(work: str, events_fd: int) -> List[str]:
    if os.path.exists(os.path.join(work, "compile_error.json")):
        return ["python3", "-I", "-B", os.path.join(DRIVERS, "cpp", "compile.py"), "--report", work, str(events_fd)]
    # RLIMIT_AS is set here, not by the runner: the compile step needs more than a small memoryMb
    # (g++ on bits/stdc++.h), and compile.py gives g++ a cap of its own. Set before exec, it also
    # covers static initialisers.
    kb = _job_memory_mb(work, 512) * 1024
    return ["sh", "-c", f'ulimit -v {kb} && exec "$0" "$@"', os.path.join(work, "solution"), work, str(events_fd)]


LANGUAGES = {
    "python": LanguageSpec(name="python", source_file="solution.py", compile_cmd=None, run_cmd=_python_run),
    # Node and Go reserve far more address space than they use: no RLIMIT_AS; their drivers
    # enforce memoryMb (V8 heap limit and resident-memory watchdogs). GOMAXPROCS: RLIMIT_NPROC counts threads.
    "javascript": LanguageSpec(name="javascript", source_file="solution.js", compile_cmd=None, run_cmd=_javascript_run, limit_address_space=False),
    "go": LanguageSpec(name="go", source_file="solution.go", compile_cmd=_go_build, run_cmd=_go_run, limit_address_space=False, extra_env={"GOMAXPROCS": "2"}),
    # The JVM reserves far more address space than it uses: its heap is capped with -Xmx instead.
    "java": LanguageSpec(name="java", source_file="Solution.java", compile_cmd=_java_build, run_cmd=_java_run, limit_address_space=False),
    # C++ is capped by RLIMIT_AS all the same: memoryMb from its run command, 1 GB for g++ from compile.py.
    "cpp": LanguageSpec(name="cpp", source_file="solution.cpp", compile_cmd=_cpp_build, run_cmd=_cpp_run, limit_address_space=False),
}

# Languages the harness knows about but whose drivers are not written yet.
PLANNED = ()
