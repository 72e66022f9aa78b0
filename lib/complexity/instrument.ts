import type { Language, Signature } from "@/lib/problems/types";

/**
 * CPU time per call, for the measurement only.
 *
 * The drivers time each call with a wall clock (sandbox-images/runner), which is right for a
 * verdict but not for a growth curve on a shared machine: a process that waits for a core is
 * charged for the wait, and a burst of load elsewhere bends the curve. So the measurement runs a
 * copy of the code with a thin wrapper around the method that reads the thread's CPU clock before
 * and after the outermost call and prints the difference on a line of its own; the drivers hand
 * each test's prints back, and cpuTimeMs reads the line. The candidate's code is unchanged above
 * the wrapper (its line numbers too, in Python and JavaScript).
 *
 * Where no wrapper applies (Java, Go, design problems, a JavaScript `const` function) this returns
 * null and the measurement falls back on the drivers' wall-clock times.
 */

export const CPU_MARK = "@@ic-cpu-ns";

export function instrumentForCpuTime(signature: Signature, language: Language, code: string): string | null {
  if (signature.kind === "design") return null;
  const method = signature.method;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(method)) return null;
  switch (language) {
    case "python":
      return `${code}\n${pythonWrapper(method)}`;
    case "javascript":
      return `${code}\n${javascriptWrapper(method)}`;
    case "cpp":
      return `#define Solution IcCxMeasuredSolution\n${code}\n${CPP_WRAPPER}`;
    default:
      return null;
  }
}

/** The CPU time (ms) a test's prints report, or null when they carry no mark. */
export function cpuTimeMs(stdout: string): number | null {
  const marks = [...stdout.matchAll(/@@ic-cpu-ns (\d+)/g)];
  if (!marks.length) return null;
  return Number(marks[marks.length - 1][1]) / 1e6;
}

function pythonWrapper(method: string): string {
  return `
import time as _ic_cx_time


def _ic_cx_timed(_ic_inner, _ic_bound):
    _ic_depth = [0]

    def _ic_call(*args, **kwargs):
        if _ic_depth[0]:
            return _ic_inner(*args, **kwargs)
        _ic_depth[0] += 1
        _ic_t0 = _ic_cx_time.thread_time_ns()
        try:
            return _ic_inner(*args, **kwargs)
        finally:
            _ic_t1 = _ic_cx_time.thread_time_ns()
            _ic_depth[0] -= 1
            print("\\n${CPU_MARK}", _ic_t1 - _ic_t0)

    return _ic_call


try:
    if isinstance(globals().get("Solution"), type) and callable(getattr(Solution, "${method}", None)):
        if isinstance(Solution.__dict__.get("${method}"), (staticmethod, classmethod)):
            raise TypeError("not an instance method")
        Solution.${method} = _ic_cx_timed(Solution.${method}, True)
    elif callable(globals().get("${method}")):
        ${method} = _ic_cx_timed(${method}, False)
except Exception:
    pass
`;
}

function javascriptWrapper(method: string): string {
  // process.cpuUsage() counts the process's threads; the driver's main thread only waits meanwhile.
  return `;(() => {
  const icTimed = (inner) => {
    let depth = 0;
    return function (...args) {
      if (depth) return inner.apply(this, args);
      depth++;
      const t0 = process.cpuUsage();
      try {
        return inner.apply(this, args);
      } finally {
        const d = process.cpuUsage(t0);
        depth--;
        console.log("\\n${CPU_MARK} " + (d.user + d.system) * 1000);
      }
    };
  };
  try {
    if (typeof ${method} === "function") ${method} = icTimed(${method});
    else if (typeof Solution === "function" && typeof Solution.prototype.${method} === "function") Solution.prototype.${method} = icTimed(Solution.prototype.${method});
  } catch (e) {}
})();
`;
}

// The candidate's class, renamed by the #define above, gets a subclass named Solution that reads
// the thread's CPU clock from construction (just before the call) to destruction (just after).
const CPP_WRAPPER = `#undef Solution
static long long ic_cx_now() { timespec t; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t); return (long long)t.tv_sec * 1000000000LL + t.tv_nsec; }
struct Solution : IcCxMeasuredSolution {
    long long ic_cx_t0 = ic_cx_now();
    ~Solution() { long long d = ic_cx_now() - ic_cx_t0; printf("\\n${CPU_MARK} %lld\\n", d); fflush(stdout); }
};
`;
