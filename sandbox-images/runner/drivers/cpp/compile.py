"""C++ compile step, and the reporter of its errors.

    compile.py <work>                  compile step (languages.py compile_cmd)
    compile.py --report <work> <fd>    run step after a failed compile: reports it as events

    compile.py --build-pch [root]      precompiles prelude.hpp (image build, dev set-up)

The runner has written <work>/solution.cpp (the candidate's code) and <work>/job.json. The
compile step writes <work>/main.cpp, one translation unit: prelude.hpp (bits/stdc++.h, `using
namespace std`, the driver), nodes.hpp (ListNode/TreeNode unless the candidate wrote their own),
the candidate's code after `#line 1 "solution.cpp"` (diagnostics and debug info keep the
candidate's line numbers), and a generated main() that names the class and methods of the
signature. g++ builds <work>/solution once.

Parsing bits/stdc++.h and the driver is most of a compile. When PCH_ROOT holds a precompiled
prelude for these flags (built by --build-pch, which a sandbox image runs at build time), g++
uses it and a compile takes half the time; when it is missing or stale (another g++), g++
ignores it and reads the header: same result, slower.
When g++ rejects the code, the cleaned message and the candidate's line go to
<work>/compile_error.json and the step still exits 0; the run step then starts this script with
--report instead of the program, which emits `compile_error` (README "Driver protocol"). A
compile step stopped by its own clock is reported by the runner itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_MESSAGE = 8000
ERROR_FILE = "compile_error.json"

CXXFLAGS = [
    "-std=c++17",
    "-O2",
    "-g1",  # line tables, so a crash can name the candidate's line (addr2line)
    "-no-pie",  # addresses in the binary are the addresses at run time
    "-pipe",
    "-D_GLIBCXX_ASSERTIONS",  # an index out of range in vector/string/array stops with a message instead of reading garbage
    "-Werror=return-type",  # a path that returns nothing is a compile error, as on LeetCode
    "-fdiagnostics-color=never",
    "-fmax-errors=20",
]
LDFLAGS = ["-Wl,--export-dynamic-symbol=__cxa_throw"]  # the driver's __cxa_throw also sees throws inside libstdc++
# The compiler's own address-space cap, whatever the job's memoryMb (g++ needs ~250 MB for
# bits/stdc++.h); a template or #include </dev/random> bomb ends as "out of memory" here.
COMPILE_MEMORY_MB = 1024
# Outside the runner folder (launchers copy that per run) and read-only in the sandbox (/usr).
PCH_ROOT = "/usr/local/lib/interview-coach/cpp-pch"

# Signature types as C++ types (lib/problems/starter.ts), for a design problem's constructor.
CPP = {
    "int": "int",
    "long": "long long",
    "double": "double",
    "bool": "bool",
    "string": "string",
    "char": "char",
    "ListNode": "ListNode*",
    "TreeNode": "TreeNode*",
}


def cpp_type(t: str) -> str:
    if t.endswith("[]"):
        return f"vector<{cpp_type(t[:-2])}>"
    return CPP[t]


def strip_comments_and_literals(code: str) -> str:
    """The code with comments, strings and char literals blanked, for spotting declarations."""
    return re.sub(r'//[^\n]*|/\*.*?\*/|R"([^(\s]*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', " ", code, flags=re.S)


def defines(code: str, name: str) -> bool:
    return re.search(rf"\b(struct|class)\s+{name}\s*(final\s*)?(:[^{{;]*)?\{{", code) is not None


# Names the generated main() uses, which a candidate's macros may have redefined (`#define int long long`).
UNDEFS = "".join(f"#undef {name}\n" for name in ("int", "long", "char", "double", "bool", "string", "vector", "main", "argc", "argv", "return"))


def harness(signature: dict) -> str:
    return UNDEFS + _main(signature)


def _main(signature: dict) -> str:
    if signature.get("kind") == "design":
        cls = signature["className"]
        ctor = ", ".join([cls] + [cpp_type(p["type"]) for p in signature["constructor"]["params"]])
        methods = ", ".join(f'ic_driver::method<{cls}>("{m["name"]}", &{cls}::{m["name"]})' for m in signature["methods"])
        return f"int main(int argc, char **argv) {{ return ic_driver::run_design<{ctor}>(argc, argv, {{{methods}}}); }}\n"
    method = signature["method"]
    return f"int main(int argc, char **argv) {{ return ic_driver::run_function<Solution>(argc, argv, &Solution::{method}); }}\n"


# ---------------------------------------------------------------- diagnostics

HEADER = re.compile(r"^(?P<file>[^\s:][^:]*):(?:(?P<line>\d+):(?:\d+:)?)? (?P<kind>fatal error|error|warning|note): ")


def blocks(output: str) -> list:
    """g++'s output cut into diagnostics: (kind, file, line, text)."""
    out = []
    for text in output.replace("\r", "").split("\n"):
        if not text.strip():
            continue
        m = HEADER.match(text)
        if m:
            out.append([m.group("kind"), m.group("file"), int(m.group("line") or 0), [text]])
        elif re.match(r"^(In file included from|\s+from |[^\s:]+: (In |At )|cc1plus: |compilation terminated)", text):
            continue  # context lines that name our files, and the summary
        elif out:
            out[-1][3].append(text)
    return out


