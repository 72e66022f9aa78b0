#!/usr/bin/env python3
"""Runs one job inside the sandbox and prints one SandboxResult as JSON on stdout.

Reads a SandboxJob (lib/launcher/types.ts) as JSON from stdin (or the file named by the
first argument), writes the candidate's code into a fresh scratch dir, starts the
language's driver under resource limits, enforces the wall clock and the output cap,
kills every process the code left behind, and reports per-test outcomes.

The runner is the same under every launcher (bubblewrap locally, Docker, ECS). It never
sees expected outputs: the judge compares outside the sandbox.
"""

from __future__ import annotations

import json
import os
import resource
import selectors
import shutil
import signal
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from languages import LANGUAGES, PLANNED, LanguageSpec  # noqa: E402

MB = 1024 * 1024
EVENTS_CAP = 32 * MB  # results channel (returned values can be large, prints are capped separately)
STDERR_CAP = 64 * 1024
OPEN_FILES = 64
STACK_BYTES = 64 * MB
COMPILE_FILE_BYTES = 256 * MB
CHILD_PATH = "/usr/local/bin:/usr/bin:/bin"
MAX_FD = 1 << 16


class JobError(Exception):
    pass


# ---------------------------------------------------------------- job parsing


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise JobError(f"invalid job: {what}")


def parse_job(raw: bytes) -> dict:
    try:
        job = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise JobError(f"invalid job: not JSON ({e})") from None
    _need(isinstance(job, dict), "not an object")
    _need(isinstance(job.get("language"), str), "language")
    _need(isinstance(job.get("code"), str), "code")
    sig = job.get("signature")
    _need(isinstance(sig, dict), "signature")
    kind = sig.get("kind", "function")
    if kind == "design":
        _need(isinstance(sig.get("className"), str), "signature.className")
        ctor = sig.get("constructor")
        _need(isinstance(ctor, dict) and _params_ok(ctor.get("params")), "signature.constructor.params")
        methods = sig.get("methods")
        _need(isinstance(methods, list) and len(methods) > 0, "signature.methods")
        for i, m in enumerate(methods):
            _need(isinstance(m, dict) and isinstance(m.get("name"), str) and isinstance(m.get("returns"), str), f"signature.methods.{i}")
            _need(_params_ok(m.get("params")), f"signature.methods.{i}.params")
        arity = 2  # [operations, arguments]
    else:
        _need(kind == "function", "signature.kind")
        _need(isinstance(sig.get("method"), str), "signature.method")
        _need(_params_ok(sig.get("params")), "signature.params")
        _need(isinstance(sig.get("returns"), str), "signature.returns")
        arity = len(sig["params"])
    tests = job.get("tests")
    _need(isinstance(tests, list), "tests")
    for i, t in enumerate(tests):
        _need(isinstance(t, dict) and isinstance(t.get("id"), str), f"tests.{i}.id")
        _need(isinstance(t.get("input"), list) and len(t["input"]) == arity, f"tests.{i}.input")
        if kind == "design":
            ops, args = t["input"]
            _need(isinstance(ops, list) and isinstance(args, list) and len(ops) == len(args) and len(ops) > 0, f"tests.{i}.input")
    limits = job.get("limits")
    _need(isinstance(limits, dict), "limits")
    for key in ("wallMs", "cpuSeconds", "memoryMb", "maxProcesses", "maxOutputBytes", "maxFileBytes"):
        v = limits.get(key)
        _need(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, f"limits.{key}")
    if "compileMs" in limits:  # the compile step's own wall clock; without it, compiling shares wallMs
        v = limits["compileMs"]
        _need(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, "limits.compileMs")
    return job


def _params_ok(params) -> bool:
    return isinstance(params, list) and all(isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("type"), str) for p in params)


# ---------------------------------------------------------------- processes


def _set_limit(which: int, value: int) -> None:
    _, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))


