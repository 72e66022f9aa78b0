#!/usr/bin/env python3
"""The entry point of an ECS sandbox task: fetch one job, run it with the runner, return the result, exit.

The task definition (infra/sandbox.ts) starts this instead of runner.py. The task is started by the
launcher (lib/launcher/ecs.ts) with:

  SANDBOX_EXCHANGE_URL   base URL of the job exchange (HTTPS through the VPC endpoint)
  SANDBOX_SLOT_ID        this task's slot
  SANDBOX_SLOT_TOKEN     signed token that lets this slot fetch its job (and nothing else)
  SANDBOX_IDLE_SECONDS   how long to wait for a job before retiring

Protocol (lib/launcher/ecs-exchange.ts):

  GET    {url}/sandbox/slots/{slot}/job?wait=20   Bearer slot token  -> 200 {jobId, job, resultToken} | 204 | 410
  DELETE {url}/sandbox/slots/{slot}               Bearer slot token  -> 204 retired | 409 a job came first
  POST   {url}/sandbox/jobs/{jobId}/result        Bearer result token, body: SandboxResult -> 201 | 409

The agent is the only part that talks to the network. The runner and the user code it starts run
with an empty environment (no tokens, no URL), their own session, and a seccomp filter that lets
them create no sockets but AF_UNIX ones, and not ptrace, read other processes' memory, use io_uring,
bpf, perf or keyrings. The agent makes itself non-dumpable so code running under the same uid
cannot read its memory or environment through /proc. (The task's init process, same uid, still shows
the slot token in its environment; by the time user code runs that token is spent: a slot's job is
handed out once. The result token never leaves the agent's memory.) If the filter cannot be installed
the agent refuses to run the code (fail closed). The security group allows the task HTTPS to the VPC
endpoints only, and the task has no AWS role: the filter is the inner wall, the network the outer.

Settings for tests only: SANDBOX_RUNNER_COMMAND (JSON argv replacing the runner command) and
SANDBOX_AGENT_ISOLATION=none (when that command brings its own isolation, e.g. bubblewrap).
"""

from __future__ import annotations

import ctypes
import json
import os
import platform
import signal
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
HOLD_SECONDS = 20
GRACE_SECONDS = 10
USER_AGENT = "interview-coach-task-agent/1"


def log(msg: str) -> None:
    print(f"[task-agent] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- seccomp

PR_SET_DUMPABLE = 4
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38
SECCOMP_MODE_FILTER = 2
SECCOMP_RET_KILL_PROCESS = 0x80000000
SECCOMP_RET_ERRNO = 0x00050000
SECCOMP_RET_ALLOW = 0x7FFF0000
EPERM = 1
EACCES = 13
AF_UNIX = 1

BPF_LD_W_ABS = 0x20
BPF_JEQ_K = 0x15
BPF_JGE_K = 0x35
BPF_RET_K = 0x06

# (audit arch, syscall numbers) per machine
ARCHES = {
    "x86_64": (
        0xC000003E,
        {
            "socket": 41, "socketpair": 53, "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311,
            "io_uring_setup": 425, "bpf": 321, "perf_event_open": 298, "userfaultfd": 323,
            "keyctl": 250, "add_key": 248, "request_key": 249,
        },
    ),
    "aarch64": (
        0xC00000B7,
        {
            "socket": 198, "socketpair": 199, "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271,
            "io_uring_setup": 425, "bpf": 280, "perf_event_open": 241, "userfaultfd": 282,
            "keyctl": 219, "add_key": 217, "request_key": 218,
        },
    ),
}
DENIED = ("ptrace", "process_vm_readv", "process_vm_writev", "io_uring_setup", "bpf", "perf_event_open", "userfaultfd", "keyctl", "add_key", "request_key")


def seccomp_program(machine: str | None = None) -> bytes:
    """The classic-BPF filter as packed sock_filter structs."""
    machine = machine or platform.machine()
    if machine not in ARCHES:
        raise OSError(f"no seccomp filter for {machine}")
    audit_arch, nr = ARCHES[machine]
    ins: list[tuple[int, int, int, int]] = []

    def add(code: int, jt: int, jf: int, k: int) -> None:
        ins.append((code, jt, jf, k))

    add(BPF_LD_W_ABS, 0, 0, 4)  # seccomp_data.arch
    add(BPF_JEQ_K, 1, 0, audit_arch)
    add(BPF_RET_K, 0, 0, SECCOMP_RET_KILL_PROCESS)  # another ABI (i386 via int 0x80): never
    add(BPF_LD_W_ABS, 0, 0, 0)  # seccomp_data.nr
    if machine == "x86_64":
        add(BPF_JGE_K, 0, 1, 0x40000000)  # x32 ABI
        add(BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | EPERM)
    for name in ("socket", "socketpair"):
        add(BPF_JEQ_K, 0, 4, nr[name])
        add(BPF_LD_W_ABS, 0, 0, 16)  # args[0] (domain), low word on little-endian
        add(BPF_JEQ_K, 0, 1, AF_UNIX)
        add(BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW)
        add(BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | EACCES)
    for name in DENIED:
        add(BPF_JEQ_K, 0, 1, nr[name])
        add(BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | EPERM)
    add(BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW)
    return b"".join(struct.pack("HBBI", *i) for i in ins)


_libc = None


def _load_libc():
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    return _libc


def _prctl(option: int, arg2: int) -> None:
    if _load_libc().prctl(option, arg2, 0, 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"prctl({option}) failed: {os.strerror(err)}")


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def make_isolator():
    """Returns a preexec function installing the filter; everything it needs is built here, before fork."""
    prog = seccomp_program()
    buf = ctypes.create_string_buffer(prog, len(prog))
    fprog = _SockFprog(len(prog) // 8, ctypes.cast(buf, ctypes.c_void_p))
    fprog_addr = ctypes.addressof(fprog)
    libc = _load_libc()

    def isolate() -> None:
        _keep = (buf, fprog)  # noqa: F841 (kept alive until exec)
        if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "no_new_privs refused")
        if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, fprog_addr, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "seccomp filter refused")

    return isolate


