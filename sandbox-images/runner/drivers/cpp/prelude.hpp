// C++ prelude and driver: everything the candidate's solution.cpp is compiled with.
//
// compile.py builds one translation unit: this file (which may come precompiled, see
// compile.py), nodes.hpp (ListNode, TreeNode), the candidate's code after `#line 1
// "solution.cpp"` (so diagnostics and debug info carry the candidate's own line numbers), then a
// few generated lines (`#line 1 "harness"`) that name the candidate's class and methods and
// define main(). Everything here comes before the candidate's code, so no macro the candidate
// defines (`#define int long long`) can reach it.
//
// The driver runs every test in this one process and reports over the events fd (protocol in
// ../../README.md). It reads the parameter and return types from the candidate's own method
// (`&Solution::twoSum`), so `vector<int>&`, `const vector<int>&` and `vector<int>` all work, and
// works on any ListNode/TreeNode shape (fields val/next, val/left/right).
// Prints (stdout and stderr) go to one capture file whose size RLIMIT_FSIZE caps at the print
// budget; a crash (segfault, abort, division by zero) is reported for the test that was running,
// with the candidate's line found by addr2line, and the run stops there.

#include <bits/stdc++.h>
#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <ucontext.h>
#include <unistd.h>

using namespace std;

// The driver is compiled without optimisation: it runs once per test, never inside the timed
// call, and -O0 takes about a third off the compile time. The candidate's code keeps -O2.
#pragma GCC push_options
#pragma GCC optimize("O0")
namespace ic_driver {

constexpr long long SAFE_INT = (1LL << 53) - 1;
constexpr size_t MAX_NODES = 1000000;
constexpr size_t MAX_MESSAGE = 2000;

// ---------------------------------------------------------------- JSON in

struct Json {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    bool boolean = false;
    std::string text;  // a number's literal, or a string's value
    std::vector<Json> items;
    std::vector<std::pair<std::string, Json>> fields;

    const Json &at(const char *key) const {
        static const Json none;
        for (const auto &f : fields)
            if (f.first == key) return f.second;
        return none;
    }
};

struct Parser {
    const char *p;
    const char *end;

    [[noreturn]] void fail(const char *why) { throw std::runtime_error(std::string("bad job JSON: ") + why); }
    void space() {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++;
    }
    bool eat(char c) {
        space();
        if (p < end && *p == c) {
            p++;
            return true;
        }
        return false;
    }
    static void utf8(std::string &out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    unsigned hex4() {
        if (end - p < 4) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            char c = *p++;
            v = v * 16 + (c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 0);
        }
        return v;
    }
    std::string string() {
        std::string out;
        p++;  // opening quote
        while (true) {
            if (p >= end) fail("unterminated string");
            char c = *p++;
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (p >= end) fail("bad escape");
            char e = *p++;
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                        const char *save = p;
                        p += 2;
                        unsigned lo = hex4();
                        if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        else p = save;
                    }
                    utf8(out, cp);
                    break;
                }
                default: out += e;
            }
        }
    }
    Json value() {
        space();
        if (p >= end) fail("unexpected end");
        Json v;
        char c = *p;
        if (c == '{') {
            p++;
            v.kind = Json::Object;
            if (eat('}')) return v;
            do {
                space();
                if (p >= end || *p != '"') fail("expected a key");
                std::string key = string();
                if (!eat(':')) fail("expected ':'");
                v.fields.emplace_back(std::move(key), value());
            } while (eat(','));
            if (!eat('}')) fail("expected '}'");
        } else if (c == '[') {
            p++;
            v.kind = Json::Array;
            if (eat(']')) return v;
            do v.items.push_back(value());
            while (eat(','));
            if (!eat(']')) fail("expected ']'");
        } else if (c == '"') {
            v.kind = Json::String;
            v.text = string();
        } else if (c == 't' || c == 'f' || c == 'n') {
            const char *word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            size_t n = strlen(word);
            if (size_t(end - p) < n || strncmp(p, word, n) != 0) fail("bad literal");
            p += n;
            v.kind = c == 'n' ? Json::Null : Json::Bool;
            v.boolean = c == 't';
        } else {
            const char *start = p;
            while (p < end && (isdigit((unsigned char)*p) || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E')) p++;
            if (p == start) fail("unexpected character");
            v.kind = Json::Number;
            v.text.assign(start, p);
        }
        return v;
    }
};

// ---------------------------------------------------------------- JSON out

// Escapes bytes as a JSON string body; invalid UTF-8 becomes U+FFFD so the event stays valid JSON.
template <class Put>
void escape_utf8(const char *s, size_t n, Put &&put) {
    static const char hex[] = "0123456789abcdef";
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                put('\\');
                put(char(c));
            } else if (c == '\n') {
                put('\\');
                put('n');
            } else if (c < 0x20 || c == 0x7f) {
                put('\\');
                put('u');
                put('0');
                put('0');
                put(hex[c >> 4]);
                put(hex[c & 15]);
            } else {
                put(char(c));
            }
            i++;
            continue;
        }
        size_t len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool ok = len > 0 && i + len <= n;
        for (size_t k = 1; ok && k < len; k++) ok = ((unsigned char)s[i + k] & 0xC0) == 0x80;
        if (ok && len == 3) {
            unsigned cp = ((c & 0x0F) << 12) | (((unsigned char)s[i + 1] & 0x3F) << 6);
            ok = cp >= 0x800 && !(cp >= 0xD800 && cp < 0xE000);
        }
        if (ok && len == 4) {
            unsigned cp = ((c & 0x07) << 18) | (((unsigned char)s[i + 1] & 0x3F) << 12);
            ok = cp >= 0x10000 && cp < 0x110000;
        }
        if (ok) {
            for (size_t k = 0; k < len; k++) put(s[i + k]);
            i += len;
        } else {
            put('\\');
            put('u');
            put('f');
            put('f');
            put('f');
            put('d');
            i++;
        }
    }
}

