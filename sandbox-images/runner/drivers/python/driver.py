"""Python driver: loads the candidate's solution.py and runs every test in this one process.

argv: <work dir> <events fd>. Reads <work>/job.json (signature, test inputs, print budget),
writes one JSON event per line to the events fd (protocol in ../../README.md). This process
runs the candidate's code, so it holds no secrets and no expected outputs.
"""

from __future__ import annotations

import io
import json
import math
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import prelude  # noqa: E402

# Captured before the candidate's code can rebind or patch anything.
_write = os.write
_dumps = json.dumps
_clock = time.perf_counter_ns
_getpid = os.getpid
_exit = os._exit
MAIN_PID = os.getpid()
MAX_NODES = 1_000_000
MAX_MESSAGE = 2000


class OutputLimit(BaseException):
    """Raised inside print() when the run's print budget is spent; BaseException so `except Exception` in a solution does not swallow it."""


class Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit
        self.exceeded = False


class Capture(io.TextIOBase):
    """Collects one test's prints (print() and sys.stderr writes) against the shared budget."""

    def __init__(self, budget: Budget) -> None:
        super().__init__()
        self.parts: list = []
        self.budget = budget

    @property
    def encoding(self) -> str:
        return "utf-8"

    @property
    def buffer(self):
        return _BinaryView(self)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, s) -> int:
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if self.budget.exceeded:
            raise OutputLimit()
        size = len(s.encode("utf-8", "replace"))
        if size > self.budget.left:
            self.parts.append(s[: max(0, self.budget.left)])
            self.budget.left = 0
            self.budget.exceeded = True
            raise OutputLimit()
        self.budget.left -= size
        self.parts.append(s)
        return len(s)

    def text(self) -> str:
        return "".join(self.parts)


class _BinaryView:
    def __init__(self, cap: Capture) -> None:
        self._cap = cap

    def write(self, b) -> int:
        self._cap.write(bytes(b).decode("utf-8", "replace"))
        return len(b)

    def flush(self) -> None:
        pass