# ---------------------------------------------------------------- HTTP


class Exchange:
    def __init__(self, base: str, slot: str, token: str):
        parsed = urllib.parse.urlparse(base)
        if parsed.scheme != "https" and parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit(f"refusing a job exchange that is not HTTPS: {parsed.scheme}://{parsed.hostname}")
        self.base = base.rstrip("/")
        self.slot = urllib.parse.quote(slot, safe="")
        self.token = token

    def _call(self, method: str, path: str, token: str, body: bytes | None = None, timeout: float = 30.0):
        req = urllib.request.Request(self.base + path, data=body, method=method)
        req.add_header("Authorization", f"Bearer {token}")
        req.add_header("User-Agent", USER_AGENT)
        if body is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as res:
                return res.status, res.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def fetch(self, wait: int):
        return self._call("GET", f"/sandbox/slots/{self.slot}/job?wait={wait}", self.token, timeout=wait + 15)

    def retire(self):
        return self._call("DELETE", f"/sandbox/slots/{self.slot}", self.token)

    def post_result(self, job_id: str, result_token: str, result: dict):
        body = json.dumps(result, ensure_ascii=True).encode()
        return self._call("POST", f"/sandbox/jobs/{urllib.parse.quote(job_id, safe='')}/result", result_token, body)


# ---------------------------------------------------------------- running the job


def not_run(job: dict, status: str, message: str, elapsed_ms: float) -> dict:
    return {
        "status": status,
        "tests": [{"id": t["id"], "status": "not_run", "stdout": "", "timeMs": 0} for t in job.get("tests", [])],
        "stdout": "",
        "stderr": message,
        "exitCode": None,
        "executionTimeMs": elapsed_ms,
        "memoryMb": 0,
    }


def hung(job: dict, elapsed_ms: float) -> dict:
    return {
        "status": "timeout",
        "tests": [
            {"id": t["id"], "status": "error", "stdout": "", "error": "Time limit exceeded", "limit": "time", "timeMs": 0}
            for t in job.get("tests", [])
        ],
        "stdout": "",
        "stderr": "",
        "exitCode": None,
        "executionTimeMs": elapsed_ms,
        "memoryMb": 0,
    }


def runner_env() -> dict:
    # Nothing of the task's environment: no tokens, no exchange URL, no RUNNER_PID_NAMESPACE (the
    # agent shares the container's pid namespace, so the runner must not sweep every process).
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "RUNNER_SCRATCH": os.environ.get("RUNNER_SCRATCH", "/tmp"),
    }