def apply_limits(limits: dict, spec: LanguageSpec) -> None:
    cpu = int(limits["cpuSeconds"])
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    # Soft limit sends SIGXCPU (reported as a timeout); the hard one a second later is SIGKILL.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1 if hard == resource.RLIM_INFINITY else min(cpu + 1, hard)))
    if spec.limit_address_space:
        _set_limit(resource.RLIMIT_AS, int(limits["memoryMb"]) * MB)
    _set_limit(resource.RLIMIT_NPROC, int(limits["maxProcesses"]))
    _set_limit(resource.RLIMIT_FSIZE, int(limits["maxFileBytes"]))
    _set_limit(resource.RLIMIT_NOFILE, OPEN_FILES)
    _set_limit(resource.RLIMIT_CORE, 0)
    _set_limit(resource.RLIMIT_STACK, STACK_BYTES)


def make_non_dumpable() -> None:
    """Keeps same-uid code from opening /proc/<runner>/fd/* (forging our output) or ptracing us."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4
    except Exception:
        pass


def _proc_pids() -> list:
    try:
        return [int(n) for n in os.listdir("/proc") if n.isdigit()]
    except OSError:
        return []


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
        return stat[stat.rindex(b")") + 2 : stat.rindex(b")") + 3] == b"Z"
    except (OSError, ValueError):
        return True  # gone


def _reap_children() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def kill_leftovers(child_pid: int) -> bool:
    """Kills the driver's process group and, in a private pid namespace, every other process.

    Returns True when nothing the candidate started is still alive."""
    try:
        os.killpg(child_pid, signal.SIGKILL)
    except OSError:
        pass
    if os.environ.get("RUNNER_PID_NAMESPACE") != "private":
        return True
    me = os.getpid()
    for _ in range(200):  # a fork bomb keeps spawning while we sweep; NPROC bounds it
        victims = [p for p in _proc_pids() if p != me and p != 1 and not _is_zombie(p)]
        if not victims:
            return True
        for p in victims:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
        _reap_children()
        time.sleep(0.002)
    return False


class Supervised:
    """What happened to one child process run under limits."""

    def __init__(self) -> None:
        self.stdout = bytearray()
        self.stderr = bytearray()
        self.events = bytearray()
        self.timed_out = False
        self.output_exceeded = False
        self.exit_code: int | None = None
        self.signal: int | None = None
        self.max_rss_mb = 0.0
        self.elapsed_ms = 0.0
        self.start_times: dict = {}  # test id -> monotonic time its start event arrived
        self.leftovers_killed = True


def supervise(argv: list, work: str, limits: dict, spec: LanguageSpec, wall_s: float, events_fd: int | None, ev_r: int | None) -> Supervised:
    out = Supervised()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    env = {"PATH": CHILD_PATH, "HOME": work, "TMPDIR": work, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **spec.extra_env}
    devnull = os.open(os.devnull, os.O_RDONLY)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # child: becomes the candidate's process
        try:
            os.setsid()
            os.dup2(devnull, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            # Only stdio and the events pipe reach the candidate's process.
            if events_fd is None:
                os.closerange(3, MAX_FD)
            else:
                os.closerange(3, events_fd)
                os.closerange(events_fd + 1, MAX_FD)
                os.set_inheritable(events_fd, True)
            os.chdir(work)
            os.umask(0o077)
            apply_limits(limits, spec)
            os.execvpe(argv[0], argv, env)
        except BaseException as e:  # exec failed: the image is broken, say why
            try:
                os.write(2, f"runner: could not start {argv[0]}: {e}\n".encode())
            finally:
                os._exit(127)
    os.close(out_w)
    os.close(err_w)
    os.close(devnull)
    if events_fd is not None:
        os.close(events_fd)

    sel = selectors.DefaultSelector()
    streams = {out_r: out.stdout, err_r: out.stderr}
    if ev_r is not None:
        streams[ev_r] = out.events
    for fd in streams:
        os.set_blocking(fd, False)
        sel.register(fd, selectors.EVENT_READ)
    pidfd = None
    try:
        pidfd = os.pidfd_open(pid)
        sel.register(pidfd, selectors.EVENT_READ)
    except (AttributeError, OSError):
        pidfd = None  # older kernel: poll waitpid below

    deadline = started + wall_s
    status = None
    rusage = None
    raw_output_total = 0
    pending_line = bytearray()

    def note_starts(chunk: bytes) -> None:
        # Remember when each test started so a test cut off by the wall clock gets its time.
        pending_line.extend(chunk)
        while b"\n" in pending_line:
            line, _, rest = bytes(pending_line).partition(b"\n")
            pending_line[:] = rest
            if line.startswith(b'{"type": "start"') or line.startswith(b'{"type":"start"'):
                try:
                    out.start_times[json.loads(line)["id"]] = time.monotonic()
                except (ValueError, KeyError, TypeError):
                    pass

    def read_ready(timeout: float) -> None:
        nonlocal raw_output_total
        for key, _ in sel.select(max(0.0, timeout)):
            fd = key.fd
            if fd == pidfd:
                continue
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                continue
            except OSError:
                chunk = b""
            if not chunk:
                sel.unregister(fd)
                continue
            buf = streams[fd]
            if fd == ev_r:
                note_starts(chunk)
                if len(buf) + len(chunk) > EVENTS_CAP:
                    out.output_exceeded = True
                    continue
                buf.extend(chunk)
            else:  # stdout and stderr share the output cap
                raw_output_total += len(chunk)
                limit = int(limits["maxOutputBytes"])
                room = (limit if fd == out_r else STDERR_CAP) - len(buf)
                if room > 0:
                    buf.extend(chunk[:room])
                if raw_output_total > limit:
                    out.output_exceeded = True

    while status is None:
        now = time.monotonic()
        if now >= deadline:
            out.timed_out = True
            break
        if out.output_exceeded:
            break
        read_ready(min(deadline - now, 0.05 if pidfd is None else deadline - now))
        got, st, ru = os.wait4(pid, os.WNOHANG)
        if got == pid:
            status, rusage = st, ru

    out.elapsed_ms = (time.monotonic() - started) * 1000
    if status is None:  # still running: stop it and collect its status before the sweep reaps anything
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            os.kill(pid, signal.SIGKILL)
        _, status, rusage = os.wait4(pid, 0)
    out.leftovers_killed = kill_leftovers(pid)
    # Every writer is dead now: drain what is left in the pipes.
    if pidfd is not None:
        sel.unregister(pidfd)  # readable for good now that the child is gone
    drain_until = time.monotonic() + 1.0
    while sel.get_map() and time.monotonic() < drain_until:
        read_ready(0.05)
    sel.close()
    for fd in streams:
        try:
            os.close(fd)
        except OSError:
            pass
    if pidfd is not None:
        os.close(pidfd)

    if os.WIFSIGNALED(status):
        out.signal = os.WTERMSIG(status)
        out.exit_code = 128 + out.signal
    else:
        out.exit_code = os.WEXITSTATUS(status)
    out.max_rss_mb = round(rusage.ru_maxrss / 1024, 1) if rusage else 0.0
    return out


# ---------------------------------------------------------------- result


def decode(b: bytes) -> str:
    return bytes(b).decode("utf-8", errors="replace")


def parse_events(raw: bytes) -> list:
    events = []
    for line in bytes(raw).split(b"\n"):
        if not line.strip():
            continue
        try:
            ev = json.loads(line, parse_constant=str)
        except (ValueError, RecursionError):
            continue  # the candidate's own bytes on our fd; verdicts never trust this channel
        if isinstance(ev, dict) and isinstance(ev.get("type"), str):
            events.append(ev)
    return events


MEMORY_MARKERS = ("MemoryError", "Cannot allocate memory", "std::bad_alloc", "OutOfMemoryError", "out of memory")
SIGNAL_TEXT = {
    signal.SIGSEGV: "segmentation fault",
    signal.SIGABRT: "aborted",
    signal.SIGFPE: "arithmetic error",
    signal.SIGBUS: "bus error",
    signal.SIGILL: "illegal instruction",
    signal.SIGKILL: "killed",
}


def build_result(job: dict, run: Supervised) -> dict:
    limits = job["limits"]
    events = parse_events(run.events)
    results: dict = {}
    started: list = []
    compile_error = None
    load_error = None
    module_output = ""
    done = False
    for ev in events:
        kind = ev["type"]
        if kind == "compile_error" and compile_error is None:
            compile_error = {"message": str(ev.get("message", "Compilation failed"))}
            if isinstance(ev.get("line"), int):
                compile_error["line"] = ev["line"]
        elif kind == "load_error" and load_error is None:
            load_error = ev
        elif kind == "module_output":
            module_output += str(ev.get("stdout", ""))
        elif kind == "start" and isinstance(ev.get("id"), str):
            started.append(ev["id"])
        elif kind == "result" and isinstance(ev.get("id"), str) and ev["id"] not in results:
            results[ev["id"]] = ev
        elif kind == "done":
            done = True

    cpu_killed = run.signal == signal.SIGXCPU or (
        run.signal == signal.SIGKILL and not run.timed_out and not run.output_exceeded and _cpu_spent(run, limits)
    )
    timed_out = run.timed_out or cpu_killed
    memory_hit = any(r.get("limit") == "memory" for r in results.values())
    output_hit = run.output_exceeded or any(r.get("limit") == "output" for r in results.values())
    stderr_text = decode(run.stderr)
    crashed = not done and not timed_out and not output_hit and not memory_hit and compile_error is None
    if crashed and (any(m in stderr_text for m in MEMORY_MARKERS) or (run.signal in (signal.SIGABRT, signal.SIGSEGV, signal.SIGKILL) and run.max_rss_mb >= 0.8 * limits["memoryMb"])):
        memory_hit, crashed = True, False

    current = next((i for i in reversed(started) if i not in results), None)
    outcomes = []
    for t in job["tests"]:
        tid = t["id"]
        r = results.get(tid)
        if r is not None:
            outcomes.append(_outcome_from_event(r))
        elif compile_error is not None:
            outcomes.append({"id": tid, "status": "not_run", "stdout": "", "timeMs": 0})
        elif load_error is not None:
            o = {"id": tid, "status": "error", "stdout": "", "timeMs": 0, "error": str(load_error.get("message", "Your code failed to load"))}
            if isinstance(load_error.get("line"), int):
                o["errorLine"] = load_error["line"]
            if isinstance(load_error.get("errorType"), str):
                o["errorType"] = load_error["errorType"]
            outcomes.append(o)
        elif tid == current:
            since = run.start_times.get(tid)
            o = {"id": tid, "status": "error", "stdout": "", "timeMs": round((time.monotonic() - since) * 1000, 3) if since else 0}
            if timed_out:
                o.update(error="Time limit exceeded", limit="time")
            elif output_hit:
                o.update(error="Output limit exceeded", limit="output")
            elif memory_hit:
                o.update(error="Memory limit exceeded", limit="memory")
            else:
                o["error"] = _crash_text(run)
            outcomes.append(o)
        else:
            outcomes.append({"id": tid, "status": "not_run", "stdout": "", "timeMs": 0})

    if compile_error is not None:
        status = "compile_error"
    elif timed_out:
        status = "timeout"
    elif memory_hit:
        status = "memory_exceeded"
    elif output_hit:
        status = "output_exceeded"
    elif crashed:
        status = "crashed"
    else:
        status = "ok"

    result = {
        "status": status,
        "tests": outcomes,
        "stdout": module_output + decode(run.stdout),
        "stderr": stderr_text,
        "exitCode": run.exit_code,
        "executionTimeMs": round(run.elapsed_ms, 3),
        "memoryMb": run.max_rss_mb,
    }
    if compile_error is not None:
        result["compileError"] = compile_error
    return result


def _cpu_spent(run: Supervised, limits: dict) -> bool:
    # SIGKILL at the hard CPU limit: the run used at least the soft limit of CPU time.
    return run.elapsed_ms >= limits["cpuSeconds"] * 1000


def _crash_text(run: Supervised) -> str:
    if run.signal is not None:
        name = SIGNAL_TEXT.get(run.signal, f"signal {run.signal}")
        hint = " Very deep recursion is a common cause." if run.signal == signal.SIGSEGV else ""
        return f"Your program crashed ({name}).{hint}"
    return f"Your program exited before this test finished (exit code {run.exit_code}). Do not call exit() in a solution."


def _outcome_from_event(ev: dict) -> dict:
    o = {
        "id": ev["id"],
        "status": "ok" if ev.get("status") == "ok" else "error",
        "stdout": str(ev.get("stdout", "")),
        "timeMs": float(ev["timeMs"]) if isinstance(ev.get("timeMs"), (int, float)) else 0,
    }
    if o["status"] == "ok":
        o["actual"] = ev.get("actual")
    else:
        o["error"] = str(ev.get("error", "Runtime error"))
        for key, typ in (("errorLine", int), ("errorType", str), ("limit", str)):
            if isinstance(ev.get(key), typ):
                o[key] = ev[key]
    return o


def crashed_result(message: str, stderr: str = "") -> dict:
    return {
        "status": "crashed",
        "tests": [],
        "stdout": "",
        "stderr": (message + ("\n" + stderr if stderr else ""))[:STDERR_CAP],
        "exitCode": None,
        "executionTimeMs": 0,
        "memoryMb": 0,
    }


# ---------------------------------------------------------------- main


def run_job(job: dict) -> dict:
    language = job["language"]
    spec = LANGUAGES.get(language)
    if spec is None:
        if language in PLANNED:
            return crashed_result(f"Running {language} code is not available yet.")
        return crashed_result(f"Unknown language: {language}")

    scratch_root = os.environ.get("RUNNER_SCRATCH", tempfile.gettempdir())
    work = tempfile.mkdtemp(prefix="work-", dir=scratch_root)
    try:
        with open(os.path.join(work, spec.source_file), "w", encoding="utf-8") as f:
            f.write(job["code"])
        # The driver's view: no limits it could tamper with except its own print budget.
        with open(os.path.join(work, "job.json"), "w", encoding="utf-8") as f:
            # memoryMb: runtimes that cannot live under RLIMIT_AS (JVM, Go, Node) enforce it themselves.
            json.dump({"signature": job["signature"], "tests": job["tests"], "maxOutputBytes": job["limits"]["maxOutputBytes"], "memoryMb": job["limits"]["memoryMb"]}, f)

        limits = job["limits"]
        compile_ms = limits.get("compileMs")
        # The compile step has its own clock (compileMs); the run then gets the full wallMs.
        # Without compileMs (older jobs) both share wallMs.
        deadline = time.monotonic() + (compile_ms if compile_ms else limits["wallMs"]) / 1000
        if spec.compile_cmd is not None:
            compile_limits = dict(limits)
            # A compiler writes object files and binaries (a static Go binary is a few MB); the scratch tmpfs still caps them.
            compile_limits["maxFileBytes"] = max(int(limits["maxFileBytes"]), COMPILE_FILE_BYTES)
            if compile_ms:
                # Compilers run several processes and threads: CPU is bounded by the compile clock, generously.
                compile_limits["cpuSeconds"] = max(int(limits["cpuSeconds"]), -(-int(compile_ms) * 2 // 1000))
            built = supervise(spec.compile_cmd(work), work, compile_limits, spec, deadline - time.monotonic(), None, None)
            if built.timed_out or built.exit_code != 0:
                message = decode(built.stderr) or decode(built.stdout) or "Compilation failed"
                if built.timed_out:
                    message = f"Compilation took longer than the {(compile_ms or limits['wallMs']) / 1000:g} s compile limit"
                return {
                    "status": "compile_error",
                    "tests": [{"id": t["id"], "status": "not_run", "stdout": "", "timeMs": 0} for t in job["tests"]],
                    "compileError": {"message": message[:8000]},
                    "stdout": "",
                    "stderr": decode(built.stderr),
                    "exitCode": built.exit_code,
                    "executionTimeMs": round(built.elapsed_ms, 3),
                    "memoryMb": built.max_rss_mb,
                }
        if compile_ms:
            deadline = time.monotonic() + limits["wallMs"] / 1000

        ev_r, ev_w = os.pipe()
        run = supervise(spec.run_cmd(work, ev_w), work, job["limits"], spec, max(0.0, deadline - time.monotonic()), ev_w, ev_r)
        result = build_result(job, run)
        if not run.leftovers_killed:
            result["stderr"] += "\nrunner: some processes survived the sweep"
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    make_non_dumpable()
    try:
        if len(sys.argv) > 1:
            with open(sys.argv[1], "rb") as f:
                raw = f.read()
        else:
            raw = sys.stdin.buffer.read()
        result = run_job(parse_job(raw))
    except JobError as e:
        result = crashed_result(str(e))
    except Exception:
        result = crashed_result("runner failed", traceback.format_exc())
    # ASCII JSON: a lone surrogate in a returned string cannot break the encoding of our one output.
    try:
        text = json.dumps(result, ensure_ascii=True, allow_nan=False)
    except (ValueError, TypeError, RecursionError) as e:
        text = json.dumps(crashed_result(f"runner could not encode the result: {e}"))
    sys.stdout.buffer.write(text.encode("ascii"))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