def emit(event: dict) -> None:
    data = (_dumps(event, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8", "replace")
    view = memoryview(data)
    while view:
        n = _write(EVENTS_FD, view)
        view = view[n:]


# ---------------------------------------------------------------- values


class ValueProblem(Exception):
    """The returned value cannot be turned into the declared type."""


def build_list(values):
    head = tail = None
    for v in values or []:
        node = prelude.ListNode(v)
        if head is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    return head


def build_tree(values):
    # Level order with None for a missing child, as LeetCode writes trees.
    if not values or values[0] is None:
        return None
    root = prelude.TreeNode(values[0])
    queue, i = [root], 1
    for node in queue:
        if i >= len(values):
            break
        if values[i] is not None:
            node.left = prelude.TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = prelude.TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


SAFE_INT = 2**53 - 1  # beyond this a JSON number loses digits in JavaScript: such integers travel as strings


def to_arg(value, typ: str):
    if typ == "ListNode":
        return build_list(value)
    if typ == "TreeNode":
        return build_tree(value)
    if typ == "double":
        return float(value)
    if typ == "long":
        return int(value)  # a number, or a decimal string outside +-(2^53-1)
    if typ.endswith("[]") and isinstance(value, list):
        inner = typ[:-2]
        if inner in ("double", "long") or inner.endswith("[]"):
            return [to_arg(v, inner) for v in value]
    return value


def list_values(head) -> list:
    out, seen, node = [], set(), head
    while node is not None:
        if id(node) in seen:
            raise ValueProblem("the returned linked list has a cycle")
        if len(out) >= MAX_NODES:
            raise ValueProblem("the returned linked list is too long")
        seen.add(id(node))
        out.append(jsonable(getattr(node, "val", None)))
        node = getattr(node, "next", None)
    return out


def tree_values(root) -> list:
    out, queue, seen, i = [], [root], set(), 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise ValueProblem("the returned tree has a cycle")
        if len(seen) >= MAX_NODES:
            raise ValueProblem("the returned tree is too large")
        seen.add(id(node))
        out.append(jsonable(getattr(node, "val", None)))
        queue.append(getattr(node, "left", None))
        queue.append(getattr(node, "right", None))
    while out and out[-1] is None:
        out.pop()
    return out


def jsonable(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if -SAFE_INT <= v <= SAFE_INT else str(v)
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return str(v)
        return v
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if isinstance(v, (set, frozenset)):
        items = [jsonable(x) for x in v]
        try:
            return sorted(items)
        except TypeError:
            return items
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, prelude.ListNode):
        return list_values(v)
    if isinstance(v, prelude.TreeNode):
        return tree_values(v)
    if hasattr(v, "tolist"):  # numpy arrays and scalars, when the image has numpy
        return jsonable(v.tolist())
    return repr(v)


def from_result(value, typ: str):
    # Duck-typed: a solution often pastes its own ListNode/TreeNode class.
    if typ == "ListNode" and (value is None or hasattr(value, "next")):
        return list_values(value)
    if typ == "TreeNode" and (value is None or hasattr(value, "left")):
        return tree_values(value) if value is not None else []
    return jsonable(value)


# ---------------------------------------------------------------- errors


def user_line(tb, path: str):
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == path:
            line = lineno
    return line


def describe(e: BaseException) -> str:
    name = type(e).__name__
    if isinstance(e, SystemExit):
        return "SystemExit: your code called exit(); return the answer instead"
    try:
        text = str(e)
    except Exception:
        text = ""
    msg = f"{name}: {text}" if text else name
    return msg if len(msg) <= MAX_MESSAGE else msg[:MAX_MESSAGE] + "…"


# ---------------------------------------------------------------- main


# Recursive DFS over a 10^5-node tree or a 300x300 grid is a normal interview answer. Python 3.11
# keeps Python-to-Python calls off the C stack, so the runner's 64 MB stack holds this depth; a
# runaway recursion still ends as a RecursionError.
RECURSION_LIMIT = 200_000


def main() -> None:
    global EVENTS_FD
    sys.setrecursionlimit(RECURSION_LIMIT)
    work, EVENTS_FD = sys.argv[1], int(sys.argv[2])
    job_path = os.path.join(work, "job.json")
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    os.unlink(job_path)
    signature, tests = job["signature"], job["tests"]
    budget = Budget(int(job["maxOutputBytes"]))
    path = os.path.join(work, "solution.py")
    with open(path, encoding="utf-8", errors="replace") as f:
        source = f.read()

    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        event = {"type": "compile_error", "message": f"{type(e).__name__}: {e.msg}"}
        if e.lineno:
            event["line"] = e.lineno
        emit(event)
        emit({"type": "done"})
        return
    except ValueError as e:  # e.g. a NUL byte in the source
        emit({"type": "compile_error", "message": f"SyntaxError: {e}"})
        emit({"type": "done"})
        return

    ns = prelude.namespace()
    ns["__name__"] = "solution"  # an `if __name__ == "__main__":` block is not run, as on LeetCode
    ns["__file__"] = path
    real_out, real_err = sys.stdout, sys.stderr
    module_cap = Capture(budget)
    load_error = None
    sys.stdout = sys.stderr = module_cap
    try:
        exec(code, ns)
    except OutputLimit:
        pass
    except MemoryError:
        load_error = {"type": "load_error", "message": "MemoryError", "errorType": "MemoryError"}
    except BaseException as e:
        load_error = {"type": "load_error", "message": describe(e), "errorType": type(e).__name__}
        line = user_line(e.__traceback__, path)
        if line:
            load_error["line"] = line
    finally:
        sys.stdout, sys.stderr = real_out, real_err
        if _getpid() != MAIN_PID:
            _exit(0)
    if module_cap.parts:
        emit({"type": "module_output", "stdout": module_cap.text()})
    if budget.exceeded:
        if tests:
            emit({"type": "start", "id": tests[0]["id"]})
            emit({"type": "result", "id": tests[0]["id"], "status": "error", "error": "Output limit exceeded", "limit": "output", "stdout": "", "timeMs": 0})
        emit({"type": "done"})
        return

    if signature.get("kind") == "design":
        run_design(signature, tests, ns, path, budget, real_out, real_err, load_error)
    else:
        run_function(signature, tests, ns, path, budget, real_out, real_err, load_error)
    emit({"type": "done"})


def run_function(signature, tests, ns, path, budget, real_out, real_err, load_error) -> None:
    method = signature["method"]
    solution_cls = ns.get("Solution")
    if load_error is None:
        if isinstance(solution_cls, type) and callable(getattr(solution_cls, method, None)):
            def make_call():
                return getattr(solution_cls(), method)
        elif callable(ns.get(method)):
            function = ns[method]

            def make_call():
                return function
        else:
            load_error = {
                "type": "load_error",
                "message": f"Define class Solution with a method {method}(self, ...). It was not found in your code.",
                "errorType": "NameError",
            }
    if load_error is not None:
        emit(load_error)
        return

    params = signature["params"]
    returns = signature["returns"]
    for test in tests:
        tid = test["id"]
        emit({"type": "start", "id": tid})
        args = [to_arg(v, p["type"]) for v, p in zip(test["input"], params)]
        cap = Capture(budget)
        event: dict = {"type": "result", "id": tid}
        stop = False
        sys.stdout = sys.stderr = cap
        t0 = _clock()
        try:
            result = make_call()(*args)
            elapsed = _clock() - t0
            event["status"] = "ok"
        except OutputLimit:
            elapsed = _clock() - t0
            event.update(status="error", error="Output limit exceeded", limit="output")
            stop = True
        except MemoryError as e:
            elapsed = _clock() - t0
            event.update(status="error", error="MemoryError", errorType="MemoryError", limit="memory")
            line = user_line(e.__traceback__, path)
            if line:
                event["errorLine"] = line
            stop = True
        except BaseException as e:
            elapsed = _clock() - t0
            event.update(status="error", error=describe(e), errorType=type(e).__name__)
            line = user_line(e.__traceback__, path)
            if line:
                event["errorLine"] = line
        finally:
            sys.stdout, sys.stderr = real_out, real_err
            if _getpid() != MAIN_PID:  # a fork the solution made must not report results
                _exit(0)
        if budget.exceeded and not stop:
            event = {"type": "result", "id": tid, "status": "error", "error": "Output limit exceeded", "limit": "output"}
            stop = True
        if event["status"] == "ok":
            try:
                event["actual"] = from_result(args[0] if returns == "void" and args else result, returns)
                _dumps(event["actual"], allow_nan=False)
            except (ValueProblem, ValueError, TypeError, RecursionError) as e:
                event = {"type": "result", "id": tid, "status": "error", "error": f"Could not read the value your method returned: {e}", "errorType": "ValueError"}
        result = None
        event["stdout"] = cap.text()
        event["timeMs"] = round(elapsed / 1e6, 3)
        emit(event)
        if stop:
            break


def run_design(signature, tests, ns, path, budget, real_out, real_err, load_error) -> None:
    """A class driven through calls: operations[0] constructs it, every later operation calls a method."""
    class_name = signature["className"]
    methods = {m["name"]: m for m in signature["methods"]}
    ctor_params = signature["constructor"]["params"]
    cls = ns.get(class_name)
    if load_error is None:
        if not isinstance(cls, type):
            load_error = {"type": "load_error", "message": f"Define class {class_name}. It was not found in your code.", "errorType": "NameError"}
        else:
            missing = [m for m in methods if not callable(getattr(cls, m, None))]
            if missing:
                m = methods[missing[0]]
                args = ", ".join(["self"] + [p["name"] for p in m["params"]])
                load_error = {
                    "type": "load_error",
                    "message": f"Define class {class_name} with a method {m['name']}({args}). It was not found in your code.",
                    "errorType": "AttributeError",
                }
    if load_error is not None:
        emit(load_error)
        return

    for test in tests:
        tid = test["id"]
        emit({"type": "start", "id": tid})
        ops, arg_lists = test["input"]
        calls = []
        for i, (op, raw) in enumerate(zip(ops, arg_lists)):
            spec_params = ctor_params if i == 0 else methods[op]["params"]
            calls.append((op, [to_arg(v, p["type"]) for v, p in zip(raw, spec_params)], None if i == 0 else methods[op]["returns"]))
        cap = Capture(budget)
        event: dict = {"type": "result", "id": tid}
        actual: list = []
        elapsed = 0
        t0 = None  # set while a call of the candidate's code is being timed
        stop = False
        index = 0
        sys.stdout = sys.stderr = cap
        try:
            t0 = _clock()
            obj = cls(*calls[0][1])
            elapsed += _clock() - t0
            t0 = None
            actual.append(None)
            for index in range(1, len(calls)):
                op, args, returns = calls[index]
                bound = getattr(obj, op)
                t0 = _clock()
                value = bound(*args)
                elapsed += _clock() - t0
                t0 = None
                if returns == "void":
                    actual.append(None)
                    continue
                try:
                    actual.append(from_result(value, returns))
                except (ValueProblem, ValueError, TypeError, RecursionError) as e:
                    raise _Unreadable(f"operations[{index}] {op}(): could not read the value it returned: {e}") from None
            index = -1
            event["status"] = "ok"
        except OutputLimit:
            elapsed += _clock() - t0 if t0 is not None else 0
            event.update(status="error", error="Output limit exceeded", limit="output")
            stop = True
        except _Unreadable as e:
            event.update(status="error", error=str(e), errorType="ValueError")
        except MemoryError as e:
            elapsed += _clock() - t0 if t0 is not None else 0
            event.update(status="error", error=f"{_where(calls, index)}MemoryError", errorType="MemoryError", limit="memory")
            line = user_line(e.__traceback__, path)
            if line:
                event["errorLine"] = line
            stop = True
        except BaseException as e:
            elapsed += _clock() - t0 if t0 is not None else 0
            event.update(status="error", error=f"{_where(calls, index)}{describe(e)}", errorType=type(e).__name__)
            line = user_line(e.__traceback__, path)
            if line:
                event["errorLine"] = line
        finally:
            sys.stdout, sys.stderr = real_out, real_err
            if _getpid() != MAIN_PID:  # a fork the solution made must not report results
                _exit(0)
        obj = None
        if budget.exceeded and not stop:
            event = {"type": "result", "id": tid, "status": "error", "error": "Output limit exceeded", "limit": "output"}
            stop = True
        if event["status"] == "ok":
            try:
                _dumps(actual, allow_nan=False)
                event["actual"] = actual
            except (ValueError, TypeError, RecursionError) as e:
                event = {"type": "result", "id": tid, "status": "error", "error": f"Could not read the values your methods returned: {e}", "errorType": "ValueError"}
        event["stdout"] = cap.text()
        event["timeMs"] = round(elapsed / 1e6, 3)
        emit(event)
        if stop:
            break


class _Unreadable(Exception):
    pass


def _where(calls, index: int) -> str:
    if index < 0 or index >= len(calls):
        return ""
    op = calls[index][0]
    return f"operations[{index}] {op}(): " if index else f"operations[0] {op}() (the constructor): "


EVENTS_FD = -1

if __name__ == "__main__":
    main()