inline void quote(std::string &out, const char *s, size_t n) {
    out += '"';
    escape_utf8(s, n, [&](char c) { out += c; });
    out += '"';
}
inline void quote(std::string &out, const std::string &s) { quote(out, s.data(), s.size()); }

struct ValueProblem : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// ---------------------------------------------------------------- events (async-signal-safe)

int g_events_fd = -1;

// A fixed buffer flushed with write(2): usable from a signal handler, where nothing may allocate.
struct Emitter {
    char buf[16384];
    size_t len = 0;
    void flush() {
        size_t off = 0;
        while (off < len) {
            ssize_t w = ::write(g_events_fd, buf + off, len - off);
            if (w < 0) {
                if (errno == EINTR) continue;
                break;
            }
            off += size_t(w);
        }
        len = 0;
    }
    void put(char c) {
        if (len == sizeof buf) flush();
        buf[len++] = c;
    }
    void raw(const char *s, size_t n) {
        for (size_t k = 0; k < n; k++) put(s[k]);
    }
    void raw(const char *s) { raw(s, strlen(s)); }
    void str(const char *s, size_t n) {
        put('"');
        escape_utf8(s, n, [this](char c) { put(c); });
        put('"');
    }
    void str(const char *s) { str(s, strlen(s)); }
    void integer(long long v) {
        char tmp[24];
        int n = 0;
        unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
        do tmp[n++] = char('0' + u % 10);
        while (u /= 10);
        if (v < 0) put('-');
        while (n) put(tmp[--n]);
    }
    void millis(long long ns) {  // ns as milliseconds with three decimals
        if (ns < 0) ns = 0;
        long long us = (ns + 500) / 1000;
        integer(us / 1000);
        put('.');
        put(char('0' + us / 100 % 10));
        put(char('0' + us / 10 % 10));
        put(char('0' + us % 10));
    }
};

Emitter g_emit;

// ---------------------------------------------------------------- run state

pid_t g_main_pid;
int g_capture_fd = -1;
long long g_budget = 0;        // maxOutputBytes
long long g_capture_cap = 0;   // min(budget, RLIMIT_FSIZE hard limit): the capture file may not grow past it
long long g_test_offset = 0;   // where the current test's prints start in the capture file
const char *g_test_id = nullptr;  // the test running now, or null between tests
std::string g_where;           // "operations[3] pop(): " while a design call runs
long long g_elapsed_ns = 0;    // time spent in the candidate's code before the current call
long long g_call_start = 0;    // when the current call started (0: not in a call)
char g_exe[4096];
uintptr_t g_stack_top = 0;
size_t g_stack_limit = 0;

inline long long now_ns() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// Where the last C++ exception was thrown: frames recorded by our __cxa_throw (below).
void *g_throw_frames[64];
int g_throw_depth = 0;

// ---------------------------------------------------------------- the candidate's line

// Runs addr2line on return addresses and gives the innermost line in solution.cpp, or 0.
// Async-signal-safe: fork, execve, pipes and fixed buffers only.
inline int user_line(void *const *frames, int depth, uintptr_t exact_pc) {
    if (depth <= 0 && !exact_pc) return 0;
    static char addrs[66][20];
    static char *argv[72];
    int argc = 0;
    static char a0[] = "addr2line", a1[] = "-i", a2[] = "-a", a3[] = "-e";
    argv[argc++] = a0;
    argv[argc++] = a1;
    argv[argc++] = a2;
    argv[argc++] = a3;
    argv[argc++] = g_exe;
    auto add = [&](uintptr_t a) {
        if (argc >= 70) return;
        char *s = addrs[argc - 5];
        static const char hex[] = "0123456789abcdef";
        char tmp[20];
        int n = 0;
        do tmp[n++] = hex[a & 15];
        while (a >>= 4);
        int k = 0;
        s[k++] = '0';
        s[k++] = 'x';
        while (n) s[k++] = tmp[--n];
        s[k] = 0;
        argv[argc++] = s;
    };
    if (exact_pc) add(exact_pc);
    for (int i = 0; i < depth; i++) add(uintptr_t(frames[i]) - 1);  // return addresses: the call is just before
    argv[argc] = nullptr;
    int fds[2];
    if (pipe(fds) != 0) return 0;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return 0;
    }
    if (pid == 0) {
        dup2(fds[1], 1);
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) dup2(devnull, 2);
        close(fds[0]);
        static char *envp[] = {nullptr};
        execve("/usr/bin/addr2line", argv, envp);
        _exit(127);
    }
    close(fds[1]);
    static char out[65536];
    size_t len = 0;
    while (len < sizeof out - 1) {
        ssize_t r = read(fds[0], out + len, sizeof out - 1 - len);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        len += size_t(r);
    }
    out[len] = 0;
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    // Blocks of "0xADDR" then file:line lines, innermost inline frame first.
    static const char name[] = "solution.cpp:";
    size_t nlen = sizeof name - 1;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && out[j] != '\n') j++;
        // line is out[i..j)
        for (size_t k = i; k + nlen <= j; k++) {
            if (memcmp(out + k, name, nlen) == 0 && (k == i || out[k - 1] == '/')) {
                int v = 0;
                for (size_t d = k + nlen; d < j && out[d] >= '0' && out[d] <= '9'; d++) v = v * 10 + (out[d] - '0');
                if (v > 0) return v;
            }
        }
        i = j + 1;
    }
    return 0;
}

