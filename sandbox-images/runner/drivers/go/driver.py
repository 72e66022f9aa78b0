"""Go run step when the build failed: reports the compile error build.py recorded.

argv: <work dir> <events fd>. When the build succeeded, languages.py runs the compiled program
(build/prog, harness.go) directly instead, so the candidate's code has the runner as its parent
like every other language. A Go compile error is recorded by the compile step in
<work>/compile_error.json ({message, line}) rather than failing it, so that it reaches the
result as a `compile_error` event with the candidate's own line.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> int:
    work, events_fd = sys.argv[1], int(sys.argv[2])
    try:
        with open(os.path.join(work, "compile_error.json"), encoding="utf-8") as f:
            info = json.load(f)
    except (OSError, ValueError):
        print("go driver: the build left neither a program nor a compile error", file=sys.stderr)
        return 70
    event = {"type": "compile_error", "message": str(info.get("message") or "Compilation failed")}
    if isinstance(info.get("line"), int):
        event["line"] = info["line"]
    data = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in (event, {"type": "done"})).encode("utf-8", "replace")
    view = memoryview(data)
    while view:
        view = view[os.write(events_fd, view):]
    return 0


if __name__ == "__main__":
    sys.exit(main())
