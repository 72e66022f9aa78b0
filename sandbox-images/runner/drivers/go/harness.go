// Go driver harness: compiled together with the candidate's solution.go (see build.py) into one
// program that runs every test and reports events (protocol in ../../README.md).
//
// It shares package main with the candidate's code, so every name here starts with _ic.
// The adapter that converts a test's JSON arguments and calls the candidate's function (or
// drives their design class) is generated per signature into main.go by build.py.
//
// argv: <work dir> <events fd>. The runner starts this program directly (languages.py), like
// every driver, so the code's parent is the runner. Go reserves address space up front, so
// RLIMIT_AS is off: a watchdog goroutine enforces memoryMb on the resident memory and turns
// runaway recursion into a stack-overflow error before the runtime's own fatal one.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

const (
	_icSafeInt    = 1<<53 - 1
	_icMaxNodes   = 1_000_000
	_icMaxMessage = 2000
	_icUserFile   = "solution.go"
)

// Set by main.go's init for a function problem.
var _icCallFn func(args []interface{}) (call func(), encode func(*_icBuf) error)

// Set by main.go's init for a design problem.
var _icDesignFn func(ops []string, args []interface{}, rec *_icRec)

// ---------------------------------------------------------------- events

var (
	_icEvents *os.File
	_icEmitMu sync.Mutex // held for good by the output reader when it ends the run
)

func _icEmit(ev []byte) {
	_icEmitMu.Lock()
	defer _icEmitMu.Unlock()
	_icWriteAll(ev)
}

func _icWriteAll(ev []byte) {
	ev = append(ev, '\n')
	for len(ev) > 0 {
		n, err := syscall.Write(int(_icEvents.Fd()), ev)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			os.Exit(3)
		}
		ev = ev[n:]
	}
}

// ---------------------------------------------------------------- JSON writing

type _icBuf struct{ b []byte }

func (w *_icBuf) raw(s string) { w.b = append(w.b, s...) }

func _icEncString(w *_icBuf, s string) error {
	w.b = append(w.b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				w.b = append(w.b, '\\', c)
			case c == '\n':
				w.b = append(w.b, '\\', 'n')
			case c == '\r':
				w.b = append(w.b, '\\', 'r')
			case c == '\t':
				w.b = append(w.b, '\\', 't')
			case c < 0x20 || c == 0x7f:
				w.b = append(w.b, fmt.Sprintf("\\u%04x", c)...)
			default:
				w.b = append(w.b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.b = append(w.b, "\\ufffd"...)
		} else {
			w.b = append(w.b, s[i:i+size]...)
		}
		i += size
	}
	w.b = append(w.b, '"')
	return nil
}

func _icEncLong(w *_icBuf, v int64) error {
	if v > _icSafeInt || v < -_icSafeInt {
		// Beyond 2^53 a JSON number loses digits in JavaScript: such integers travel as strings.
		w.b = append(w.b, '"')
		w.b = strconv.AppendInt(w.b, v, 10)
		w.b = append(w.b, '"')
		return nil
	}
	w.b = strconv.AppendInt(w.b, v, 10)
	return nil
}

func _icEncInt(w *_icBuf, v int) error { return _icEncLong(w, int64(v)) }

func _icEncDouble(w *_icBuf, f float64) error {
	switch {
	case math.IsNaN(f):
		w.raw(`"nan"`)
	case math.IsInf(f, 1):
		w.raw(`"inf"`)
	case math.IsInf(f, -1):
		w.raw(`"-inf"`)
	default:
		w.b = strconv.AppendFloat(w.b, f, 'g', -1, 64)
	}
	return nil
}

func _icEncBool(w *_icBuf, v bool) error {
	if v {
		w.raw("true")
	} else {
		w.raw("false")
	}
	return nil
}

func _icEncChar(w *_icBuf, c byte) error {
	if c < utf8.RuneSelf {
		return _icEncString(w, string([]byte{c}))
	}
	return _icEncString(w, string(rune(c)))
}

