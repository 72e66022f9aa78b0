"use strict";
/**
 * JavaScript driver (.cjs: a CommonJS script wherever it is copied): loads the candidate's solution.js and runs every test in one Node process.
 *
 * argv: <work dir> <events fd>. Reads <work>/job.json (signature, test inputs, print budget,
 * memoryMb), writes one JSON event per line to the events fd (protocol in ../../README.md).
 *
 * The candidate's code runs in a worker thread of this process; the main thread only watches:
 * - memory: the worker's V8 heap is capped at memoryMb (resourceLimits), so a heap bomb ends
 *   the worker with ERR_WORKER_OUT_OF_MEMORY; and the process's resident memory (which also
 *   counts Buffers and typed arrays, outside the heap) is polled, since RLIMIT_AS is off for
 *   Node (V8 reserves far more address space than it uses);
 * - a worker that ends before reporting (process.exit() in the solution) gets its test reported.
 *
 * Code is written as on LeetCode: `var twoSum = function(nums, target) {…}`, `function twoSum`,
 * `const twoSum = (…) => …` (or a `class Solution` with the method); `ListNode` and `TreeNode`
 * are predefined. A design problem is a `class` (or constructor function) driven by calls.
 */

const fs = require("node:fs");
const path = require("node:path");
const util = require("node:util");
const vm = require("node:vm");
const { Console } = require("node:console");
const { Worker, isMainThread, workerData } = require("node:worker_threads");

const MAX_NODES = 1_000_000;
const MAX_MESSAGE = 2000;
const SAFE_INT = Number.MAX_SAFE_INTEGER;
const WATCH_MS = 10;
const STACK_MB = 16;
// shared Int32Array slots
const CURRENT = 0; // index of the running test, -1 between tests
const REPORTED = 1; // 1 once the running test's result was written
const DONE = 2; // 1 once `done` was written
const OVER = 3; // 1 once the print budget is spent
// shared Float64Array slot
const STARTED = 0; // Date.now() when the running test started
const OUTPUT_GRACE_MS = 100; // a solution that catches the output-limit error gets this long to stop

// Captured before the candidate's code can rebind or patch anything.
const writeSync = fs.writeSync;
const stringify = JSON.stringify;
const byteLength = Buffer.byteLength;
const hrtime = process.hrtime.bigint;
const format = util.format;
const inspect = util.inspect;

function writeEvent(fd, event) {
  const data = Buffer.from(stringify(event) + "\n", "utf8");
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if (e && e.code === "EAGAIN") continue;
      throw e;
    }
  }
}

// ---------------------------------------------------------------- main thread: the watcher