// ---------------------------------------------------------------- crashes

inline void flush_prints_unsafe() {
    // From a signal handler: only if no one holds stdout's lock (never block a dying process).
    if (ftrylockfile(stdout) == 0) {
        fflush_unlocked(stdout);
        funlockfile(stdout);
    }
}

inline long long capture_size() {
    struct stat st;
    if (g_capture_fd < 0 || fstat(g_capture_fd, &st) != 0) return 0;
    return st.st_size;
}

// Writes the current test's prints (from its offset) into the event as a JSON string.
inline void emit_captured(Emitter &e, long long upto) {
    e.put('"');
    char chunk[4096];
    long long off = g_test_offset;
    // A UTF-8 sequence may straddle two chunks: keep up to 3 trailing bytes for the next round.
    char carry[8];
    size_t carried = 0;
    while (off < upto) {
        size_t want = size_t(std::min<long long>(sizeof chunk - 8, upto - off));
        memcpy(chunk, carry, carried);
        ssize_t r = pread(g_capture_fd, chunk + carried, want, off);
        if (r <= 0) break;
        off += r;
        size_t have = carried + size_t(r);
        size_t keep = 0;
        if (off < upto) {
            // hold back an incomplete trailing sequence
            size_t k = have;
            while (k > 0 && have - k < 3 && ((unsigned char)chunk[k - 1] & 0xC0) == 0x80) k--;
            if (k > 0 && ((unsigned char)chunk[k - 1]) >= 0xC0) keep = have - (k - 1);
        }
        escape_utf8(chunk, have - keep, [&](char c) { e.put(c); });
        memcpy(carry, chunk + have - keep, keep);
        carried = keep;
    }
    if (carried) escape_utf8(carry, carried, [&](char c) { e.put(c); });
    e.put('"');
}

inline bool contains(const char *hay, size_t n, const char *needle) {
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(hay + i, needle, m) == 0) return true;
    return false;
}

// A crash ends the run: die by the same signal, so the runner sees (and reports) it.
[[noreturn]] inline void die_by(int sig) {
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, nullptr);
    raise(sig);
    _exit(128 + sig);
}

extern "C" inline void on_fatal_signal(int sig, siginfo_t *info, void *uctx) {
    if (getpid() != g_main_pid || g_test_id == nullptr) die_by(sig);  // a fork of the solution, or outside any test
    long long t = g_elapsed_ns + (g_call_start ? now_ns() - g_call_start : 0);
    flush_prints_unsafe();
    long long size = capture_size();
    bool output_limit = sig == SIGXFSZ && size >= g_capture_cap;

    const char *error = nullptr;
    const char *type = nullptr;
    switch (sig) {
        case SIGSEGV: {
            uintptr_t addr = uintptr_t(info->si_addr);
            bool stack = g_stack_top && addr < g_stack_top + 65536 && addr + g_stack_limit + (8u << 20) > g_stack_top;
            error = stack ? "Stack overflow: the recursion went too deep (or a local array is too big for the stack)"
                          : "Segmentation fault: invalid memory access (a null or dangling pointer, or an index out of range)";
            type = stack ? "Stack overflow" : "Segmentation fault";
            break;
        }
        case SIGBUS: error = "Bus error: invalid memory access"; type = "Bus error"; break;
        case SIGFPE:
            error = info->si_code == FPE_INTDIV ? "Division by zero (integer division or modulo by 0)" : "Arithmetic error (SIGFPE)";
            type = info->si_code == FPE_INTDIV ? "Division by zero" : "Arithmetic error";
            break;
        case SIGILL: error = "Illegal instruction"; type = "Illegal instruction"; break;
        case SIGXFSZ:
            error = output_limit ? "Output limit exceeded" : "File size limit exceeded: a file your code wrote grew too big";
            type = output_limit ? nullptr : "File size limit exceeded";
            break;
        default: {  // SIGABRT: say what the runtime printed before aborting, when it is recognisable
            static char tail[4096];
            long long from = std::max(g_test_offset, size - (long long)sizeof tail);
            ssize_t n = from < size ? pread(g_capture_fd, tail, size_t(size - from), from) : 0;
            if (n < 0) n = 0;
            type = "Aborted";
            error = "Aborted: abort() was called (a failed assert, or the C++ runtime gave up)";
            if (contains(tail, size_t(n), "__n < this->size()") || contains(tail, size_t(n), "__n < this->_M_len") ||
                contains(tail, size_t(n), "__pos <= size()")) {
                error = "Index out of range: operator[] was given an index outside the container";
                type = "Index out of range";
            } else if (contains(tail, size_t(n), "!this->empty()")) {
                error = "Called front(), back(), top() or pop on an empty container";
                type = "Empty container";
            } else if (contains(tail, size_t(n), "Assertion")) {
                error = "Assertion failed (see the output above)";
                type = "Assertion failed";
            } else if (contains(tail, size_t(n), "terminate called")) {
                error = "std::terminate was called (see the output above)";
                type = "Terminated";
            }
            break;
        }
    }
    int line = 0;
    if (!output_limit && sig != SIGXFSZ) {
        void *frames[64];
        int depth = backtrace(frames, 64);
        uintptr_t pc = 0;
#ifdef REG_RIP
        pc = uintptr_t(static_cast<ucontext_t *>(uctx)->uc_mcontext.gregs[REG_RIP]);
#else
        (void)uctx;
#endif
        line = user_line(frames, depth, pc);
    }

    Emitter &e = g_emit;
    e.len = 0;
    e.raw("{\"type\":\"result\",\"id\":");
    e.str(g_test_id);
    e.raw(",\"status\":\"error\",\"error\":");
    std::string &where = g_where;  // set before the call; not changed while it runs
    e.put('"');
    escape_utf8(where.data(), where.size(), [&](char c) { e.put(c); });
    escape_utf8(error, strlen(error), [&](char c) { e.put(c); });
    e.put('"');
    if (type) {
        e.raw(",\"errorType\":");
        e.str(type);
    }
    if (line > 0) {
        e.raw(",\"errorLine\":");
        e.integer(line);
    }
    if (output_limit) e.raw(",\"limit\":\"output\"");
    e.raw(",\"stdout\":");
    emit_captured(e, std::min(size, g_budget));
    e.raw(",\"timeMs\":");
    e.millis(t);
    e.raw("}\n");
    if (output_limit) {
        // Like the other drivers: a print limit stops the run cleanly.
        e.raw("{\"type\":\"done\"}\n");
        e.flush();
        _exit(0);
    }
    e.flush();
    die_by(sig);
}