func _icEncSlice[T any](w *_icBuf, xs []T, enc func(*_icBuf, T) error) error {
	w.b = append(w.b, '[')
	for i, x := range xs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if err := enc(w, x); err != nil {
			return err
		}
	}
	w.b = append(w.b, ']')
	return nil
}

func _icEncList(w *_icBuf, head *ListNode) error {
	seen := map[*ListNode]bool{}
	w.b = append(w.b, '[')
	for n := head; n != nil; n = n.Next {
		if seen[n] {
			return errors.New("the returned linked list has a cycle")
		}
		if len(seen) >= _icMaxNodes {
			return errors.New("the returned linked list is too long")
		}
		if len(seen) > 0 {
			w.b = append(w.b, ',')
		}
		seen[n] = true
		_icEncInt(w, n.Val)
	}
	w.b = append(w.b, ']')
	return nil
}

func _icEncTree(w *_icBuf, root *TreeNode) error {
	var vals []*TreeNode
	queue := []*TreeNode{root}
	seen := map[*TreeNode]bool{}
	for i := 0; i < len(queue); i++ {
		n := queue[i]
		vals = append(vals, n)
		if n == nil {
			continue
		}
		if seen[n] {
			return errors.New("the returned tree has a cycle")
		}
		if len(seen) >= _icMaxNodes {
			return errors.New("the returned tree is too large")
		}
		seen[n] = true
		queue = append(queue, n.Left, n.Right)
	}
	for len(vals) > 0 && vals[len(vals)-1] == nil {
		vals = vals[:len(vals)-1]
	}
	w.b = append(w.b, '[')
	for i, n := range vals {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if n == nil {
			w.raw("null")
		} else {
			_icEncInt(w, n.Val)
		}
	}
	w.b = append(w.b, ']')
	return nil
}

// ---------------------------------------------------------------- JSON reading (decoded with UseNumber)

type _icBadInput struct{ msg string }

func _icBad(v interface{}, want string) {
	panic(_icBadInput{fmt.Sprintf("test input %v is not %s", v, want)})
}

func _icLong(v interface{}) int64 {
	switch x := v.(type) {
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return i
		}
		if f, err := strconv.ParseFloat(string(x), 64); err == nil && f == math.Trunc(f) {
			return int64(f)
		}
	case string: // a long outside +-(2^53-1) travels as a decimal string
		if i, err := strconv.ParseInt(x, 10, 64); err == nil {
			return i
		}
	}
	_icBad(v, "an integer")
	return 0
}

func _icInt(v interface{}) int { return int(_icLong(v)) }

func _icDouble(v interface{}) float64 {
	switch x := v.(type) {
	case json.Number:
		if f, err := strconv.ParseFloat(string(x), 64); err == nil {
			return f
		}
	case string:
		if f, err := strconv.ParseFloat(x, 64); err == nil {
			return f
		}
	}
	_icBad(v, "a number")
	return 0
}

func _icBool(v interface{}) bool {
	if b, ok := v.(bool); ok {
		return b
	}
	_icBad(v, "a boolean")
	return false
}

func _icString(v interface{}) string {
	if s, ok := v.(string); ok {
		return s
	}
	_icBad(v, "a string")
	return ""
}

func _icChar(v interface{}) byte {
	s := _icString(v)
	r, size := utf8.DecodeRuneInString(s)
	if size == 1 || (r != utf8.RuneError && r < 256) {
		if size == 1 {
			return s[0]
		}
		return byte(r)
	}
	_icBad(v, "a one-byte character")
	return 0
}

func _icList(v interface{}) []interface{} {
	if v == nil {
		return nil
	}
	if xs, ok := v.([]interface{}); ok {
		return xs
	}
	_icBad(v, "a list")
	return nil
}

func _icSlice[T any](v interface{}, conv func(interface{}) T) []T {
	xs := _icList(v)
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = conv(x)
	}
	return out
}

func _icListNode(v interface{}) *ListNode {
	var head, tail *ListNode
	for _, x := range _icList(v) {
		n := &ListNode{Val: _icInt(x)}
		if head == nil {
			head = n
		} else {
			tail.Next = n
		}
		tail = n
	}
	return head
}