function main() {
  const work = process.argv[2];
  const fd = Number(process.argv[3]);
  const emit = (event) => writeEvent(fd, event);
  const jobPath = path.join(work, "job.json");
  const job = JSON.parse(fs.readFileSync(jobPath, "utf8"));
  fs.unlinkSync(jobPath);
  const solutionPath = path.join(work, "solution.js");
  const source = fs.readFileSync(solutionPath, "utf8");

  // Syntax errors are compile errors, with the candidate's line.
  try {
    new vm.Script(source, { filename: solutionPath });
  } catch (e) {
    const event = { type: "compile_error", message: `${e && e.name ? e.name : "SyntaxError"}: ${e && e.message}` };
    const line = syntaxLine(e, solutionPath);
    if (line) event.line = line;
    emit(event);
    emit({ type: "done" });
    return;
  }

  const memoryMb = Number(job.memoryMb) || 512;
  const shared = new Int32Array(new SharedArrayBuffer(16));
  const sharedTimes = new Float64Array(new SharedArrayBuffer(8));
  shared[CURRENT] = -1;
  const tests = job.tests;
  const worker = new Worker(__filename, {
    workerData: {
      fd,
      solutionPath,
      source,
      signature: job.signature,
      tests,
      maxOutputBytes: Number(job.maxOutputBytes),
      shared,
      sharedTimes,
    },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, stackSizeMb: STACK_MB },
    stdout: true, // the worker's process.stdout is replaced; anything that still reaches it is dropped
    stderr: false,
  });
  worker.stdout.resume();

  let failure = null; // why the worker ended early
  const finish = (why) => {
    if (Atomics.load(shared, DONE)) return;
    const index = Atomics.load(shared, CURRENT);
    if (index >= 0 && !Atomics.load(shared, REPORTED)) {
      const timeMs = Math.max(0, Date.now() - sharedTimes[STARTED]);
      emit({ type: "result", id: tests[index].id, status: "error", stdout: "", timeMs, ...why });
    } else if (index < 0 && why.limit !== "memory") {
      emit({ type: "load_error", message: why.error, errorType: why.errorType });
    } else if (index < 0 && tests.length) {
      emit({ type: "start", id: tests[0].id });
      emit({ type: "result", id: tests[0].id, status: "error", stdout: "", timeMs: 0, ...why });
    }
    Atomics.store(shared, DONE, 1);
    emit({ type: "done" });
  };
  const memoryHit = { error: "Memory limit exceeded", errorType: "MemoryError", limit: "memory" };

  const limitBytes = memoryMb * 1024 * 1024;
  let overSince = 0;
  const watch = setInterval(() => {
    if (process.memoryUsage.rss() > limitBytes) {
      finish(memoryHit);
      process.kill(process.pid, "SIGKILL"); // the worker may be inside one huge allocation
    }
    // The print budget is spent but the test goes on (its code caught the error and keeps printing).
    if (Atomics.load(shared, OVER) && Atomics.load(shared, CURRENT) >= 0 && !Atomics.load(shared, REPORTED)) {
      overSince ||= Date.now();
      if (Date.now() - overSince > OUTPUT_GRACE_MS) {
        finish({ error: "Output limit exceeded", limit: "output" });
        process.kill(process.pid, "SIGKILL");
      }
    }
  }, WATCH_MS);

  worker.on("error", (e) => {
    if (e && e.code === "ERR_WORKER_OUT_OF_MEMORY") failure = memoryHit;
    else failure = { error: describe(e), errorType: errorName(e) };
  });
  worker.on("exit", (code) => {
    clearInterval(watch);
    if (!Atomics.load(shared, DONE)) {
      finish(
        failure ?? {
          error: `Your code ended the program before this test finished (exit code ${code}). Do not call process.exit() in a solution.`,
          errorType: "Exit",
        },
      );
    }
    process.exit(0);
  });
}

function syntaxLine(e, file) {
  const first = String((e && e.stack) || "").split("\n")[0];
  const at = first.lastIndexOf(`${file}:`);
  if (at >= 0) {
    const m = /^(\d+)/.exec(first.slice(at + file.length + 1));
    if (m) return Number(m[1]);
  }
  return undefined;
}

// ---------------------------------------------------------------- errors

function errorName(e) {
  if (e instanceof Error || (e && typeof e === "object" && typeof e.name === "string" && "message" in e)) {
    return String(e.name || "Error");
  }
  return "Error";
}