inline void install_handlers() {
    static char altstack[1 << 16];
    stack_t ss{};
    ss.ss_sp = altstack;
    ss.ss_size = sizeof altstack;
    sigaltstack(&ss, nullptr);
    struct sigaction sa{};
    sa.sa_sigaction = on_fatal_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigfillset(&sa.sa_mask);  // one report: a second fault while reporting waits (and dies with us)
    for (int s : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGXFSZ}) sigaction(s, &sa, nullptr);
    // Load the unwinder now: backtrace() allocates on its first call, which a signal handler must not.
    void *warm[2];
    backtrace(warm, 2);
}

// ---------------------------------------------------------------- values

template <class...>
constexpr bool always_false = false;

template <class T, class = void>
struct has_next : std::false_type {};
template <class T>
struct has_next<T, std::void_t<decltype(std::declval<T &>().next), decltype(std::declval<T &>().val)>> : std::true_type {};
template <class T, class = void>
struct has_children : std::false_type {};
template <class T>
struct has_children<T, std::void_t<decltype(std::declval<T &>().left), decltype(std::declval<T &>().right), decltype(std::declval<T &>().val)>>
    : std::true_type {};

template <class T, class = void>
struct is_iterable : std::false_type {};
template <class T>
struct is_iterable<T, std::void_t<decltype(std::begin(std::declval<const T &>())), decltype(std::end(std::declval<const T &>()))>> : std::true_type {};

template <class T>
struct is_pair : std::false_type {};
template <class A, class B>
struct is_pair<std::pair<A, B>> : std::true_type {};

template <class T, class = void>
struct is_unordered : std::false_type {};
template <class T>
struct is_unordered<T, std::void_t<typename T::hasher>> : std::true_type {};

inline long long json_integer(const Json &j) {
    if (j.kind == Json::Number || j.kind == Json::String) {  // a long outside +-(2^53-1) travels as a string
        errno = 0;
        char *endp = nullptr;
        long long v = strtoll(j.text.c_str(), &endp, 10);
        if (endp && *endp != 0) return (long long)strtod(j.text.c_str(), nullptr);
        return v;
    }
    if (j.kind == Json::Bool) return j.boolean;
    throw std::runtime_error("expected a number");
}

template <class T>
T from_json(const Json &j);

// A node from its value: Node(val) when there is such a constructor (old LeetCode structs have
// no default one), else Node() and the field.
template <class Node>
Node *new_node(const Json &v) {
    using V = std::decay_t<decltype(std::declval<Node &>().val)>;
    Node *n;
    if constexpr (std::is_constructible_v<Node, V>) n = new Node(from_json<V>(v));
    else {
        n = new Node();
        n->val = from_json<V>(v);
    }
    return n;
}

template <class Node>
Node *build_list(const Json &j) {
    Node *head = nullptr, *tail = nullptr;
    for (const Json &v : j.items) {
        Node *n = new_node<Node>(v);
        n->next = nullptr;
        if (!head) head = n;
        else tail->next = n;
        tail = n;
    }
    return head;
}