func _icTreeNode(v interface{}) *TreeNode {
	// Level order with null for a missing child, as LeetCode writes trees.
	xs := _icList(v)
	if len(xs) == 0 || xs[0] == nil {
		return nil
	}
	root := &TreeNode{Val: _icInt(xs[0])}
	queue := []*TreeNode{root}
	i := 1
	for q := 0; q < len(queue) && i < len(xs); q++ {
		n := queue[q]
		if xs[i] != nil {
			n.Left = &TreeNode{Val: _icInt(xs[i])}
			queue = append(queue, n.Left)
		}
		i++
		if i < len(xs) && xs[i] != nil {
			n.Right = &TreeNode{Val: _icInt(xs[i])}
			queue = append(queue, n.Right)
		}
		i++
	}
	return root
}

// ---------------------------------------------------------------- prints

var (
	_icBudgetLeft int
	_icBudgetOver bool
	_icStdoutFd   int // the real stdout, kept while fd 1 is a test's capture pipe
	_icRealStderr *os.File
	_icCurrentID    string // the running test; "" between tests
	_icCurrentStart time.Time
	_icCurrentMu    sync.Mutex
)

type _icCapture struct {
	rfd   int
	out   []byte
	ended chan struct{}
}

// Captures one test's prints: fd 1 (fmt.Print*, os.Stdout, writers made over it), os.Stderr and
// the log package go to a pipe read against the run's one print budget. Builtin print/println
// write to fd 2 directly: they reach the run's stderr, not the test.
func _icBeginCapture() *_icCapture {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		panic(err)
	}
	if err := syscall.Dup3(p[1], 1, 0); err != nil {
		panic(err)
	}
	syscall.Close(p[1])
	os.Stderr = os.Stdout
	log.SetOutput(os.Stdout)
	c := &_icCapture{rfd: p[0], ended: make(chan struct{})}
	go c.read()
	return c
}

func (c *_icCapture) read() {
	buf := make([]byte, 32*1024)
	for {
		n, err := syscall.Read(c.rfd, buf)
		if err == syscall.EINTR {
			continue
		}
		if n <= 0 {
			break
		}
		if n > _icBudgetLeft {
			c.out = append(c.out, buf[:_icBudgetLeft]...)
			_icBudgetLeft = 0
			_icBudgetOver = true
			_icStopForOutput(c)
			return
		}
		_icBudgetLeft -= n
		c.out = append(c.out, buf[:n]...)
	}
	syscall.Close(c.rfd)
	close(c.ended)
}

// The print budget is spent while the candidate's code runs: report the test and stop the run
// here, since the code would otherwise go on printing (or block on the full pipe) until the
// time limit.
func _icStopForOutput(c *_icCapture) {
	_icStop(&_icFailure{message: "Output limit exceeded"}, "output", string(c.out))
}

// Ends the run from outside the running test (output reader, watchdog): reports the test that
// is running, then `done`, and exits. The emit lock is held for good, so nothing else reports.
func _icStop(fail *_icFailure, limit string, stdout string) {
	_icEmitMu.Lock()
	_icCurrentMu.Lock()
	id, started := _icCurrentID, _icCurrentStart
	_icCurrentMu.Unlock()
	if id == "" { // between tests or while loading: the code failed before a test could start
		var w _icBuf
		w.raw(`{"type":"load_error","message":`)
		_icEncString(&w, fail.message)
		w.raw(`,"errorType":`)
		_icEncString(&w, fail.errorType)
		w.raw(`}`)
		_icWriteAll(w.b)
	} else {
		_icWriteAll(_icResult(id, fail, nil, stdout, time.Since(started), limit))
	}
	_icWriteAll([]byte(`{"type":"done"}`))
	os.Exit(0)
}

func (c *_icCapture) end() string {
	syscall.Dup3(_icStdoutFd, 1, 0) // closes the pipe's write end: the reader sees EOF
	os.Stderr = _icRealStderr
	log.SetOutput(_icRealStderr)
	<-c.ended
	return string(c.out)
}