def run_job(job: dict, command: list[str], isolation: str) -> dict:
    started = time.monotonic()
    elapsed = lambda: (time.monotonic() - started) * 1000  # noqa: E731
    limits = job.get("limits") or {}
    budget = (limits.get("wallMs", 5000) + limits.get("compileMs", 0)) / 1000 + GRACE_SECONDS
    preexec = None
    if isolation == "seccomp":
        try:
            preexec = make_isolator()
        except Exception as e:  # noqa: BLE001
            return not_run(job, "crashed", f"The sandbox could not isolate the code ({e}); nothing was run.", elapsed())
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=runner_env(),
            cwd="/tmp" if os.path.isdir("/tmp") else "/",
            close_fds=True,
            start_new_session=True,
            preexec_fn=preexec,
        )
    except (OSError, subprocess.SubprocessError) as e:
        return not_run(job, "crashed", f"The sandbox could not start the runner ({e}); nothing was run.", elapsed())
    try:
        out, err = proc.communicate(json.dumps(job).encode(), timeout=budget)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        proc.communicate()
        return hung(job, elapsed())
    try:
        result = json.loads(out.decode("utf-8"))
        if not isinstance(result, dict) or "status" not in result:
            raise ValueError("not a result")
        return result
    except (UnicodeDecodeError, ValueError):
        why = err.decode("utf-8", "replace").strip()[-2000:] or f"runner exited with {proc.returncode}"
        return not_run(job, "crashed", f"The sandbox did not return a result: {why}", elapsed())


# ---------------------------------------------------------------- main loop


def main() -> int:
    env = os.environ
    try:
        base, slot, token = env["SANDBOX_EXCHANGE_URL"], env["SANDBOX_SLOT_ID"], env["SANDBOX_SLOT_TOKEN"]
    except KeyError as e:
        log(f"missing {e.args[0]}")
        return 2
    idle = int(env.get("SANDBOX_IDLE_SECONDS") or 600)
    command = json.loads(env["SANDBOX_RUNNER_COMMAND"]) if env.get("SANDBOX_RUNNER_COMMAND") else [sys.executable, "-I", "-B", os.path.join(HERE, "runner.py")]
    isolation = env.get("SANDBOX_AGENT_ISOLATION", "seccomp")
    for key in ("SANDBOX_SLOT_TOKEN", "SANDBOX_RUNNER_COMMAND", "SANDBOX_AGENT_ISOLATION"):
        env.pop(key, None)
    try:
        _prctl(PR_SET_DUMPABLE, 0)  # same-uid code cannot ptrace us or read /proc/<agent>/{mem,environ}
    except OSError as e:
        log(f"cannot make the agent non-dumpable: {e}")
        return 3

    exchange = Exchange(base, slot, token)
    deadline = time.monotonic() + idle
    backoff = 0.5
    while True:
        remaining = deadline - time.monotonic()
        try:
            if remaining <= 0:
                status, _ = exchange.retire()
                if status in (204, 410):
                    log("idle: retired")
                    return 0
                if status != 409:
                    log(f"retire answered {status}")
                    return 1
                deadline = time.monotonic() + HOLD_SECONDS  # a job came first: take it
                continue
            status, body = exchange.fetch(max(1, min(HOLD_SECONDS, int(remaining))))
        except (OSError, urllib.error.URLError) as e:
            if time.monotonic() > deadline + 60:
                log(f"job exchange unreachable: {e}")
                return 1
            time.sleep(backoff)
            backoff = min(backoff * 2, 5)
            continue
        backoff = 0.5
        if status == 204:
            continue
        if status == 410:
            log("slot is gone: exiting")
            return 0
        if status != 200:
            if status >= 500:
                time.sleep(1)
                continue
            log(f"job fetch refused: HTTP {status}")
            return 1
        offer = json.loads(body)
        job_id, result_token, job = offer["jobId"], offer["resultToken"], offer["job"]
        log(f"running job {job_id}")
        result = run_job(job, command, isolation)
        for attempt in range(4):
            try:
                status, body = exchange.post_result(job_id, result_token, result)
            except (OSError, urllib.error.URLError) as e:
                log(f"posting the result failed: {e}")
                time.sleep(0.5 * (attempt + 1))
                continue
            if status in (201, 409):
                return 0
            if status == 413:
                result = not_run(job, "output_exceeded", "The result was too large to return.", result.get("executionTimeMs", 0))
                continue
            if status < 500:
                log(f"result refused: HTTP {status} {body[:200]!r}")
                return 1
            time.sleep(0.5 * (attempt + 1))
        return 1


if __name__ == "__main__":
    sys.exit(main())
