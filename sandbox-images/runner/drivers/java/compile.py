"""Java compile step, and the reporter of its errors.

    compile.py <work>                  compile step (languages.py compile_cmd)
    compile.py --report <work> <fd>    run step after a failed compile: reports it as events
    compile.py --build-driver [root]   compiles the driver once (image build, dev set-up)

The runner has written <work>/Solution.java (the candidate's code). The compile step puts the
customary imports in front of it on the same first line, so javac's line numbers are the
candidate's own, and compiles it once with ListNode/TreeNode (unless the candidate wrote their
own) and the driver (icdriver/) into <work>/classes. When javac rejects the code, the cleaned
message and the candidate's line go to <work>/compile_error.json and the step still exits 0;
the run step then starts this script with --report instead of the JVM, which emits
`compile_error` (README "Driver protocol"). A compile step that is killed (its own clock,
memory) is reported by the runner itself.

The driver does not depend on the candidate's code (it finds the class by reflection). When
DRIVER_ROOT holds it compiled from these sources (--build-driver, which a sandbox image runs at
build time), javac compiles only the candidate's file and a compile takes half the time;
otherwise it is compiled along with the candidate's code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
IMPORTS = "import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; "
# Fast start for a short-lived JVM: class data sharing, C1 only, the simple collector.
JAVAC_VM = ["-J-Xshare:auto", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-J-XX:-UsePerfData", "-J-Xmx512m", "-J-Xss16m"]
MAX_MESSAGE = 8000
# Outside the runner folder (launchers copy that per run) and read-only in the sandbox (/usr).
DRIVER_ROOT = "/usr/local/lib/interview-coach/java-driver"
DRIVER_SOURCES = [os.path.join(HERE, "icdriver", name) for name in ("Main.java", "Json.java")]
ERROR_FILE = "compile_error.json"


def strip_comments_and_literals(code: str) -> str:
    """The code with comments, strings and char literals blanked, for spotting declarations."""
    return re.sub(r'//[^\n]*|/\*.*?\*/|"""(?:\\.|[^\\])*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', " ", code, flags=re.S)


def declares(code: str, name: str) -> bool:
    return re.search(rf"\b(class|interface|record|enum)\s+{name}\b", code) is not None


def clean(output: str, user_file: str = "Solution.java") -> tuple:
    """javac's output as the candidate should read it, and the line of the first error."""
    lines = output.replace("\r", "").split("\n")
    out = []
    skip_caret = False
    for text in lines:
        if text.startswith(IMPORTS):  # javac echoes line 1 with our imports in front
            text = text[len(IMPORTS) :]
            skip_caret = True
        elif skip_caret and text.strip() == "^":
            text = text[len(IMPORTS) :] if text.startswith(" " * len(IMPORTS)) else text
            skip_caret = False
        else:
            skip_caret = False
        # Our own files by name only: /runner/drivers/java/... means nothing to a candidate.
        text = text.replace(HERE + os.sep, "")
        out.append(text)
    message = "\n".join(out).strip()
    location = re.compile(rf"^{re.escape(user_file)}:(\d+): ", re.M)
    first = location.search(message)
    line = int(first.group(1)) if first else None
    if first:
        # "Line N: " is put in front by whoever shows the first error; later ones keep their place.
        message = message[: first.start()] + message[first.end() :]
        message = location.sub(lambda m: f"Line {m.group(1)}: ", message)
    return message[:MAX_MESSAGE], line


def user_file(work: str) -> str:
    """Solution.java; for a design problem <ClassName>.java, so `public class MinStack` compiles too."""
    with open(os.path.join(work, "job.json"), encoding="utf-8") as f:
        signature = json.load(f)["signature"]
    return f'{signature["className"]}.java' if signature.get("kind") == "design" else "Solution.java"


def driver_dir(root: str = DRIVER_ROOT) -> str:
    """Where the prebuilt driver for these sources and this javac lives (it may not)."""
    digest = hashlib.sha256(os.path.realpath(shutil.which("javac") or "javac").encode())
    for path in DRIVER_SOURCES:
        with open(path, "rb") as f:
            digest.update(f.read())
    return os.path.join(root, digest.hexdigest()[:16])


def build_driver(root: str) -> str:
    target = driver_dir(root)
    if os.path.isdir(target):
        return target  # the key is the sources' hash: already built from these very sources
    tmp = f"{target}.{os.getpid()}"
    os.makedirs(tmp, mode=0o755)
    subprocess.run(["javac", *JAVAC_VM, "-encoding", "UTF-8", "-proc:none", "-g", "-d", tmp, *DRIVER_SOURCES], check=True)
    for d, _, files in os.walk(tmp):
        os.chmod(d, 0o755)
        for name in files:
            os.chmod(os.path.join(d, name), 0o644)
    if os.path.exists(target):
        shutil.rmtree(target)
    os.replace(tmp, target)
    prune(root, keep=target)
    return target


def prune(root: str, keep: str) -> None:
    """Removes builds for older sources (directories named by a 16-hex-digit key) next to keep."""
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if path != keep and re.fullmatch(r"[0-9a-f]{16}", name) and os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)


def compile_step(work: str) -> int:
    name = user_file(work)
    with open(os.path.join(work, "Solution.java"), encoding="utf-8", errors="replace") as f:
        code = f.read()
    if name != "Solution.java":
        os.unlink(os.path.join(work, "Solution.java"))
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(IMPORTS + code)
    bare = strip_comments_and_literals(code)
    files = [name]
    for node in ("ListNode", "TreeNode"):
        if not declares(bare, node):  # a candidate who pastes the LeetCode class keeps theirs
            files.append(os.path.join(HERE, "prelude", f"{node}.java"))
    prebuilt = os.path.join(driver_dir(), "icdriver")
    if not os.path.exists(os.path.join(prebuilt, "Main.class")):
        prebuilt = None
        files += DRIVER_SOURCES
    os.makedirs(os.path.join(work, "classes"), exist_ok=True)
    argv = ["javac", *JAVAC_VM, "-encoding", "UTF-8", "-proc:none", "-nowarn", "-Xlint:none", "-Xmaxerrs", "20", "-g", "-d", "classes", *files]
    done = subprocess.run(argv, cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if done.returncode == 0:
        if prebuilt:  # the run's classpath is <work>/classes: the driver joins it by a link
            os.symlink(prebuilt, os.path.join(work, "classes", "icdriver"))
        return 0
    output = done.stdout.decode("utf-8", "replace")
    if done.returncode < 0 or "OutOfMemoryError" in output or "Could not reserve enough space" in output:
        # Killed or out of memory: not the candidate's syntax; let the runner report the failure.
        sys.stderr.write(output or f"javac stopped (signal {-done.returncode})")
        return 1
    message, line = clean(output, name)
    error = {"message": message or "Compilation failed"}
    if line:
        error["line"] = line
    with open(os.path.join(work, ERROR_FILE), "w", encoding="utf-8") as f:
        json.dump(error, f)
    return 0


def report(work: str, fd: int) -> None:
    with open(os.path.join(work, ERROR_FILE), encoding="utf-8") as f:
        error = json.load(f)
    event = {"type": "compile_error", "message": str(error.get("message", "Compilation failed"))}
    if isinstance(error.get("line"), int):
        event["line"] = error["line"]
    data = (json.dumps(event) + "\n" + json.dumps({"type": "done"}) + "\n").encode()
    while data:
        data = data[os.write(fd, data) :]


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "--build-driver":
        print(build_driver(sys.argv[2] if len(sys.argv) > 2 else DRIVER_ROOT))
    else:
        sys.exit(compile_step(sys.argv[1]))