// ---------------------------------------------------------------- errors

type _icFailure struct {
	message   string
	errorType string
	line      int
	harness   bool // our fault (bad input), not the candidate's
}

type _icUnreadable struct{ msg string }

func _icUserLine() int {
	pcs := make([]uintptr, 128)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if filepath.Base(f.File) == _icUserFile {
			return f.Line
		}
		if !more {
			return 0
		}
	}
}

func _icShort(s string) string {
	if len(s) > _icMaxMessage {
		return s[:_icMaxMessage] + "…"
	}
	return s
}

func _icDescribe(r interface{}) _icFailure {
	switch x := r.(type) {
	case _icBadInput:
		return _icFailure{message: "Harness error: " + x.msg, errorType: "HarnessError", harness: true}
	case _icUnreadable:
		return _icFailure{message: x.msg, errorType: "ValueError"}
	case runtime.Error:
		text := x.Error()
		kind := strings.TrimPrefix(text, "runtime error: ")
		if i := strings.IndexAny(kind, "[:"); i > 0 {
			kind = kind[:i]
		}
		return _icFailure{message: _icShort("panic: " + text), errorType: "runtime error: " + strings.TrimSpace(kind)}
	case error:
		return _icFailure{message: _icShort("panic: " + x.Error()), errorType: "panic"}
	default:
		return _icFailure{message: _icShort(fmt.Sprintf("panic: %v", r)), errorType: "panic"}
	}
}

// Runs f; a panic becomes a failure with the line of the candidate's code it came from.
func _icProtect(f func()) (fail *_icFailure) {
	completed := false
	defer func() {
		if completed {
			return
		}
		r := recover()
		if r == nil {
			r = errors.New("runtime.Goexit called")
		}
		d := _icDescribe(r)
		if !d.harness {
			d.line = _icUserLine()
		}
		fail = &d
	}()
	f()
	completed = true
	return nil
}

// ---------------------------------------------------------------- design problems

// Records a design test: the time of the constructor and every call, and one value per operation.
type _icRec struct {
	ops     []string
	index   int
	started time.Time
	running bool
	elapsed time.Duration
	values  []string
}

func (r *_icRec) begin(i int) {
	r.index = i
	r.running = true
	r.started = time.Now()
}

func (r *_icRec) end() {
	r.elapsed += time.Since(r.started)
	r.running = false
}

func (r *_icRec) null() { r.values = append(r.values, "null") }

func (r *_icRec) value(enc func(*_icBuf) error) {
	var w _icBuf
	if err := enc(&w); err != nil {
		panic(_icUnreadable{fmt.Sprintf("could not read the value it returned: %v", err)})
	}
	r.values = append(r.values, string(w.b))
}

func (r *_icRec) where() string {
	if r.index < 0 || r.index >= len(r.ops) {
		return ""
	}
	if r.index == 0 {
		return fmt.Sprintf("operations[0] %s() (the constructor): ", r.ops[0])
	}
	return fmt.Sprintf("operations[%d] %s(): ", r.index, r.ops[r.index])
}

// ---------------------------------------------------------------- main

type _icTest struct {
	ID    string        `json:"id"`
	Input []interface{} `json:"input"`
}

type _icJob struct {
	Tests          []_icTest `json:"tests"`
	MaxOutputBytes int       `json:"maxOutputBytes"`
	MemoryMb       int       `json:"memoryMb"`
}

func _icResult(id string, fail *_icFailure, actual []byte, stdout string, elapsed time.Duration, limit string) []byte {
	var w _icBuf
	w.raw(`{"type":"result","id":`)
	_icEncString(&w, id)
	if fail == nil {
		w.raw(`,"status":"ok","actual":`)
		w.b = append(w.b, actual...)
	} else {
		w.raw(`,"status":"error","error":`)
		_icEncString(&w, fail.message)
		if fail.errorType != "" {
			w.raw(`,"errorType":`)
			_icEncString(&w, fail.errorType)
		}
		if fail.line > 0 {
			w.raw(`,"errorLine":`)
			w.b = strconv.AppendInt(w.b, int64(fail.line), 10)
		}
		if limit != "" {
			w.raw(`,"limit":`)
			_icEncString(&w, limit)
		}
	}
	w.raw(`,"stdout":`)
	_icEncString(&w, stdout)
	w.raw(`,"timeMs":`)
	w.b = strconv.AppendFloat(w.b, math.Round(float64(elapsed.Nanoseconds())/1e3)/1e3, 'f', -1, 64)
	w.raw(`}`)
	return w.b
}

