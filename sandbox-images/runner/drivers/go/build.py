"""Go compile step: turns the candidate's solution.go into one program with the test harness.

argv: <work dir>. Run by the runner as the language's compile step (its own clock, compileMs).
The candidate writes a bare `func twoSum(nums []int, target int) []int { ... }`, as on LeetCode:
no package clause, no imports. This step writes <work>/build/:

  user.go     package main, the standard imports the code uses, then `//line solution.go:1:1`
              and the code itself, so compiler errors and stack traces carry the candidate's
              own line numbers (and the file name solution.go)
  prelude.go  ListNode / TreeNode (unless the code declares its own), min/max before Go 1.21
  harness.go  the static harness (runs the tests, reports events)
  main.go     generated per signature: converts JSON arguments and calls the function, or
              drives the design class through its operations
  prog        the program driver.py runs

A compile error is not this step's failure: it is written to <work>/compile_error.json
({message, line}) and the step exits 0, so that the run step (driver.py) reports it as a
`compile_error` event with the candidate's line. A non-zero exit means the build itself broke.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
USER_FILE = "solution.go"

# Package name -> import path of the standard packages a solution may use without importing them.
KNOWN_PACKAGES = {
    "strings": "strings",
    "sort": "sort",
    "math": "math",
    "strconv": "strconv",
    "heap": "container/heap",
    "list": "container/list",
    "ring": "container/ring",
    "unicode": "unicode",
    "utf8": "unicode/utf8",
    "bytes": "bytes",
    "fmt": "fmt",
    "bits": "math/bits",
    "rand": "math/rand",
    "errors": "errors",
    "bufio": "bufio",
    "os": "os",
    "sync": "sync",
    "time": "time",
    "regexp": "regexp",
    "log": "log",
    "slices": "slices",  # Go 1.21+; offered only when the toolchain has it
    "maps": "maps",
    "cmp": "cmp",
}

GO_BASE = {
    "int": "int",
    "long": "int64",
    "double": "float64",
    "bool": "bool",
    "string": "string",
    "char": "byte",
    "ListNode": "*ListNode",
    "TreeNode": "*TreeNode",
}
DECODE = {
    "int": "_icInt",
    "long": "_icLong",
    "double": "_icDouble",
    "bool": "_icBool",
    "string": "_icString",
    "char": "_icChar",
    "ListNode": "_icListNode",
    "TreeNode": "_icTreeNode",
}
ENCODE = {
    "int": "_icEncInt",
    "long": "_icEncLong",
    "double": "_icEncDouble",
    "bool": "_icEncBool",
    "string": "_icEncString",
    "char": "_icEncChar",
    "ListNode": "_icEncList",
    "TreeNode": "_icEncTree",
}


class HarnessError(Exception):
    pass


# ---------------------------------------------------------------- types


def go_type(t: str) -> str:
    if t.endswith("[]"):
        return "[]" + go_type(t[:-2])
    if t not in GO_BASE:
        raise HarnessError(f"type {t} is not supported by the Go harness")
    return GO_BASE[t]


def decoder(t: str) -> str:
    """A Go func(interface{}) T value converting decoded JSON to the type."""
    if t.endswith("[]"):
        return f"func(v interface{{}}) {go_type(t)} {{ return _icSlice(v, {decoder(t[:-2])}) }}"
    return DECODE[t]


def decode(t: str, expr: str) -> str:
    if t.endswith("[]"):
        return f"_icSlice({expr}, {decoder(t[:-2])})"
    go_type(t)
    return f"{DECODE[t]}({expr})"


def encoder(t: str) -> str:
    """A Go func(*_icBuf, T) error value writing the type as JSON."""
    if t.endswith("[]"):
        return f"func(w *_icBuf, v {go_type(t)}) error {{ return _icEncSlice(w, v, {encoder(t[:-2])}) }}"
    go_type(t)
    return ENCODE[t]


def go_params(params: list) -> str:
    return ", ".join(f"{p['name']} {go_type(p['type'])}" for p in params)


def go_func_text(name: str, params: list, returns: str, receiver: str = "") -> str:
    ret = "" if returns == "void" else " " + go_type(returns)
    return f"func {receiver}{name}({go_params(params)}){ret}"


def capitalize(name: str) -> str:
    return name[:1].upper() + name[1:]


# ---------------------------------------------------------------- main.go


def function_adapter(sig: dict) -> str:
    params, returns, method = sig["params"], sig["returns"], sig["method"]
    lines = ["\t_icCallFn = func(args []interface{}) (func(), func(*_icBuf) error) {"]
    names = []
    for i, p in enumerate(params):
        lines.append(f"\t\tp{i} := {decode(p['type'], f'args[{i}]')}")
        names.append(f"p{i}")
    call = f"{method}({', '.join(names)})"
    if returns == "void":
        if params:
            enc = f"return {encoder(params[0]['type'])}(w, p0)"
        else:
            enc = 'w.raw("null"); return nil'
        lines.append(f"\t\treturn func() {{ {call} }}, func(w *_icBuf) error {{ {enc} }}")
    else:
        lines.append(f"\t\tvar r {go_type(returns)}")
        lines.append(f"\t\treturn func() {{ r = {call} }}, func(w *_icBuf) error {{ return {encoder(returns)}(w, r) }}")
    lines.append("\t}")
    return "\n".join(lines)


def design_adapter(sig: dict) -> str:
    ctor = sig["constructor"]["params"]
    lines = [
        "\t_icDesignFn = func(ops []string, args []interface{}, rec *_icRec) {",
        "\t\ta := _icList(args[0])",
        "\t\t_ = a",
    ]
    names = []
    for i, p in enumerate(ctor):
        lines.append(f"\t\tc{i} := {decode(p['type'], f'a[{i}]')}")
        names.append(f"c{i}")
    lines += [
        "\t\trec.begin(0)",
        f"\t\tobj := Constructor({', '.join(names)})",
        "\t\trec.end()",
        "\t\trec.null()",
        "\t\tfor i := 1; i < len(ops); i++ {",
        "\t\t\ta := _icList(args[i])",
        "\t\t\t_ = a",
        "\t\t\tswitch ops[i] {",
    ]
    for m in sig["methods"]:
        lines.append(f"\t\t\tcase {json.dumps(m['name'])}:")
        names = []
        for j, p in enumerate(m["params"]):
            lines.append(f"\t\t\t\tp{j} := {decode(p['type'], f'a[{j}]')}")
            names.append(f"p{j}")
        call = f"obj.{capitalize(m['name'])}({', '.join(names)})"
        lines.append("\t\t\t\trec.begin(i)")
        if m["returns"] == "void":
            lines += [f"\t\t\t\t{call}", "\t\t\t\trec.end()", "\t\t\t\trec.null()"]
        else:
            lines += [
                f"\t\t\t\tr := {call}",
                "\t\t\t\trec.end()",
                f"\t\t\t\trec.value(func(w *_icBuf) error {{ return {encoder(m['returns'])}(w, r) }})",
            ]
    lines += [
        "\t\t\tdefault:",
        '\t\t\t\tpanic(_icBadInput{"unknown operation " + ops[i]})',
        "\t\t\t}",
        "\t\t}",
        "\t}",
    ]
    return "\n".join(lines)


def main_go(sig: dict) -> str:
    body = design_adapter(sig) if sig.get("kind") == "design" else function_adapter(sig)
    return f"// Generated by build.py for this job's signature.\n\npackage main\n\nfunc init() {{\n{body}\n}}\n"


# ---------------------------------------------------------------- the candidate's code


def strip_comments_and_strings(code: str) -> str:
    """The code with comments, string and rune literals blanked (newlines kept), for scanning names."""
    out = []
    i, n = 0, len(code)
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            j = code.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif code.startswith("/*", i):
            j = code.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", code[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and code[j] != c and code[j] != "\n":
                j += 2 if code[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(" " * (j - i))
            i = j
        elif c == "`":
            j = code.find("`", i + 1)
            j = n if j < 0 else j + 1
            out.append(re.sub(r"[^\n]", " ", code[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


IMPORT_SPEC = re.compile(r'^\s*(?:([A-Za-z_]\w*|\.)\s+)?"([^"]+)"\s*;?\s*$')


def user_imports(code: str) -> set:
    """Names the candidate's own import declarations bind (alias, or the path's last element)."""
    names = set()
    specs = []
    for m in re.finditer(r'(?m)^\s*import\s*\(([^)]*)\)', code):
        specs += m.group(1).splitlines()
    for m in re.finditer(r'(?m)^\s*import\s+((?:[A-Za-z_]\w*\s+)?"[^"]+")', code):
        specs.append(m.group(1))
    for spec in specs:
        spec = spec.split("//")[0]
        m = IMPORT_SPEC.match(spec)
        if m:
            alias, path = m.groups()
            names.add(alias or path.rsplit("/", 1)[-1])
    return names


def go_version(goroot: str) -> tuple:
    try:
        with open(os.path.join(goroot, "VERSION"), encoding="utf-8") as f:
            m = re.match(r"go(\d+)\.(\d+)", f.read())
        if m:
            return int(m.group(1)), int(m.group(2))
    except OSError:
        pass
    return (1, 19)


def prepare_user_code(code: str, goroot: str, version: tuple) -> tuple:
    """(user.go text, header line count, auto-imported {name: path}, prelude.go text)."""
    stripped = strip_comments_and_strings(code)
    # A pasted `package main` clause is blanked in place, so line and column numbers stay.
    m = re.match(r"(\s*)package[ \t]+[A-Za-z_]\w*[ \t]*;?", stripped)
    if m:
        start = len(m.group(1))
        code = code[:start] + " " * (m.end() - start) + code[m.end():]
        stripped = stripped[:start] + " " * (m.end() - start) + stripped[m.end():]
    # A main() the candidate wrote for local testing is kept but never run, like Python's
    # `if __name__ == "__main__":` block; the harness owns main.
    for m in reversed(list(re.finditer(r"(?m)^func\s+main(\s*\(\s*\))", stripped))):
        code = code[: m.start()] + "func _icUserMain" + code[m.start(1):]
        stripped = stripped[: m.start()] + "func _icUserMain" + stripped[m.start(1):]

    imported = user_imports(code)
    used = set(re.findall(r"(?<![\w.])([A-Za-z_]\w*)\s*\.\s*[A-Za-z_]", stripped))
    auto = {}
    for name in sorted(used):
        path = KNOWN_PACKAGES.get(name)
        if path and name not in imported and os.path.isdir(os.path.join(goroot, "src", path)):
            auto[name] = path

    header = ["package main", ""]
    if auto:
        header.append("import (")
        header += [f'\t"{auto[name]}"' for name in sorted(auto)]
        header.append(")")
    header.append(f"//line {USER_FILE}:1:1")
    user_go = "\n".join(header) + "\n" + code + ("" if code.endswith("\n") else "\n")

    prelude = ["// Names a LeetCode-style Go solution expects without declaring them.", "", "package main", ""]
    if not re.search(r"\btype\s+ListNode\b", stripped):
        prelude += ["type ListNode struct {", "\tVal  int", "\tNext *ListNode", "}", ""]
    if not re.search(r"\btype\s+TreeNode\b", stripped):
        prelude += ["type TreeNode struct {", "\tVal   int", "\tLeft  *TreeNode", "\tRight *TreeNode", "}", ""]
    if version < (1, 21):
        # min and max are builtins from Go 1.21 on; older toolchains get generic stand-ins.
        ordered_needed = False
        for name, op in (("min", "<"), ("max", ">")):
            if re.search(rf"(?<![\w.]){name}\s*\(", stripped) and not re.search(rf"\bfunc\s+{name}\b|\bvar\s+{name}\b", stripped):
                ordered_needed = True
                prelude += [
                    f"func {name}[T _icOrdered](x T, ys ...T) T {{",
                    "\tfor _, y := range ys {",
                    f"\t\tif y {op} x {{",
                    "\t\t\tx = y",
                    "\t\t}",
                    "\t}",
                    "\treturn x",
                    "}",
                    "",
                ]
        if ordered_needed:
            prelude += [
                "type _icOrdered interface {",
                "\t~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string",
                "}",
                "",
            ]
    return user_go, len(header), auto, "\n".join(prelude)


# ---------------------------------------------------------------- compiler output

ERROR_LINE = re.compile(r"^(?:\./)?([^\s:]+\.go):(\d+)(?::(\d+))?: (.*)$")


def parse_errors(output: str) -> list:
    """[(file, line, column, message)] from `go build` output."""
    errors = []
    for raw in output.splitlines():
        m = ERROR_LINE.match(raw.strip())
        if m:
            errors.append((os.path.basename(m.group(1)), int(m.group(2)), int(m.group(3) or 0), m.group(4)))
    return errors


def imports_to_drop(errors: list, auto: dict) -> set:
    """Auto-imports the compiler objected to: unused (a local variable shadows the package) or clashing."""
    drop = set()
    for file, _, _, msg in errors:
        for name, path in auto.items():
            if f'"{path}"' in msg and "not used" in msg:
                drop.add(name)
            elif re.search(rf"\b{re.escape(name)} redeclared\b|already declared through import of package {re.escape(name)}\b|import of package {re.escape(name)} ", msg):
                drop.add(name)
    return drop


def describe_failure(output: str, sig: dict) -> dict:
    errors = parse_errors(output)
    user = [(line, col, msg) for file, line, col, msg in errors if file == USER_FILE]
    if user:
        line, _, first = user[0]
        rest = [f"Line {l}: {msg}" for l, _, msg in user[1:]]
        if "too many errors" in output:
            rest.append("(too many errors)")
        return {"message": "\n".join([first] + rest), "line": line}
    harness = [msg for _, _, _, msg in errors]
    if harness:
        return {"message": harness_message(harness[0], sig)}
    text = "\n".join(l for l in output.splitlines() if not l.startswith("# ")).strip()
    return {"message": text[:8000] or "Compilation failed"}


def harness_message(msg: str, sig: dict) -> str:
    """A compile error in the generated code: the candidate's declarations do not fit the signature."""
    # The generated names mean nothing to the candidate: p0 -> argument 1, obj.Push -> Push.
    detail = re.sub(r"\b[pc](\d+)\b", lambda m: f"argument {int(m.group(1)) + 1}", msg.replace("obj.", ""))
    if sig.get("kind") != "design":
        expected = go_func_text(sig["method"], sig["params"], sig["returns"])
        if msg == f"undefined: {sig['method']}":
            return f"Define {expected}. It was not found in your code."
        return f"Declare the function as {expected}: {detail}"
    cls = sig["className"]
    ctor = f"func Constructor({go_params(sig['constructor']['params'])}) {cls}"
    if msg == "undefined: Constructor":
        return f"Define type {cls} struct and {ctor}. It was not found in your code."
    if "Constructor" in msg:
        return f"Declare the constructor as {ctor}: {detail}"
    for m in sig["methods"]:
        name = capitalize(m["name"])
        if re.search(rf"\bobj\.{name}\b", msg):
            expected = go_func_text(name, m["params"], m["returns"], f"(this *{cls}) ")
            if "undefined" in msg:
                return f"Define the method {expected}. It was not found in your code."
            return f"Declare the method as {expected}: {detail}"
    decls = [f"type {cls} struct", ctor] + [go_func_text(capitalize(m["name"]), m["params"], m["returns"], f"(this *{cls}) ") for m in sig["methods"]]
    return f"Your code must declare {'; '.join(decls)}: {detail}"