function describe(e) {
  let text;
  if (e instanceof Error || (e && typeof e === "object" && typeof e.name === "string" && "message" in e)) {
    const message = String(e.message ?? "");
    text = message ? `${e.name || "Error"}: ${message}` : String(e.name || "Error");
  } else {
    let shown;
    try {
      shown = typeof e === "string" ? e : inspect(e, { depth: 2, breakLength: Infinity });
    } catch {
      shown = "a value";
    }
    text = `Uncaught ${shown}`;
  }
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE)}…`;
}

/** The line of the candidate's file nearest to where an error was thrown. */
function userLine(e, file) {
  let stack;
  try {
    stack = e && typeof e === "object" ? e.stack : undefined;
  } catch {
    return undefined;
  }
  if (typeof stack !== "string") return undefined;
  for (const line of stack.split("\n")) {
    const at = line.indexOf(`${file}:`);
    if (at < 0 || !/^\s+at /.test(line)) continue;
    const m = /^(\d+):\d+/.exec(line.slice(at + file.length + 1));
    if (m) return Number(m[1]);
  }
  return undefined;
}

// ---------------------------------------------------------------- worker: runs the candidate's code

function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}

function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}

class ValueProblem extends Error {}

const OUTPUT_LIMIT = Object.freeze({ name: "OutputLimit", message: "Output limit exceeded" });

class Budget {
  constructor(limit) {
    this.left = limit;
    this.exceeded = false;
  }
}

class Capture {
  constructor(budget, onExceeded) {
    this.onExceeded = onExceeded;
    this.parts = [];
    this.budget = budget;
  }

  write(text) {
    const s = String(text);
    if (this.budget.exceeded) throw OUTPUT_LIMIT;
    const size = byteLength(s, "utf8");
    if (size > this.budget.left) {
      this.parts.push(Buffer.from(s, "utf8").subarray(0, Math.max(0, this.budget.left)).toString("utf8"));
      this.budget.left = 0;
      this.budget.exceeded = true;
      this.onExceeded?.();
      throw OUTPUT_LIMIT;
    }
    this.budget.left -= size;
    this.parts.push(s);
  }

  text() {
    return this.parts.join("");
  }
}

function runWorker() {
  const { fd, solutionPath, source, signature, tests, maxOutputBytes, shared, sharedTimes } = workerData;
  const emit = (event) => writeEvent(fd, event);
  const budget = new Budget(maxOutputBytes);
  const overBudget = () => Atomics.store(shared, OVER, 1);
  let capture = null; // the running test's (or the module's) prints; null: dropped

  // ---- what the candidate's code sees
  const sink = { write: (chunk) => capture?.write(chunk) };
  const base = new Console({ stdout: { write: (c) => void safeWrite(c) }, stderr: { write: (c) => void safeWrite(c) } });
  function safeWrite(chunk) {
    try {
      sink.write(chunk);
    } catch {
      // a limit hit inside console.table and friends: the test is stopped after its call
    }
  }
  const print = (...args) => sink.write(`${format(...args)}\n`);
  const console = Object.assign(Object.create(base), {
    log: print,
    info: print,
    debug: print,
    warn: print,
    error: print,
    trace: (...args) => sink.write(`Trace: ${format(...args)}\n`),
    dir: (obj, options) => sink.write(`${inspect(obj, options)}\n`),
  });
  for (const name of Object.getOwnPropertyNames(Console.prototype)) {
    if (typeof base[name] === "function" && !(name in console && Object.prototype.hasOwnProperty.call(console, name))) {
      console[name] = base[name].bind(base);
    }
  }
  const streamWrite = (chunk, encoding, callback) => {
    sink.write(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const cb = typeof encoding === "function" ? encoding : callback;
    if (typeof cb === "function") process.nextTick(cb);
    return true;
  };
  process.stdout.write = streamWrite;
  process.stderr.write = streamWrite;
  const module = { exports: {} };
  Object.assign(globalThis, { console, ListNode, TreeNode, require, module, exports: module.exports });

  // ---- load the code
  const script = new vm.Script(source, { filename: solutionPath });
  const moduleCapture = new Capture(budget, overBudget);
  capture = moduleCapture;
  let loadError = null;
  try {
    script.runInThisContext();
  } catch (e) {
    if (e !== OUTPUT_LIMIT) {
      loadError = { type: "load_error", message: describe(e), errorType: errorName(e) };
      const line = userLine(e, solutionPath);
      if (line) loadError.line = line;
    }
  }
  capture = null;
  if (moduleCapture.parts.length) emit({ type: "module_output", stdout: moduleCapture.text() });
  const finish = () => {
    Atomics.store(shared, DONE, 1);
    emit({ type: "done" });
    process.exit(0);
  };
  if (budget.exceeded) {
    if (tests.length) {
      emit({ type: "start", id: tests[0].id });
      emit({ type: "result", id: tests[0].id, status: "error", error: "Output limit exceeded", limit: "output", stdout: "", timeMs: 0 });
    }
    return finish();
  }

  // A name the code declared: `function f`/`var f` are global properties, `const`/`let`/`class` are not.
  const lookup = (name) => {
    try {
      return vm.runInThisContext(`typeof ${name} === "undefined" ? undefined : ${name}`);
    } catch {
      return undefined;
    }
  };
  const LN = lookup("ListNode") ?? ListNode;
  const TN = lookup("TreeNode") ?? TreeNode;

  // ---- values
  const toArg = (value, type) => {
    switch (type) {
      case "int":
      case "long":
      case "double":
        // A long beyond 2^53 travels as a decimal string: it becomes a BigInt, exact (BigInt(x) works
        // on it as on a number; mixing it into Number arithmetic throws instead of losing digits).
        return typeof value === "string" ? (/^-?\d+$/.test(value) ? BigInt(value) : Number(value)) : value;
      case "ListNode": {
        let head = null;
        let tail = null;
        for (const v of value ?? []) {
          const node = new LN(v);
          node.next = null;
          if (tail) tail.next = node;
          else head = node;
          tail = node;
        }
        return head;
      }
      case "TreeNode": {
        if (!value || !value.length || value[0] === null) return null;
        const make = (v) => {
          const node = new TN(v);
          node.left = null;
          node.right = null;
          return node;
        };
        const root = make(value[0]);
        const queue = [root];
        let i = 1;
        for (let q = 0; q < queue.length && i < value.length; q++) {
          const node = queue[q];
          if (value[i] !== null && value[i] !== undefined) queue.push((node.left = make(value[i])));
          i++;
          if (i < value.length && value[i] !== null && value[i] !== undefined) queue.push((node.right = make(value[i])));
          i++;
        }
        return root;
      }
      default:
        if (type.endsWith("[]") && Array.isArray(value)) {
          const inner = type.slice(0, -2);
          return value.map((v) => toArg(v, inner));
        }
        return value;
    }
  };

  const jsonNumber = (n, integer) => {
    if (Number.isNaN(n)) return "nan";
    if (n === Infinity) return "inf";
    if (n === -Infinity) return "-inf";
    // Integers beyond 2^53 travel as decimal strings (README "Value types").
    if (integer && Number.isInteger(n) && !Number.isSafeInteger(n)) return BigInt(n).toString();
    return Object.is(n, -0) ? 0 : n;
  };

  const listValues = (head) => {
    const out = [];
    const seen = new Set();
    for (let node = head; node !== null && node !== undefined; node = node.next) {
      if (seen.has(node)) throw new ValueProblem("the returned linked list has a cycle");
      if (seen.size >= MAX_NODES) throw new ValueProblem("the returned linked list is too long");
      seen.add(node);
      out.push(jsonable(node.val, "int"));
    }
    return out;
  };

  const treeValues = (root) => {
    if (root === null || root === undefined) return [];
    const out = [];
    const queue = [root];
    const seen = new Set();
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i];
      if (node === null || node === undefined) {
        out.push(null);
        continue;
      }
      if (seen.has(node)) throw new ValueProblem("the returned tree has a cycle");
      if (seen.size >= MAX_NODES) throw new ValueProblem("the returned tree is too large");
      seen.add(node);
      out.push(jsonable(node.val, "int"));
      queue.push(node.left ?? null, node.right ?? null);
    }
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  };

  /** A returned value as plain JSON, read by the declared type where that matters. */
  const jsonable = (v, type, depth = 0) => {
    if (depth > 1000) throw new ValueProblem("the value is nested too deeply");
    if (v === null || v === undefined) {
      if (type === "ListNode" || type === "TreeNode") return [];
      return null;
    }
    const integer = type === "int" || type === "long";
    switch (typeof v) {
      case "boolean":
      case "string":
        return v;
      case "number":
        return jsonNumber(v, integer);
      case "bigint":
        return v >= -BigInt(SAFE_INT) && v <= BigInt(SAFE_INT) ? Number(v) : v.toString();
      case "function":
      case "symbol":
        return String(v);
    }
    if (type === "ListNode" && "next" in v) return listValues(v);
    if (type === "TreeNode" && ("left" in v || "right" in v)) return treeValues(v);
    const inner = type && type.endsWith("[]") ? type.slice(0, -2) : undefined;
    if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v, (x) => jsonable(x, inner, depth + 1));
    if (v instanceof Set) {
      const items = Array.from(v, (x) => jsonable(x, inner, depth + 1));
      return items.every((x) => typeof x === "number") ? items.sort((a, b) => a - b) : items;
    }
    if (v instanceof Map) {
      const o = {};
      for (const [k, x] of v) o[String(k)] = jsonable(x, undefined, depth + 1);
      return o;
    }
    if (v instanceof LN || v instanceof ListNode) return listValues(v);
    if (v instanceof TN || v instanceof TreeNode) return treeValues(v);
    const o = {};
    for (const k of Object.keys(v)) o[k] = jsonable(v[k], undefined, depth + 1);
    return o;
  };

  const thenable = (v) => v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function";

  // ---- the tests
  const run = async () => {
    if (loadError) {
      emit(loadError);
      return;
    }
    if (signature.kind === "design") await runDesign();
    else await runFunction();
  };

  const begin = (index) => {
    Atomics.store(shared, REPORTED, 0);
    Atomics.store(shared, CURRENT, index);
    sharedTimes[STARTED] = Date.now();
    emit({ type: "start", id: tests[index].id });
  };
  const report = (event) => {
    emit(event);
    Atomics.store(shared, REPORTED, 1);
    Atomics.store(shared, CURRENT, -1);
  };
  const ms = (ns) => Math.round(Number(ns) / 1e3) / 1e3;

  const runFunction = async () => {
    const { method, params, returns } = signature;
    const Solution = lookup("Solution");
    let makeCall;
    const fn = lookup(method);
    if (typeof fn === "function") {
      makeCall = () => fn;
    } else if (typeof Solution === "function" && typeof Solution.prototype?.[method] === "function") {
      makeCall = () => {
        const solution = new Solution();
        return (...args) => solution[method](...args);
      };
    } else {
      emit({
        type: "load_error",
        message: `Define function ${method}(${params.map((p) => p.name).join(", ")}). It was not found in your code.`,
        errorType: "ReferenceError",
      });
      return;
    }
    for (let index = 0; index < tests.length; index++) {
      const test = tests[index];
      begin(index);
      const args = params.map((p, i) => toArg(test.input[i], p.type));
      const cap = new Capture(budget, overBudget);
      const event = { type: "result", id: test.id };
      let stop = false;
      let result;
      let elapsed = 0n;
      capture = cap;
      const t0 = hrtime();
      try {
        result = makeCall()(...args);
        if (thenable(result)) result = await result;
        elapsed = hrtime() - t0;
        event.status = "ok";
      } catch (e) {
        elapsed = hrtime() - t0;
        if (e === OUTPUT_LIMIT) {
          Object.assign(event, { status: "error", error: "Output limit exceeded", limit: "output" });
          stop = true;
        } else {
          Object.assign(event, { status: "error", error: describe(e), errorType: errorName(e) });
          const line = userLine(e, solutionPath);
          if (line) event.errorLine = line;
        }
      }
      capture = null;
      let out = event;
      if (budget.exceeded && !stop) {
        out = { type: "result", id: test.id, status: "error", error: "Output limit exceeded", limit: "output" };
        stop = true;
      }
      if (out.status === "ok") {
        try {
          const actual = returns === "void" && params.length ? jsonable(args[0], params[0].type) : jsonable(result, returns);
          if (actual !== null) out.actual = actual;
        } catch (e) {
          out = {
            type: "result",
            id: test.id,
            status: "error",
            error: `Could not read the value your function returned: ${e instanceof ValueProblem ? e.message : describe(e)}`,
            errorType: "ValueError",
          };
        }
      }
      out.stdout = cap.text();
      out.timeMs = ms(elapsed);
      report(out);
      if (stop) break;
    }
  };

  const runDesign = async () => {
    const { className, methods } = signature;
    const ctorParams = signature.constructor.params;
    const byName = new Map(methods.map((m) => [m.name, m]));
    const Cls = lookup(className);
    if (typeof Cls !== "function") {
      emit({ type: "load_error", message: `Define class ${className}. It was not found in your code.`, errorType: "ReferenceError" });
      return;
    }
    for (const m of methods) {
      // A method may also be assigned in the constructor (this.push = …); only a name the code never mentions is missing.
      if (typeof Cls.prototype?.[m.name] !== "function" && !new RegExp(`\\b${m.name}\\b`).test(source)) {
        emit({
          type: "load_error",
          message: `Define class ${className} with a method ${m.name}(${m.params.map((p) => p.name).join(", ")}). It was not found in your code.`,
          errorType: "TypeError",
        });
        return;
      }
    }
    for (let index = 0; index < tests.length; index++) {
      const test = tests[index];
      begin(index);
      const [ops, argLists] = test.input;
      const calls = ops.map((op, i) => {
        const ps = i === 0 ? ctorParams : byName.get(op).params;
        return { op, args: ps.map((p, j) => toArg(argLists[i][j], p.type)), returns: i === 0 ? undefined : byName.get(op).returns };
      });
      const cap = new Capture(budget, overBudget);
      let event = { type: "result", id: test.id };
      const actual = [];
      let elapsed = 0n;
      let step = 0;
      let stop = false;
      let t0 = null;
      capture = cap;
      try {
        t0 = hrtime();
        const obj = new Cls(...calls[0].args);
        elapsed += hrtime() - t0;
        t0 = null;
        actual.push(null);
        for (step = 1; step < calls.length; step++) {
          const { op, args, returns } = calls[step];
          if (typeof obj[op] !== "function") throw new TypeError(`${className}.${op} is not a function`);
          t0 = hrtime();
          let value = obj[op](...args);
          if (thenable(value)) value = await value;
          elapsed += hrtime() - t0;
          t0 = null;
          if (returns === "void") {
            actual.push(null);
            continue;
          }
          try {
            actual.push(jsonable(value, returns));
          } catch (e) {
            throw new ValueProblem(`could not read the value it returned: ${e instanceof ValueProblem ? e.message : describe(e)}`);
          }
        }
        step = -1;
        event.status = "ok";
      } catch (e) {
        if (t0 !== null) elapsed += hrtime() - t0;
        const where = step < 0 || step >= calls.length ? "" : step === 0 ? `operations[0] ${calls[0].op}() (the constructor): ` : `operations[${step}] ${calls[step].op}(): `;
        if (e === OUTPUT_LIMIT) {
          Object.assign(event, { status: "error", error: "Output limit exceeded", limit: "output" });
          stop = true;
        } else if (e instanceof ValueProblem) {
          Object.assign(event, { status: "error", error: `${where}${e.message}`, errorType: "ValueError" });
        } else {
          Object.assign(event, { status: "error", error: `${where}${describe(e)}`, errorType: errorName(e) });
          const line = userLine(e, solutionPath);
          if (line) event.errorLine = line;
        }
      }
      capture = null;
      if (budget.exceeded && !stop) {
        event = { type: "result", id: test.id, status: "error", error: "Output limit exceeded", limit: "output" };
        stop = true;
      }
      if (event.status === "ok") event.actual = actual;
      event.stdout = cap.text();
      event.timeMs = ms(elapsed);
      report(event);
      if (stop) break;
    }
  };

  run().then(finish, (e) => {
    // A harness fault, not the candidate's: say so on stderr and end like a crash.
    process.stderr.write = () => true;
    fs.writeSync(2, `driver: ${e && e.stack ? e.stack : e}\n`);
    process.exit(70);
  });
}

if (isMainThread) main();
else runWorker();