def describe_method(name: str, params: list, returns: str) -> str:
    """A method as the starter code spells it: vectors by reference."""
    args = ", ".join(cpp_type(p["type"]) + ("&" if p["type"].endswith("[]") else "") + " " + p["name"] for p in params)
    return f"{'void' if returns == 'void' else cpp_type(returns)} {name}({args})"


def describe_signature(signature: dict, missing=None) -> tuple:
    """The class the harness needs, and the method it did not find (None when unknown)."""
    if signature.get("kind") == "design":
        found = [m for m in signature["methods"] if m["name"] == missing]
        return signature["className"], describe_method(missing, found[0]["params"], found[0]["returns"]) if found else None
    return "Solution", describe_method(signature["method"], signature["params"], signature["returns"])


def clean(output: str, signature: dict) -> tuple:
    """g++'s output as the candidate should read it, and the line of the first error."""
    kept = []
    keep_notes = False
    for kind, file, line, lines in blocks(output):
        if kind == "warning":
            keep_notes = False
            continue
        if kind == "note" and not keep_notes:
            continue
        keep_notes = kind != "note"
        kept.append((kind, file, line, lines))
    errors = [b for b in kept if b[0] != "note"]
    undefined = list(dict.fromkeys(re.findall(r"undefined reference to [`‘'](.+?)['’]$", output, re.M)))
    if undefined:  # the linker: something declared and used but never defined
        names = ", ".join(undefined[:5])
        return f"error: undefined reference to {names}: declared and used, but never defined.", None
    if not errors:
        return (output.strip() or "Compilation failed")[:MAX_MESSAGE], None

    ours = [b for b in errors if b[1] == "solution.cpp"]
    first = ours[0] if ours else errors[0]
    if not ours:
        # Nothing wrong in the candidate's file itself: the class or method the harness needs is missing.
        text = "\n".join(errors[0][3])
        missing = re.search(r"[‘'`](\w+)[’'] is not a member of", text)
        cls, method = describe_signature(signature, missing.group(1) if missing else None)
        if missing or re.search(rf"[‘'`]{cls}[’'] (was not declared|has not been declared|does not name)", text):
            what = f" with a public method {method}" if method else ""
            return f"Define class {cls}{what}. It was not found in your code.", None
        if signature.get("kind") == "design" and re.search(r"no matching function for call to|no matching constructor", text):
            params = signature["constructor"]["params"]
            ctor = f'{cls}({", ".join(cpp_type(p["type"]) + " " + p["name"] for p in params)})'
            return f"Define class {cls} with a public constructor {ctor}. It was not found in your code.", None
        if "private within this context" in text or "protected within this context" in text:
            return f"The methods of class {cls} that the judge calls must be public: put them after `public:`.", None

    def show(block, is_first):
        kind, file, line, lines = block
        head = lines[0]
        m = HEADER.match(head)
        rest = head[m.end() :] if m else head
        if file == "solution.cpp":
            head = f"{kind}: {rest}" if is_first else f"Line {line}: {kind}: {rest}"
        else:
            head = head.replace(HERE + os.sep, "")
        return "\n".join([head] + [t.replace(HERE + os.sep, "") for t in lines[1:]])

    parts = [show(first, True)] + [show(b, False) for b in kept if b is not first]
    message = "\n".join(parts)
    return message[:MAX_MESSAGE], (first[2] if first[1] == "solution.cpp" and first[2] else None)