template <class Node>
Node *build_tree(const Json &j) {
    // Level order with null for a missing child, as LeetCode writes trees.
    if (j.items.empty() || j.items[0].kind == Json::Null) return nullptr;
    auto make = [](const Json &v) {
        Node *n = new_node<Node>(v);
        n->left = n->right = nullptr;
        return n;
    };
    Node *root = make(j.items[0]);
    std::deque<Node *> queue{root};
    size_t i = 1;
    while (!queue.empty() && i < j.items.size()) {
        Node *n = queue.front();
        queue.pop_front();
        if (j.items[i].kind != Json::Null) queue.push_back(n->left = make(j.items[i]));
        i++;
        if (i < j.items.size() && j.items[i].kind != Json::Null) queue.push_back(n->right = make(j.items[i]));
        i++;
    }
    return root;
}

template <class T>
T from_json(const Json &j) {
    using U = std::remove_cv_t<T>;
    if constexpr (std::is_same_v<U, bool>) {
        return j.kind == Json::Bool ? j.boolean : json_integer(j) != 0;
    } else if constexpr (std::is_same_v<U, char> || std::is_same_v<U, signed char> || std::is_same_v<U, unsigned char>) {
        return j.kind == Json::String ? (j.text.empty() ? U(0) : U(j.text[0])) : U(json_integer(j));
    } else if constexpr (std::is_integral_v<U>) {
        return U(json_integer(j));
    } else if constexpr (std::is_floating_point_v<U>) {
        return U(strtod(j.text.c_str(), nullptr));
    } else if constexpr (std::is_same_v<U, std::string>) {
        return j.text;
    } else if constexpr (std::is_pointer_v<U>) {
        using Node = std::remove_cv_t<std::remove_pointer_t<U>>;
        if constexpr (has_next<Node>::value) return build_list<Node>(j);
        else if constexpr (has_children<Node>::value) return build_tree<Node>(j);
        else static_assert(always_false<T>, "the judge can pass ListNode* and TreeNode* pointers only");
    } else if constexpr (is_pair<U>::value) {
        return U(from_json<typename U::first_type>(j.items.at(0)), from_json<typename U::second_type>(j.items.at(1)));
    } else if constexpr (is_iterable<U>::value) {
        U out{};
        for (const Json &v : j.items) out.insert(out.end(), from_json<typename U::value_type>(v));
        return out;
    } else {
        static_assert(always_false<T>, "the judge cannot pass a value of this parameter type");
    }
}

inline void put_integer(std::string &out, long long v) {
    if (v >= -SAFE_INT && v <= SAFE_INT) out += std::to_string(v);
    else {  // beyond 2^53 a JSON number loses digits in JavaScript: such integers travel as strings
        out += '"';
        out += std::to_string(v);
        out += '"';
    }
}

inline void put_double(std::string &out, double d) {
    if (std::isnan(d)) {
        out += "\"nan\"";
        return;
    }
    if (std::isinf(d)) {
        out += d > 0 ? "\"inf\"" : "\"-inf\"";
        return;
    }
    char buf[40];
    for (int prec = 15; prec <= 17; prec++) {  // the shortest text that reads back as the same double
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, nullptr) == d) break;
    }
    out += buf;
    if (!strpbrk(buf, ".eE")) out += ".0";
}

template <class T>
void to_json(std::string &out, const T &v);

template <class Node>
void list_values(std::string &out, const Node *head) {
    out += '[';
    std::unordered_set<const void *> seen;
    bool first = true;
    for (const Node *n = head; n; n = n->next) {
        if (!seen.insert(n).second) throw ValueProblem("the returned linked list has a cycle");
        if (seen.size() > MAX_NODES) throw ValueProblem("the returned linked list is too long");
        if (!first) out += ',';
        first = false;
        to_json(out, n->val);
    }
    out += ']';
}

template <class Node>
void tree_values(std::string &out, const Node *root) {
    std::vector<const Node *> queue{root};
    std::unordered_set<const void *> seen;
    std::vector<std::string> items;
    for (size_t i = 0; i < queue.size(); i++) {
        const Node *n = queue[i];
        if (!n) {
            items.emplace_back("null");
            continue;
        }
        if (!seen.insert(n).second) throw ValueProblem("the returned tree has a cycle");
        if (seen.size() > MAX_NODES) throw ValueProblem("the returned tree is too large");
        std::string s;
        to_json(s, n->val);
        items.push_back(std::move(s));
        queue.push_back(n->left);
        queue.push_back(n->right);
    }
    while (!items.empty() && items.back() == "null") items.pop_back();
    out += '[';
    for (size_t i = 0; i < items.size(); i++) {
        if (i) out += ',';
        out += items[i];
    }
    out += ']';
}