func _icSetCurrent(id string) {
	_icCurrentMu.Lock()
	_icCurrentID = id
	_icCurrentStart = time.Now()
	_icCurrentMu.Unlock()
}

// ---------------------------------------------------------------- watchdog

const _icWatchEvery = 2 * time.Millisecond

// Polls the resident memory and the goroutine stacks. Over memoryMb: a memory limit on the
// running test. Stacks over the overflow mark (an eighth of memoryMb): a stack overflow with the
// line of the recursive call, reported before the runtime's own fatal error (at the max stack,
// twice as deep), which would end the program without a word about the test.
func _icWatch(limitBytes, stackMark uint64) {
	statm, err := os.Open("/proc/self/statm")
	if err != nil {
		return
	}
	page := uint64(os.Getpagesize())
	buf := make([]byte, 128)
	stacks := []metrics.Sample{{Name: "/memory/classes/heap/stacks:bytes"}}
	for range time.Tick(_icWatchEvery) {
		if n, err := statm.ReadAt(buf, 0); n > 0 && (err == nil || err == io.EOF) {
			if f := strings.Fields(string(buf[:n])); len(f) > 1 {
				if pages, err := strconv.ParseUint(f[1], 10, 64); err == nil && pages*page > limitBytes {
					_icStop(&_icFailure{message: "Memory limit exceeded", errorType: "MemoryError"}, "memory", "")
				}
			}
		}
		metrics.Read(stacks)
		if stacks[0].Value.Kind() == metrics.KindUint64 && stacks[0].Value.Uint64() > stackMark {
			_icStop(&_icFailure{
				message:   "stack overflow: very deep or endless recursion",
				errorType: "stack overflow",
				line:      _icRecursionLine(),
			}, "", "")
		}
	}
}

// The line of solution.go that appears most often among the innermost frames of the running
// goroutines: in runaway recursion, the recursive call.
func _icRecursionLine() int {
	buf := make([]byte, 256<<10)
	trace := string(buf[:runtime.Stack(buf, true)])
	counts := map[int]int{}
	for _, line := range strings.Split(trace, "\n") {
		line = strings.TrimSpace(line)
		at := strings.Index(line, _icUserFile+":")
		if at < 0 || (at > 0 && line[at-1] != '/') {
			continue
		}
		rest := line[at+len(_icUserFile)+1:]
		if sp := strings.IndexByte(rest, ' '); sp >= 0 {
			rest = rest[:sp]
		}
		if n, err := strconv.Atoi(rest); err == nil {
			counts[n]++
		}
	}
	lines := make([]int, 0, len(counts))
	for n := range counts {
		lines = append(lines, n)
	}
	sort.Slice(lines, func(i, j int) bool { return counts[lines[i]] > counts[lines[j]] || (counts[lines[i]] == counts[lines[j]] && lines[i] < lines[j]) })
	if len(lines) == 0 {
		return 0
	}
	return lines[0]
}

func _icRunFunction(t _icTest) []byte {
	var call func()
	var encode func(*_icBuf) error
	if fail := _icProtect(func() { call, encode = _icCallFn(t.Input) }); fail != nil {
		return _icResult(t.ID, fail, nil, "", 0, "")
	}
	capture := _icBeginCapture()
	started := time.Now()
	fail := _icProtect(call)
	elapsed := time.Since(started)
	stdout := capture.end()
	if fail != nil {
		return _icResult(t.ID, fail, nil, stdout, elapsed, "")
	}
	var w _icBuf
	if err := encode(&w); err != nil {
		return _icResult(t.ID, &_icFailure{message: "Could not read the value your function returned: " + err.Error(), errorType: "ValueError"}, nil, stdout, elapsed, "")
	}
	return _icResult(t.ID, nil, w.b, stdout, elapsed, "")
}