def limit_message(output: str, returncode: int):
    if re.search(r"out of memory|virtual memory exhausted|Cannot allocate memory|std::bad_alloc", output):
        return "The compiler ran out of memory: something in the code (a huge array initializer, a template or constexpr recursion) is too big to compile."
    if returncode < 0 or re.search(r"Killed signal terminated program|terminated program cc1plus|CPU time limit", output):
        return "The compiler was stopped before it finished: something in the code (a template or constexpr recursion) takes too long to compile."
    return None


def cap_memory() -> None:
    cap = COMPILE_MEMORY_MB * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap) if hard == resource.RLIM_INFINITY else (min(cap, hard), min(cap, hard)))


def pch_dir(root: str = PCH_ROOT) -> str:
    """Where the precompiled prelude for this prelude.hpp and these flags lives (it may not)."""
    with open(os.path.join(HERE, "prelude.hpp"), "rb") as f:
        key = hashlib.sha256(f.read() + "\0".join(CXXFLAGS).encode()).hexdigest()[:16]
    return os.path.join(root, key)


def build_pch(root: str) -> str:
    target = pch_dir(root)
    if os.path.exists(os.path.join(target, "prelude.hpp.gch")):
        return target  # the key is the sources' hash: already built from these very sources
    os.makedirs(target, mode=0o755, exist_ok=True)
    tmp = os.path.join(target, f".prelude.hpp.gch.{os.getpid()}")
    subprocess.run(["g++", *CXXFLAGS, "-x", "c++-header", os.path.join(HERE, "prelude.hpp"), "-o", tmp], check=True)
    os.chmod(tmp, 0o644)
    os.replace(tmp, os.path.join(target, "prelude.hpp.gch"))
    prune(root, keep=target)
    return target


def prune(root: str, keep: str) -> None:
    """Removes builds for older sources (directories named by a 16-hex-digit key) next to keep."""
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if path != keep and re.fullmatch(r"[0-9a-f]{16}", name) and os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)


def compile_step(work: str) -> int:
    with open(os.path.join(work, "solution.cpp"), encoding="utf-8", errors="replace") as f:
        code = f.read()
    with open(os.path.join(work, "job.json"), encoding="utf-8") as f:
        signature = json.load(f)["signature"]
    bare = strip_comments_and_literals(code)
    own = "".join(f"#define IC_USER_{node.upper()}\n" for node in ("ListNode", "TreeNode") if defines(bare, node))
    unit = f'#include "prelude.hpp"\n{own}#include "nodes.hpp"\n#line 1 "solution.cpp"\n{code}\n#line 1 "harness"\n{harness(signature)}'
    with open(os.path.join(work, "main.cpp"), "w", encoding="utf-8") as f:
        f.write(unit)
    pch = pch_dir()
    include = (["-I", pch] if os.path.exists(os.path.join(pch, "prelude.hpp.gch")) else []) + ["-I", HERE]
    argv = ["g++", *CXXFLAGS, *include, "-o", "solution", "main.cpp", *LDFLAGS]
    done = subprocess.run(argv, cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, preexec_fn=cap_memory)
    if done.returncode == 0:
        return 0
    output = done.stdout.decode("utf-8", "replace")
    limit = limit_message(output, done.returncode)
    if limit is not None:
        error = {"message": limit}
    else:
        message, line = clean(output, signature)
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
    elif sys.argv[1] == "--build-pch":
        print(build_pch(sys.argv[2] if len(sys.argv) > 2 else PCH_ROOT))
    else:
        sys.exit(compile_step(sys.argv[1]))