template <class T>
void to_json(std::string &out, const T &v) {
    using U = std::remove_cv_t<T>;
    if constexpr (std::is_same_v<U, bool>) {
        out += v ? "true" : "false";
    } else if constexpr (std::is_same_v<U, char> || std::is_same_v<U, signed char> || std::is_same_v<U, unsigned char>) {
        char c = char(v);
        quote(out, &c, 1);
    } else if constexpr (std::is_integral_v<U> && std::is_unsigned_v<U>) {
        if ((unsigned long long)v <= (unsigned long long)SAFE_INT) out += std::to_string((unsigned long long)v);
        else {
            out += '"';
            out += std::to_string((unsigned long long)v);
            out += '"';
        }
    } else if constexpr (std::is_integral_v<U>) {
        put_integer(out, (long long)v);
    } else if constexpr (std::is_floating_point_v<U>) {
        put_double(out, double(v));
    } else if constexpr (std::is_same_v<U, std::string> || std::is_same_v<U, std::string_view>) {
        quote(out, v.data(), v.size());
    } else if constexpr (std::is_same_v<U, const char *> || std::is_same_v<U, char *>) {
        if (v) quote(out, v, strlen(v));
        else out += "null";
    } else if constexpr (std::is_pointer_v<U>) {
        using Node = std::remove_cv_t<std::remove_pointer_t<U>>;
        if constexpr (has_next<Node>::value) list_values(out, v);
        else if constexpr (has_children<Node>::value) tree_values(out, v);
        else static_assert(always_false<T>, "the judge can read ListNode* and TreeNode* pointers only");
    } else if constexpr (is_pair<U>::value) {
        out += '[';
        to_json(out, v.first);
        out += ',';
        to_json(out, v.second);
        out += ']';
    } else if constexpr (is_iterable<U>::value) {
        std::vector<std::string> items;
        for (const auto &x : v) {
            std::string s;
            to_json(s, x);
            items.push_back(std::move(s));
        }
        // An unordered set has no order of its own: sorted, it prints the same every run.
        if constexpr (is_unordered<U>::value) std::sort(items.begin(), items.end());
        out += '[';
        for (size_t i = 0; i < items.size(); i++) {
            if (i) out += ',';
            out += items[i];
        }
        out += ']';
    } else {
        static_assert(always_false<T>, "the judge cannot read a value of this return type");
    }
}

// ---------------------------------------------------------------- errors

inline std::string demangle(const char *name) {
    int status = 0;
    char *d = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::string s = status == 0 && d ? d : name;
    free(d);
    // std::__cxx11::basic_string<...> and friends, as a candidate writes them
    for (const char *noise : {"__cxx11::", "__1::"}) {
        size_t at;
        while ((at = s.find(noise)) != std::string::npos) s.erase(at, strlen(noise));
    }
    return s;
}

struct Failure {
    std::string error;
    std::string type;
    int line = 0;
    bool memory = false;
};

// Describes the exception being handled (call inside a catch block).
inline Failure current_failure() {
    Failure f;
    int depth = g_throw_depth;
    try {
        throw;
    } catch (const std::bad_alloc &) {
        f.error = "std::bad_alloc: out of memory";
        f.type = "std::bad_alloc";
        f.memory = true;
    } catch (const ValueProblem &e) {
        f.error = e.what();
        f.type = "ValueError";
        depth = 0;
    } catch (const std::exception &e) {
        f.type = demangle(typeid(e).name());
        f.error = f.type + ": " + e.what();
    } catch (const char *s) {
        f.type = "const char*";
        f.error = std::string("exception: ") + (s ? s : "(null)");
    } catch (const std::string &s) {
        f.type = "std::string";
        f.error = "exception: " + s;
    } catch (int v) {
        f.type = "int";
        f.error = "exception: " + std::to_string(v);
    } catch (long long v) {
        f.type = "long long";
        f.error = "exception: " + std::to_string(v);
    } catch (...) {
        std::type_info *t = abi::__cxa_current_exception_type();
        f.type = t ? demangle(t->name()) : "unknown";
        f.error = "uncaught exception of type " + f.type;
    }
    if (f.error.size() > MAX_MESSAGE) f.error = f.error.substr(0, MAX_MESSAGE) + "…";
    if (depth > 0) f.line = user_line(g_throw_frames, depth, 0);
    return f;
}

// ---------------------------------------------------------------- prints

inline void flush_prints() {
    std::cout.flush();
    std::cerr.flush();
    fflush(stdout);
    fflush(stderr);
}

inline std::string take_prints(bool &over) {
    flush_prints();
    long long size = capture_size();
    // At the cap the file cannot grow: a print was cut short even if SIGXFSZ was ignored.
    over = size >= g_capture_cap;
    long long upto = std::min(size, g_budget);
    std::string s;
    if (upto > g_test_offset) {
        s.resize(size_t(upto - g_test_offset));
        ssize_t r = pread(g_capture_fd, &s[0], s.size(), g_test_offset);
        s.resize(r > 0 ? size_t(r) : 0);
    }
    g_test_offset = size;
    return s;
}

// ---------------------------------------------------------------- events

inline void emit_line(const std::string &line) {
    g_emit.len = 0;
    g_emit.raw(line.data(), line.size());
    g_emit.put('\n');
    g_emit.flush();
}

inline void emit_start(const std::string &id) {
    std::string s = "{\"type\":\"start\",\"id\":";
    quote(s, id);
    s += '}';
    emit_line(s);
}

inline void emit_result(const std::string &id, const std::string &body, const std::string &prints, long long ns) {
    std::string s = "{\"type\":\"result\",\"id\":";
    quote(s, id);
    s += ',';
    s += body;
    s += ",\"stdout\":";
    quote(s, prints);
    s += ",\"timeMs\":";
    g_emit.len = 0;
    g_emit.raw(s.data(), s.size());
    g_emit.millis(ns);
    g_emit.raw("}\n");
    g_emit.flush();
}