func _icRunDesign(t _icTest) []byte {
	rec := &_icRec{index: -1}
	var args []interface{}
	if fail := _icProtect(func() {
		if len(t.Input) != 2 {
			panic(_icBadInput{"a design test's input is [operations, arguments]"})
		}
		rec.ops = _icSlice(t.Input[0], _icString)
		args = _icList(t.Input[1])
		if len(args) != len(rec.ops) || len(args) == 0 {
			panic(_icBadInput{"operations and arguments differ in length"})
		}
	}); fail != nil {
		return _icResult(t.ID, fail, nil, "", 0, "")
	}
	capture := _icBeginCapture()
	fail := _icProtect(func() { _icDesignFn(rec.ops, args, rec) })
	if rec.running {
		rec.end()
	}
	stdout := capture.end()
	if fail != nil {
		fail.message = rec.where() + fail.message
		return _icResult(t.ID, fail, nil, stdout, rec.elapsed, "")
	}
	return _icResult(t.ID, nil, []byte("["+strings.Join(rec.values, ",")+"]"), stdout, rec.elapsed, "")
}

// Parks a few spare OS threads in the runtime's idle pool. RLIMIT_NPROC counts threads: a
// solution that spawns processes until the limit would otherwise kill the program the next time
// the runtime needs a thread (fatal error: newosproc) instead of letting it run into the time limit.
func _icReserveThreads(n int) {
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			// A blocking system call holds its thread: the scheduler starts another one for the
			// next goroutine. Afterwards the threads stay in the runtime's idle pool.
			tv := syscall.Timeval{Usec: 2000}
			syscall.Select(0, nil, nil, nil, &tv)
			wg.Done()
		}()
	}
	wg.Wait()
}

func main() {
	_icReserveThreads(8)
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: prog <work> <events fd>")
		os.Exit(2)
	}
	fd, err := strconv.Atoi(os.Args[2])
	if err != nil {
		os.Exit(2)
	}
	syscall.CloseOnExec(fd) // a program the solution starts must not write events
	_icEvents = os.NewFile(uintptr(fd), "events")
	jobPath := filepath.Join(os.Args[1], "job.json")
	raw, err := os.ReadFile(jobPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "harness: cannot read the job:", err)
		os.Exit(2)
	}
	os.Remove(jobPath)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var job _icJob
	if err := dec.Decode(&job); err != nil {
		fmt.Fprintln(os.Stderr, "harness: bad job:", err)
		os.Exit(2)
	}
	raw = nil
	if job.MemoryMb <= 0 {
		job.MemoryMb = 512
	}
	limit := uint64(job.MemoryMb) << 20
	debug.SetMemoryLimit(int64(limit / 8 * 7)) // the collector works hard before the hard cap
	debug.SetMaxStack(int(limit / 4))          // the runtime's fatal overflow, behind the watchdog's mark
	go _icWatch(limit, limit/8)
	_icBudgetLeft = job.MaxOutputBytes
	if _icStdoutFd, err = syscall.Dup(1); err != nil {
		os.Exit(2)
	}
	syscall.CloseOnExec(_icStdoutFd)
	_icRealStderr = os.Stderr

	for _, t := range job.Tests {
		_icSetCurrent(t.ID)
		var w _icBuf
		w.raw(`{"type":"start","id":`)
		_icEncString(&w, t.ID)
		w.raw(`}`)
		_icEmit(w.b)
		var result []byte
		if _icDesignFn != nil {
			result = _icRunDesign(t)
		} else {
			result = _icRunFunction(t)
		}
		_icEmit(result)
		_icSetCurrent("")
	}
	_icEmit([]byte(`{"type":"done"}`))
	os.Exit(0) // goroutines the candidate started do not keep the run alive
}