# ---------------------------------------------------------------- main


def go_env(work: str) -> dict:
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": work,
        "TMPDIR": work,
        "LANG": "C.UTF-8",
        "GOCACHE": os.path.join(work, ".gocache"),
        "GOPATH": os.path.join(work, ".gopath"),
        "GOTMPDIR": work,
        "GOFLAGS": "-mod=mod",
        "GO111MODULE": "on",
        "GOPROXY": "off",
        "GOSUMDB": "off",
        "GOTOOLCHAIN": "local",
        "GOTELEMETRY": "off",
        "GOWORK": "off",
        "GOENV": "off",
        "CGO_ENABLED": "0",
        "GOMAXPROCS": "2",
    }
    return env


def main() -> int:
    work = sys.argv[1]
    with open(os.path.join(work, "job.json"), encoding="utf-8") as f:
        sig = json.load(f)["signature"]
    with open(os.path.join(work, USER_FILE), encoding="utf-8", errors="replace") as f:
        code = f.read()
    go = shutil.which("go")
    if go is None:
        print("go is not installed in the sandbox image", file=sys.stderr)
        return 1
    goroot = os.path.dirname(os.path.dirname(os.path.realpath(go)))
    version = go_version(goroot)

    build = os.path.join(work, "build")
    os.makedirs(build, exist_ok=True)
    try:
        adapter = main_go(sig)
    except HarnessError as e:
        print(f"harness: {e}", file=sys.stderr)
        return 1
    user_go, _, auto, prelude = prepare_user_code(code, goroot, version)
    files = {
        "go.mod": f"module sandbox\n\ngo {version[0]}.{version[1]}\n",
        "prelude.go": prelude,
        "main.go": adapter,
    }
    with open(os.path.join(HERE, "harness.go"), encoding="utf-8") as f:
        files["harness.go"] = f.read()
    for name, text in files.items():
        with open(os.path.join(build, name), "w", encoding="utf-8") as f:
            f.write(text)

    env = go_env(work)
    dropped: set = set()
    while True:
        with open(os.path.join(build, "user.go"), "w", encoding="utf-8") as f:
            f.write(user_go)
        proc = subprocess.run([go, "build", "-o", "prog", "."], cwd=build, env=env, stdin=subprocess.DEVNULL, capture_output=True)
        output = proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
        if proc.returncode == 0:
            return 0
        drop = imports_to_drop(parse_errors(output), auto) - dropped
        if not drop:
            break
        # A local variable named like a package (`list`, `bits`) made an auto-import unused: retry without it.
        dropped |= drop
        for name in drop:
            user_go = user_go.replace(f'\t"{auto[name]}"\n', "", 1)
    if not parse_errors(output) and "# " not in output:
        print(output[:8000] or f"go build exited with {proc.returncode}", file=sys.stderr)
        return 1
    with open(os.path.join(work, "compile_error.json"), "w", encoding="utf-8") as f:
        json.dump(describe_failure(output, sig), f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