inline std::string error_body(const std::string &where, const Failure &f) {
    std::string s = "\"status\":\"error\",\"error\":";
    quote(s, where + f.error);
    if (!f.type.empty()) {
        s += ",\"errorType\":";
        quote(s, f.type);
    }
    if (f.line > 0) s += ",\"errorLine\":" + std::to_string(f.line);
    if (f.memory) s += ",\"limit\":\"memory\"";
    return s;
}

inline const std::string OUTPUT_LIMIT_BODY = "\"status\":\"error\",\"error\":\"Output limit exceeded\",\"limit\":\"output\"";

[[noreturn]] inline void finish() {
    emit_line("{\"type\":\"done\"}");
    // _exit: the candidate's static destructors and leftover threads must not run on after the report.
    _exit(0);
}

inline void leave_if_fork() {
    if (getpid() != g_main_pid) _exit(0);  // a fork the solution made must not report results
}

// ---------------------------------------------------------------- set-up

struct Job {
    Json root;
    const Json *tests = nullptr;
};

inline Job start(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: solution <work> <events fd>\n");
        _exit(2);
    }
    std::string work = argv[1];
    g_events_fd = atoi(argv[2]);
    g_main_pid = getpid();
    int dummy;
    g_stack_top = uintptr_t(&dummy);
    struct rlimit rl;
    g_stack_limit = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? size_t(rl.rlim_cur) : (8u << 20);
    ssize_t n = readlink("/proc/self/exe", g_exe, sizeof g_exe - 1);
    g_exe[n > 0 ? n : 0] = 0;

    Job job;
    std::string path = work + "/job.json";
    {
        std::ifstream in(path, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Parser p{text.data(), text.data() + text.size()};
        job.root = p.value();
    }
    unlink(path.c_str());
    job.tests = &job.root.at("tests");
    g_budget = json_integer(job.root.at("maxOutputBytes"));

    // Prints go to one capture file; RLIMIT_FSIZE makes the write past the budget raise SIGXFSZ.
    std::string cap = work + "/.prints";
    g_capture_fd = open(cap.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    unlink(cap.c_str());
    fflush(stdout);
    fflush(stderr);
    dup2(g_capture_fd, 1);
    dup2(g_capture_fd, 2);
    setvbuf(stdout, nullptr, _IOLBF, 1 << 16);  // line by line, so stdout and stderr keep their order
    long long cap_limit = g_budget;
    if (getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_max != RLIM_INFINITY) cap_limit = std::min<long long>(cap_limit, (long long)rl.rlim_max);
    g_capture_cap = cap_limit;
    rl.rlim_cur = rlim_t(cap_limit);
    setrlimit(RLIMIT_FSIZE, &rl);
    install_handlers();
    return job;
}

// ---------------------------------------------------------------- method types

template <class F>
struct method_traits;
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...)> {
    using ret = R;
    using args = std::tuple<std::decay_t<A>...>;
    static constexpr bool is_static = false;
};
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...) const> : method_traits<R (C::*)(A...)> {};
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...) noexcept> : method_traits<R (C::*)(A...)> {};
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...) const noexcept> : method_traits<R (C::*)(A...)> {};
template <class C, class R, class... A>
struct method_traits<R (C::*)(A...) &> : method_traits<R (C::*)(A...)> {};
template <class R, class... A>
struct method_traits<R (*)(A...)> {
    using ret = R;
    using args = std::tuple<std::decay_t<A>...>;
    static constexpr bool is_static = true;
};
template <class R, class... A>
struct method_traits<R (*)(A...) noexcept> : method_traits<R (*)(A...)> {};

template <class Tuple, size_t... I>
Tuple args_from_json(const Json &input, std::index_sequence<I...>) {
    if (input.items.size() < sizeof...(I)) throw std::runtime_error("too few arguments");
    return Tuple(from_json<std::tuple_element_t<I, Tuple>>(input.items[I])...);
}
template <class Tuple>
Tuple args_from_json(const Json &input) {
    return args_from_json<Tuple>(input, std::make_index_sequence<std::tuple_size_v<Tuple>>{});
}

// Calls the method on obj (ignored for a static one) and writes its result, or for a void
// method its first argument after the call, as JSON. Times only the call.
template <class M, class C>
void invoke(C *obj, M m, typename method_traits<M>::args &args, std::string &value, bool record_void_as_first) {
    using R = typename method_traits<M>::ret;
    auto call = [&](auto &...a) -> decltype(auto) {
        if constexpr (method_traits<M>::is_static) return m(a...);
        else return (obj->*m)(a...);
    };
    g_call_start = now_ns();
    if constexpr (std::is_void_v<R>) {
        std::apply(call, args);
        g_elapsed_ns += now_ns() - g_call_start;
        g_call_start = 0;
        leave_if_fork();
        if constexpr (std::tuple_size_v<std::decay_t<decltype(args)>> > 0) {
            if (record_void_as_first) to_json(value, std::get<0>(args));
            else value = "null";
        } else {
            value = "null";
        }
    } else {
        decltype(auto) result = std::apply(call, args);
        g_elapsed_ns += now_ns() - g_call_start;
        g_call_start = 0;
        leave_if_fork();
        to_json(value, result);
    }
}

