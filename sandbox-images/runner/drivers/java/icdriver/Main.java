package icdriver;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java driver: runs every test of a job in this one JVM against the candidate's compiled classes.
 *
 * argv: <work dir> <events fd>. Reads <work>/job.json (signature, test inputs, print budget),
 * writes one JSON event per line to the events fd (protocol in ../../README.md). It finds the
 * candidate's class and methods by reflection, so it is compiled without the candidate's code and
 * converts values by the Java types the candidate declared (int[] or List<Integer> both work).
 * This process runs the candidate's code, so it holds no secrets and no expected outputs.
 */
public final class Main {
    static final int MAX_NODES = 1_000_000;
    static final int MAX_MESSAGE = 2000;
    static final long SAFE_INT = (1L << 53) - 1;
    static String userFile = "Solution.java"; // the candidate's source file, as compile.py named it

    static OutputStream events;
    static Sink sink;
    static ClassLoader loader;

    public static void main(String[] argv) throws Exception {
        String work = argv[0];
        events = new FileOutputStream("/proc/self/fd/" + argv[1]);
        Path jobPath = Paths.get(work, "job.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> job = (Map<String, Object>) Json.parse(new String(Files.readAllBytes(jobPath), StandardCharsets.UTF_8));
        Files.deleteIfExists(jobPath);
        try {
            run(job);
            emit(event("done"));
            events.flush();
        } catch (Throwable e) {
            // A harness failure, not the candidate's: say so on the real stderr; the runner reports a crash.
            e.printStackTrace(REAL_ERR);
            REAL_ERR.flush();
            Runtime.getRuntime().halt(70);
        }
        // halt, not exit: threads the candidate left running must not keep the JVM alive.
        Runtime.getRuntime().halt(0);
    }

    static final PrintStream REAL_ERR = System.err;

    @SuppressWarnings("unchecked")
    static void run(Map<String, Object> job) throws Exception {
        Map<String, Object> sig = (Map<String, Object>) job.get("signature");
        List<Object> tests = (List<Object>) job.get("tests");
        sink = new Sink(((Number) job.get("maxOutputBytes")).longValue());
        PrintStream capture = new PrintStream(sink, true, "UTF-8");
        System.setOut(capture);
        System.setErr(capture);
        loader = Main.class.getClassLoader();

        boolean design = "design".equals(sig.get("kind"));
        String className = design ? (String) sig.get("className") : "Solution";
        userFile = className + ".java";

        // Load and initialise the class now: static initialisers are the module-level code of Java.
        Map<String, Object> loadError = null;
        Class<?> cls = null;
        try {
            cls = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            String what = design ? "Define class " + className + "." : "Define class Solution with a method " + describeMethod((String) sig.get("method"), (List<Object>) sig.get("params")) + ".";
            loadError = errorEvent("load_error", what + " It was not found in your code.", "ClassNotFoundException", null);
        } catch (Throwable e) {
            Throwable cause = unwrap(e);
            if (!(cause instanceof OutputLimit)) loadError = errorEvent("load_error", describe(cause), cause.getClass().getSimpleName(), userLine(cause));
        }
        String moduleOut = sink.take();
        if (!moduleOut.isEmpty()) {
            Map<String, Object> ev = event("module_output");
            ev.put("stdout", moduleOut);
            emit(ev);
        }
        if (sink.exceeded) {
            if (!tests.isEmpty()) {
                String id = (String) ((Map<String, Object>) tests.get(0)).get("id");
                emit(start(id));
                Map<String, Object> r = result(id, "error");
                r.put("error", "Output limit exceeded");
                r.put("limit", "output");
                r.put("stdout", "");
                r.put("timeMs", 0);
                emit(r);
            }
            return;
        }
        if (loadError == null) {
            if (design) runDesign(cls, sig, tests);
            else runFunction(cls, sig, tests);
        } else {
            emit(loadError);
        }
    }

    // ---------------------------------------------------------------- function problems

    @SuppressWarnings("unchecked")
    static void runFunction(Class<?> cls, Map<String, Object> sig, List<Object> tests) throws Exception {
        String name = (String) sig.get("method");
        List<Object> params = (List<Object>) sig.get("params");
        String returns = (String) sig.get("returns");
        Method method = findMethod(cls, name, params.size());
        Constructor<?> ctor = method == null || Modifier.isStatic(method.getModifiers()) ? null : findConstructor(cls, 0);
        if (method == null || (ctor == null && !Modifier.isStatic(method.getModifiers()))) {
            String why = method == null
                    ? "Define class Solution with a method " + describeMethod(name, params) + ". It was not found in your code."
                    : "class Solution needs a constructor without arguments.";
            emit(errorEvent("load_error", why, "NoSuchMethodException", null));
            return;
        }
        Type[] types = method.getGenericParameterTypes();
        for (Object t : tests) {
            Map<String, Object> test = (Map<String, Object>) t;
            String id = (String) test.get("id");
            List<Object> input = (List<Object>) test.get("input");
            emit(start(id));
            Object[] args = new Object[types.length];
            for (int k = 0; k < types.length; k++) args[k] = toJava(input.get(k), types[k]);
            sink.take();
            Throwable error = null;
            Object value = null;
            long t0 = System.nanoTime();
            long elapsed;
            try {
                Object target = ctor == null ? null : ctor.newInstance();
                value = method.invoke(target, args);
                elapsed = System.nanoTime() - t0;
            } catch (Throwable e) {
                elapsed = System.nanoTime() - t0;
                error = unwrap(e);
            }
            Map<String, Object> r;
            boolean stop = false;
            if (error != null) {
                r = failure(id, "", error);
                stop = r.containsKey("limit");
            } else if (sink.exceeded) {
                r = outputLimit(id);
                stop = true;
            } else {
                r = result(id, "ok");
                try {
                    r.put("actual", fromJava("void".equals(returns) && args.length > 0 ? args[0] : value, returns, new IdentityHashMap<>()));
                } catch (OutOfMemoryError e) {
                    r = failure(id, "", e);
                    stop = true;
                } catch (ValueProblem | StackOverflowError e) {
                    r = result(id, "error");
                    r.put("error", "Could not read the value your method returned: " + message(e));
                    r.put("errorType", "ValueError");
                }
            }
            value = null;
            args = null;
            r.put("stdout", sink.take());
            r.put("timeMs", elapsed / 1000 / 1000.0);
            emit(r);
            if (stop) break;
        }
    }

    // ---------------------------------------------------------------- design problems

    @SuppressWarnings("unchecked")
    static void runDesign(Class<?> cls, Map<String, Object> sig, List<Object> tests) throws Exception {
        String className = (String) sig.get("className");
        List<Object> ctorParams = (List<Object>) ((Map<String, Object>) sig.get("constructor")).get("params");
        Map<String, Method> methods = new LinkedHashMap<>();
        Map<String, String> returnsOf = new LinkedHashMap<>();
        Constructor<?> ctor = findConstructor(cls, ctorParams.size());
        if (ctor == null) {
            emit(errorEvent("load_error", "Define class " + className + " with a constructor " + describeMethod(className, ctorParams) + ". It was not found in your code.", "NoSuchMethodException", null));
            return;
        }
        for (Object o : (List<Object>) sig.get("methods")) {
            Map<String, Object> m = (Map<String, Object>) o;
            String name = (String) m.get("name");
            List<Object> params = (List<Object>) m.get("params");
            Method found = findMethod(cls, name, params.size());
            if (found == null) {
                emit(errorEvent("load_error", "Define class " + className + " with a method " + describeMethod(name, params) + ". It was not found in your code.", "NoSuchMethodException", null));
                return;
            }
            methods.put(name, found);
            returnsOf.put(name, (String) m.get("returns"));
        }
        for (Object t : tests) {
            Map<String, Object> test = (Map<String, Object>) t;
            String id = (String) test.get("id");
            List<Object> input = (List<Object>) test.get("input");
            List<Object> ops = (List<Object>) input.get(0);
            List<Object> argLists = (List<Object>) input.get(1);
            emit(start(id));
            // Arguments are converted before the clock starts, as for function problems.
            Object[][] calls = new Object[ops.size()][];
            for (int k = 0; k < ops.size(); k++) {
                Executable target = k == 0 ? ctor : methods.get((String) ops.get(k));
                Type[] types = target.getGenericParameterTypes();
                List<Object> raw = (List<Object>) argLists.get(k);
                calls[k] = new Object[types.length];
                for (int a = 0; a < types.length; a++) calls[k][a] = toJava(raw.get(a), types[a]);
            }
            sink.take();
            List<Object> actual = new ArrayList<>();
            long elapsed = 0;
            int index = 0;
            Map<String, Object> r = null;
            boolean stop = false;
            Object obj = null;
            for (index = 0; index < ops.size() && r == null; index++) {
                String op = (String) ops.get(index);
                Object value = null;
                Throwable error = null;
                long t0 = System.nanoTime();
                try {
                    if (index == 0) obj = ctor.newInstance(calls[0]);
                    else value = methods.get(op).invoke(obj, calls[index]);
                } catch (Throwable e) {
                    error = unwrap(e);
                }
                elapsed += System.nanoTime() - t0;
                String where = index == 0 ? "operations[0] " + op + "() (the constructor): " : "operations[" + index + "] " + op + "(): ";
                if (error != null) {
                    r = failure(id, where, error);
                    stop = r.containsKey("limit");
                } else if (sink.exceeded) {
                    r = outputLimit(id);
                    stop = true;
                } else if (index == 0 || "void".equals(returnsOf.get(op))) {
                    actual.add(null);
                } else {
                    try {
                        actual.add(fromJava(value, returnsOf.get(op), new IdentityHashMap<>()));
                    } catch (OutOfMemoryError e) {
                        r = failure(id, where, e);
                        stop = true;
                    } catch (ValueProblem | StackOverflowError e) {
                        r = result(id, "error");
                        r.put("error", where + "could not read the value it returned: " + message(e));
                        r.put("errorType", "ValueError");
                    }
                }
            }
            obj = null;
            if (r == null) {
                r = result(id, "ok");
                r.put("actual", actual);
            }
            r.put("stdout", sink.take());
            r.put("timeMs", elapsed / 1000 / 1000.0);
            emit(r);
            if (stop) break;
        }
    }

    // ---------------------------------------------------------------- reflection

    static Method findMethod(Class<?> cls, String name, int arity) {
        Method best = null;
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isSynthetic() && !m.isBridge()) {
                    if (best == null || (Modifier.isPublic(m.getModifiers()) && !Modifier.isPublic(best.getModifiers()))) best = m;
                }
            }
            if (best != null) break;
        }
        if (best == null) {
            for (Method m : cls.getMethods()) { // default methods of interfaces
                if (m.getName().equals(name) && m.getParameterCount() == arity) best = m;
            }
        }
        if (best != null) best.setAccessible(true);
        return best;
    }

    static Constructor<?> findConstructor(Class<?> cls, int arity) {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() == arity) {
                c.setAccessible(true);
                return c;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static String describeMethod(String name, List<Object> params) {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int k = 0; k < params.size(); k++) {
            Map<String, Object> p = (Map<String, Object>) params.get(k);
            if (k > 0) b.append(", ");
            b.append(javaType((String) p.get("type"))).append(' ').append(p.get("name"));
        }
        return b.append(')').toString();
    }

    static String javaType(String t) {
        switch (t) {
            case "bool": return "boolean";
            case "string": return "String";
            case "bool[]": return "boolean[]";
            case "string[]": return "String[]";
            case "string[][]": return "List<List<String>>";
            default: return t;
        }
    }

    // ---------------------------------------------------------------- values in

    static Object toJava(Object v, Type type) {
        Class<?> raw = rawClass(type);
        if (v == null) {
            if (raw.isPrimitive()) throw new IllegalArgumentException("null for a " + raw.getName());
            return null;
        }
        if (raw == int.class || raw == Integer.class) return (int) asLong(v);
        if (raw == long.class || raw == Long.class) return asLong(v);
        if (raw == double.class || raw == Double.class) return asDouble(v);
        if (raw == float.class || raw == Float.class) return (float) asDouble(v);
        if (raw == short.class || raw == Short.class) return (short) asLong(v);
        if (raw == byte.class || raw == Byte.class) return (byte) asLong(v);
        if (raw == boolean.class || raw == Boolean.class) return (Boolean) v;
        if (raw == char.class || raw == Character.class) {
            String s = (String) v;
            return s.isEmpty() ? '\0' : s.charAt(0);
        }
        if (raw == String.class) return v instanceof String ? v : String.valueOf(v);
        if (raw.isArray()) {
            List<?> l = (List<?>) v;
            Type component = type instanceof GenericArrayType ? ((GenericArrayType) type).getGenericComponentType() : raw.getComponentType();
            Object arr = Array.newInstance(raw.getComponentType(), l.size());
            for (int k = 0; k < l.size(); k++) Array.set(arr, k, toJava(l.get(k), component));
            return arr;
        }
        if (isNode(raw, "next")) return buildList((List<?>) v, raw);
        if (isNode(raw, "left")) return buildTree((List<?>) v, raw);
        if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
            Type element = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[0] : Object.class;
            Collection<Object> out = raw.isAssignableFrom(ArrayList.class) ? new ArrayList<>()
                    : raw.isAssignableFrom(LinkedList.class) ? new LinkedList<>()
                    : raw.isAssignableFrom(ArrayDeque.class) ? new ArrayDeque<>()
                    : new java.util.HashSet<>();
            for (Object x : (List<?>) v) out.add(toJava(x, element));
            return out;
        }
        if (raw == Object.class) return v instanceof Long && (long) v == (int) (long) v ? (Object) (int) (long) v : v;
        throw new IllegalArgumentException("cannot pass a value as " + type.getTypeName());
    }

    static Class<?> rawClass(Type t) {
        if (t instanceof Class) return (Class<?>) t;
        if (t instanceof ParameterizedType) return rawClass(((ParameterizedType) t).getRawType());
        if (t instanceof GenericArrayType) return Array.newInstance(rawClass(((GenericArrayType) t).getGenericComponentType()), 0).getClass();
        return Object.class; // type variables, wildcards
    }

    static long asLong(Object v) {
        if (v instanceof String) return Long.parseLong((String) v); // a long outside +-(2^53-1) travels as a string
        if (v instanceof Double) return (long) (double) (Double) v;
        return ((Number) v).longValue();
    }

    static double asDouble(Object v) {
        if (v instanceof String) return Double.parseDouble((String) v);
        return ((Number) v).doubleValue();
    }

    static final Map<Class<?>, Field[]> NODE_FIELDS = new java.util.HashMap<>();

    /** A ListNode-like class (fields val and next) or TreeNode-like (val, left, right), whoever declared it. */
    static boolean isNode(Class<?> c, String link) {
        if (c.isPrimitive() || c.isArray() || c.getName().startsWith("java.")) return false;
        return nodeFields(c) != null && ("next".equals(link) ? nodeFields(c).length == 2 : nodeFields(c).length == 3);
    }

    static Field[] nodeFields(Class<?> c) {
        if (NODE_FIELDS.containsKey(c)) return NODE_FIELDS.get(c);
        Field[] fields = null;
        try {
            Field val = field(c, "val");
            Field next = field(c, "next");
            if (val != null && next != null) fields = new Field[] {val, next};
            Field left = field(c, "left");
            Field right = field(c, "right");
            if (val != null && left != null && right != null) fields = new Field[] {val, left, right};
        } catch (RuntimeException e) {
            fields = null;
        }
        NODE_FIELDS.put(c, fields);
        return fields;
    }

    static Field field(Class<?> c, String name) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        return null;
    }

    static Object newNode(Class<?> c, Object val) throws ReflectiveOperationException {
        Field[] f = nodeFields(c);
        Constructor<?> none = c.getDeclaredConstructor();
        none.setAccessible(true);
        Object node = none.newInstance();
        f[0].set(node, toJava(val, f[0].getGenericType()));
        return node;
    }

    static Object buildList(List<?> values, Class<?> c) {
        try {
            Field next = nodeFields(c)[1];
            Object head = null;
            Object tail = null;
            for (Object v : values) {
                Object node = newNode(c, v);
                if (head == null) head = node;
                else next.set(tail, node);
                tail = node;
            }
            return head;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + c.getName() + ": " + e);
        }
    }

    static Object buildTree(List<?> values, Class<?> c) {
        // Level order with null for a missing child, as LeetCode writes trees.
        if (values.isEmpty() || values.get(0) == null) return null;
        try {
            Field left = nodeFields(c)[1];
            Field right = nodeFields(c)[2];
            Object root = newNode(c, values.get(0));
            ArrayDeque<Object> queue = new ArrayDeque<>();
            queue.add(root);
            int k = 1;
            while (!queue.isEmpty() && k < values.size()) {
                Object node = queue.poll();
                if (values.get(k) != null) {
                    Object child = newNode(c, values.get(k));
                    left.set(node, child);
                    queue.add(child);
                }
                k++;
                if (k < values.size() && values.get(k) != null) {
                    Object child = newNode(c, values.get(k));
                    right.set(node, child);
                    queue.add(child);
                }
                k++;
            }
            return root;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + c.getName() + ": " + e);
        }
    }

    // ---------------------------------------------------------------- values out

    static final class ValueProblem extends Exception {
        ValueProblem(String m) {
            super(m);
        }
    }

    static Object number(long n) {
        return n >= -SAFE_INT && n <= SAFE_INT ? (Object) n : Long.toString(n);
    }

    static Object fromJava(Object v, String declared, IdentityHashMap<Object, Boolean> open) throws ValueProblem {
        if (v == null) return "ListNode".equals(declared) || "TreeNode".equals(declared) ? new ArrayList<>() : null;
        if (v instanceof Boolean || v instanceof String) return v;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) return number(((Number) v).longValue());
        if (v instanceof Double || v instanceof Float) return ((Number) v).doubleValue();
        if (v instanceof Character) return String.valueOf((char) (Character) v);
        if (v instanceof java.math.BigInteger) {
            java.math.BigInteger b = (java.math.BigInteger) v;
            return b.bitLength() < 54 ? (Object) b.longValue() : b.toString();
        }
        if (v instanceof Number) return ((Number) v).doubleValue();
        Class<?> c = v.getClass();
        if (c.isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            String inner = declared != null && declared.endsWith("[]") ? declared.substring(0, declared.length() - 2) : null;
            enter(v, open);
            for (int k = 0; k < n; k++) out.add(fromJava(Array.get(v, k), inner, open));
            open.remove(v);
            return out;
        }
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            enter(v, open);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) out.put(String.valueOf(e.getKey()), fromJava(e.getValue(), null, open));
            open.remove(v);
            return out;
        }
        if (v instanceof Iterable) {
            List<Object> out = new ArrayList<>();
            String inner = declared != null && declared.endsWith("[]") ? declared.substring(0, declared.length() - 2) : null;
            enter(v, open);
            for (Object x : (Iterable<?>) v) {
                if (out.size() >= MAX_NODES * 10) throw new ValueProblem("the returned collection is too large");
                out.add(fromJava(x, inner, open));
            }
            open.remove(v);
            if (v instanceof Set && !(v instanceof java.util.SortedSet)) sortIfComparable(out);
            return out;
        }
        if (isNode(c, "next")) return listValues(v);
        if (isNode(c, "left")) return treeValues(v);
        return String.valueOf(v);
    }

    static void enter(Object v, IdentityHashMap<Object, Boolean> open) throws ValueProblem {
        if (open.put(v, Boolean.TRUE) != null) throw new ValueProblem("the returned value contains itself");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void sortIfComparable(List<Object> l) {
        // A set has no order of its own; sorted, it prints the same every run (as Python's driver does).
        try {
            l.sort((a, b) -> ((Comparable) a).compareTo(b));
        } catch (RuntimeException e) {
            // mixed or unorderable values: keep the iteration order
        }
    }

    static List<Object> listValues(Object head) throws ValueProblem {
        List<Object> out = new ArrayList<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        try {
            Object node = head;
            while (node != null) {
                if (seen.put(node, Boolean.TRUE) != null) throw new ValueProblem("the returned linked list has a cycle");
                if (out.size() >= MAX_NODES) throw new ValueProblem("the returned linked list is too long");
                Field[] f = nodeFields(node.getClass());
                out.add(fromJava(f[0].get(node), null, new IdentityHashMap<>()));
                node = f[1].get(node);
            }
        } catch (IllegalAccessException e) {
            throw new ValueProblem(e.toString());
        }
        return out;
    }

    static List<Object> treeValues(Object root) throws ValueProblem {
        List<Object> out = new ArrayList<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayList<Object> queue = new ArrayList<>();
        queue.add(root);
        try {
            for (int k = 0; k < queue.size(); k++) {
                Object node = queue.get(k);
                if (node == null) {
                    out.add(null);
                    continue;
                }
                if (seen.put(node, Boolean.TRUE) != null) throw new ValueProblem("the returned tree has a cycle");
                if (seen.size() > MAX_NODES) throw new ValueProblem("the returned tree is too large");
                Field[] f = nodeFields(node.getClass());
                out.add(fromJava(f[0].get(node), null, new IdentityHashMap<>()));
                queue.add(f[1].get(node));
                queue.add(f[2].get(node));
            }
        } catch (IllegalAccessException e) {
            throw new ValueProblem(e.toString());
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == null) out.remove(out.size() - 1);
        return out;
    }

    // ---------------------------------------------------------------- errors

    static Throwable unwrap(Throwable e) {
        while ((e instanceof InvocationTargetException || e instanceof ExceptionInInitializerError) && e.getCause() != null) e = e.getCause();
        return e;
    }

    static Map<String, Object> failure(String id, String where, Throwable e) {
        Map<String, Object> r = result(id, "error");
        if (e instanceof OutputLimit) {
            r.put("error", "Output limit exceeded");
            r.put("limit", "output");
            return r;
        }
        String type = e.getClass().getSimpleName();
        r.put("error", where + (e instanceof OutOfMemoryError ? "OutOfMemoryError: " + (e.getMessage() == null ? "Java heap space" : e.getMessage()) : describe(e)));
        r.put("errorType", type);
        Integer line = userLine(e);
        if (line != null) r.put("errorLine", line);
        if (e instanceof OutOfMemoryError) r.put("limit", "memory");
        return r;
    }

    static Map<String, Object> outputLimit(String id) {
        Map<String, Object> r = result(id, "error");
        r.put("error", "Output limit exceeded");
        r.put("limit", "output");
        return r;
    }

    static String message(Throwable e) {
        return e instanceof ValueProblem ? e.getMessage() : e.getClass().getSimpleName();
    }

    static String describe(Throwable e) {
        String text;
        try {
            text = e.getMessage();
        } catch (Throwable t) {
            text = null;
        }
        String msg = text == null || text.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + text;
        return msg.length() <= MAX_MESSAGE ? msg : msg.substring(0, MAX_MESSAGE) + "…";
    }

    /** The line of the candidate's file nearest the throw (the innermost frame in Solution.java). */
    static Integer userLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement el : t.getStackTrace()) {
                if (userFile.equals(el.getFileName()) && el.getLineNumber() > 0) return el.getLineNumber();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- events

    static Map<String, Object> event(String type) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("type", type);
        return ev;
    }

    static Map<String, Object> start(String id) {
        Map<String, Object> ev = event("start");
        ev.put("id", id);
        return ev;
    }

    static Map<String, Object> result(String id, String status) {
        Map<String, Object> ev = event("result");
        ev.put("id", id);
        ev.put("status", status);
        return ev;
    }

    static Map<String, Object> errorEvent(String type, String message, String errorType, Integer line) {
        Map<String, Object> ev = event(type);
        ev.put("message", message);
        if (errorType != null) ev.put("errorType", errorType);
        if (line != null) ev.put("line", line);
        return ev;
    }

    static void emit(Map<String, Object> ev) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        Json.write(b, ev);
        b.append('\n');
        events.write(b.toString().getBytes(StandardCharsets.US_ASCII));
    }

    // ---------------------------------------------------------------- prints

    /** Thrown inside a print when the run's budget is spent; an Error, so catch (Exception e) does not swallow it. */
    static final class OutputLimit extends Error {
        OutputLimit() {
            super("Output limit exceeded", null, false, false);
        }
    }

    /** Collects one test's prints (System.out and System.err) against the run's shared budget. */
    static final class Sink extends OutputStream {
        long left;
        boolean exceeded;
        final ByteArrayOutputStream current = new ByteArrayOutputStream();

        Sink(long budget) {
            left = budget;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (exceeded) throw new OutputLimit();
            if (len > left) {
                current.write(b, off, (int) left);
                left = 0;
                exceeded = true;
                throw new OutputLimit();
            }
            left -= len;
            current.write(b, off, len);
        }

        synchronized String take() {
            String s = new String(current.toByteArray(), StandardCharsets.UTF_8);
            current.reset();
            return s;
        }
    }
}