// ---------------------------------------------------------------- function problems

template <class C, class M>
int run_function(int argc, char **argv, M method) {
    Job job = start(argc, argv);
    using Args = typename method_traits<M>::args;
    for (const Json &test : job.tests->items) {
        const std::string &id = test.at("id").text;
        emit_start(id);
        Args args = args_from_json<Args>(test.at("input"));
        bool over = false;
        take_prints(over);  // anything printed between tests is nobody's
        g_test_id = id.c_str();
        g_where.clear();
        g_elapsed_ns = 0;
        std::string value;
        std::string body;
        bool stop = false;
        C *obj = nullptr;
        try {
            g_call_start = now_ns();
            if constexpr (!method_traits<M>::is_static) obj = new C();
            g_elapsed_ns += now_ns() - g_call_start;
            g_call_start = 0;
            try {
                invoke(obj, method, args, value, true);
                body = "\"status\":\"ok\",\"actual\":" + value;
            } catch (const ValueProblem &e) {
                body = "\"status\":\"error\",\"error\":";
                quote(body, std::string("Could not read the value your method returned: ") + e.what());
                body += ",\"errorType\":\"ValueError\"";
            }
        } catch (...) {
            if (g_call_start) g_elapsed_ns += now_ns() - g_call_start;
            g_call_start = 0;
            leave_if_fork();
            Failure f = current_failure();
            body = error_body("", f);
            stop = f.memory;
        }
        g_throw_depth = 0;
        delete obj;
        std::string prints = take_prints(over);
        if (over && !stop) {
            body = OUTPUT_LIMIT_BODY;
            stop = true;
        }
        g_test_id = nullptr;
        emit_result(id, body, prints, g_elapsed_ns);
        if (stop) break;
    }
    finish();
}

// ---------------------------------------------------------------- design problems

template <class C>
struct DesignMethod {
    std::string name;
    std::function<void(C *, const Json &, std::string &)> call;
};

template <class C, class M>
DesignMethod<C> method(const char *name, M m) {
    return {name, [m](C *obj, const Json &raw, std::string &value) {
                using Args = typename method_traits<M>::args;
                Args args = args_from_json<Args>(raw);
                invoke(obj, m, args, value, false);
            }};
}

template <class C, class... CtorArgs>
int run_design(int argc, char **argv, std::vector<DesignMethod<C>> methods) {
    Job job = start(argc, argv);
    for (const Json &test : job.tests->items) {
        const std::string &id = test.at("id").text;
        emit_start(id);
        const Json &input = test.at("input");
        const Json &ops = input.items.at(0);
        const Json &arg_lists = input.items.at(1);
        using Args = std::tuple<std::decay_t<CtorArgs>...>;
        Args ctor_args = args_from_json<Args>(arg_lists.items.at(0));
        bool over = false;
        take_prints(over);
        g_test_id = id.c_str();
        g_elapsed_ns = 0;
        std::string actual = "[null";
        std::string body;
        bool stop = false;
        C *obj = nullptr;
        size_t index = 0;
        try {
            g_where = "operations[0] " + ops.items.at(0).text + "() (the constructor): ";
            g_call_start = now_ns();
            obj = std::apply([](auto &...a) { return new C(a...); }, ctor_args);
            g_elapsed_ns += now_ns() - g_call_start;
            g_call_start = 0;
            leave_if_fork();
            for (index = 1; index < ops.items.size(); index++) {
                const std::string &op = ops.items[index].text;
                g_where = "operations[" + std::to_string(index) + "] " + op + "(): ";
                const DesignMethod<C> *m = nullptr;
                for (const auto &candidate : methods)
                    if (candidate.name == op) m = &candidate;
                if (!m) throw std::runtime_error("no method " + op);
                std::string value;
                m->call(obj, arg_lists.items.at(index), value);
                actual += ',';
                actual += value;
            }
            actual += ']';
            body = "\"status\":\"ok\",\"actual\":" + actual;
        } catch (...) {
            if (g_call_start) g_elapsed_ns += now_ns() - g_call_start;
            g_call_start = 0;
            leave_if_fork();
            Failure f = current_failure();
            if (f.type == "ValueError") f.error = "could not read the value it returned: " + f.error;
            body = error_body(g_where, f);
            stop = f.memory;
        }
        g_throw_depth = 0;
        delete obj;
        std::string prints = take_prints(over);
        if (over && !stop) {
            body = OUTPUT_LIMIT_BODY;
            stop = true;
        }
        g_test_id = nullptr;
        emit_result(id, body, prints, g_elapsed_ns);
        if (stop) break;
    }
    finish();
}

}  // namespace ic_driver
#pragma GCC pop_options

// Records where every C++ exception is thrown (for the candidate's line), then throws it as usual.
namespace __cxxabiv1 {
extern "C" void __cxa_throw(void *obj, std::type_info *tinfo, void (*dest)(void *)) {
    if (ic_driver::g_test_id) ic_driver::g_throw_depth = backtrace(ic_driver::g_throw_frames, 64);
    using Real = void (*)(void *, std::type_info *, void (*)(void *));
    static Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "__cxa_throw"));
    real(obj, tinfo, dest);
    __builtin_unreachable();
}
}  // namespace __cxxabiv1
