// Writes the interview room's Lottie animations (shape layers only, brand colours from app/globals.css).
// Usage: node scripts/generate-lottie.mjs
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const OUT = fileURLToPath(new URL("../app/interview/components/animations/", import.meta.url));

const hex = (h) => [1, 3, 5].map((i) => +(parseInt(h.slice(i, i + 2), 16) / 255).toFixed(3)).concat(1);
const C = {
  primary: hex("#0066ff"),
  secondary: hex("#7c3aed"),
  violetBlue: hex("#3f50f6"), // midway between primary and secondary
  success: hex("#10b981"),
  error: hex("#ef4444"),
  neutral: hex("#d1d5db"),
  white: [1, 1, 1, 1],
};

const still = (k) => ({ a: 0, k });
const EASE = { o: 0.4, i: 0.2 }; // matches --ease-smooth closely
/** Keyframes from [frame, value, ease?]; ease is "smooth" (default), "linear" or "overshoot". */
function anim(frames) {
  return {
    a: 1,
    k: frames.map(([t, v, ease = "smooth"], idx) => {
      const s = Array.isArray(v) ? v : [v];
      if (idx === frames.length - 1) return { t, s };
      const n = s.length;
      const rep = (x) => Array(n).fill(x);
      const curve =
        ease === "linear"
          ? { i: { x: rep(1), y: rep(1) }, o: { x: rep(0), y: rep(0) } }
          : ease === "overshoot"
            ? { i: { x: rep(0.3), y: rep(1.45) }, o: { x: rep(0.2), y: rep(0) } }
            : { i: { x: rep(EASE.i), y: rep(1) }, o: { x: rep(EASE.o), y: rep(0) } };
      return { t, s, ...curve };
    }),
  };
}

const groupTransform = () => ({
  ty: "tr",
  p: still([0, 0]),
  a: still([0, 0]),
  s: still([100, 100]),
  r: still(0),
  o: still(100),
  sk: still(0),
  sa: still(0),
});
const group = (nm, items) => ({ ty: "gr", nm, it: [...items, groupTransform()] });
const ellipse = (d) => ({ ty: "el", nm: "ellipse", p: still([0, 0]), s: still([d, d]) });
const path = (v, closed = false) => ({
  ty: "sh",
  nm: "path",
  ks: still({ i: v.map(() => [0, 0]), o: v.map(() => [0, 0]), v, c: closed }),
});
const fill = (c, o = 100) => ({ ty: "fl", nm: "fill", c: still(c), o: typeof o === "number" ? still(o) : o, r: 1 });
const stroke = (c, w, o = 100) => ({ ty: "st", nm: "stroke", c: still(c), o: still(o), w: still(w), lc: 2, lj: 2, ml: 4 });
const trim = (s, e, o = 0) => ({
  ty: "tm",
  nm: "trim",
  s: typeof s === "number" ? still(s) : s,
  e: typeof e === "number" ? still(e) : e,
  o: typeof o === "number" ? still(o) : o,
  m: 1,
});

let nextIndex = 1;
function layer(nm, op, { p, o = 100, r = 0, s = 100 }, shapes) {
  const vec = (x) => (typeof x === "number" ? still([x, x, 100]) : x);
  return {
    ddd: 0,
    ind: nextIndex++,
    ty: 4,
    nm,
    sr: 1,
    ks: {
      o: typeof o === "number" ? still(o) : o,
      r: typeof r === "number" ? still(r) : r,
      p: Array.isArray(p) ? still([...p, 0]) : p,
      a: still([0, 0, 0]),
      s: vec(s),
    },
    ao: 0,
    ip: 0,
    op,
    st: 0,
    bm: 0,
    shapes,
  };
}
/** Layers are listed top-most first, as in After Effects. */
function comp(nm, { w, h, op, fr = 60 }, layers) {
  return { v: "5.7.4", fr, ip: 0, op, w, h, nm, ddd: 0, assets: [], layers };
}
function write(name, data) {
  writeFileSync(`${OUT}${name}.json`, JSON.stringify(data));
  nextIndex = 1;
}

// typing: three primary dots hopping in turn, 800 ms loop (same rhythm as the CSS typing dots).
{
  const op = 48;
  write(
    "typing",
    comp("typing", { w: 48, h: 24, op }, [0, 1, 2].map((i) => {
      const d = i * 8;
      const hop = (lo, hi) => [[0, lo], ...(d ? [[d, lo]] : []), [d + 12, hi], [d + 24, lo], [op, lo]];
      return layer(
        `dot ${i + 1}`,
        op,
        {
          p: anim(hop(15, 8).map(([t, y]) => [t, [12 + i * 12, y, 0]])),
          o: anim(hop(55, 100)),
        },
        [group("dot", [ellipse(7), fill(C.primary)])],
      );
    })),
  );
}

// thinking: three dots shading from primary to secondary, swelling in turn, 1.5 s loop.
{
  const op = 90;
  const colours = [C.primary, C.violetBlue, C.secondary];
  write(
    "thinking",
    comp("thinking", { w: 48, h: 24, op }, [0, 1, 2].map((i) => {
      const d = i * 15;
      const pulse = (lo, hi) => [[0, lo], ...(d ? [[d, lo]] : []), [d + 22, hi], [d + 44, lo], [op, lo]];
      return layer(
        `dot ${i + 1}`,
        op,
        {
          p: [12 + i * 12, 12],
          s: anim(pulse(65, 115).map(([t, v]) => [t, [v, v, 100]])),
          o: anim(pulse(40, 100)),
        },
        [group("dot", [ellipse(8), fill(colours[i])])],
      );
    })),
  );
}

// message-sent: a paper plane glides in, pauses, then flies off up and to the right.
{
  const op = 42;
  write(
    "message-sent",
    comp("message-sent", { w: 64, h: 64, op }, [
      layer(
        "plane",
        op,
        {
          p: anim([[0, [22, 42, 0]], [14, [32, 32, 0]], [26, [32, 32, 0]], [op, [46, 18, 0]]]),
          o: anim([[0, 0], [10, 100], [30, 100], [op, 0]]),
          s: anim([[0, [70, 70, 100]], [14, [100, 100, 100]]]),
        },
        [
          group("fold", [path([[12, -12], [-1, 1]]), stroke(C.white, 2.5)]),
          group("body", [path([[-13, -2], [12, -12], [2, 13], [-1, 1]], true), fill(C.primary)]),
        ],
      ),
    ]),
  );
}

// code-executing: "</>" inside a track ring with a primary arc circling it, 1 s loop.
{
  const op = 60;
  write(
    "code-executing",
    comp("code-executing", { w: 64, h: 64, op }, [
      layer("code", op, { p: [32, 32] }, [
        group("slash", [path([[3, -9], [-3, 9]]), stroke(C.secondary, 4)]),
        group("brackets", [
          path([[-6, -8], [-14, 0], [-6, 8]]),
          path([[6, -8], [14, 0], [6, 8]]),
          stroke(C.primary, 4),
        ]),
      ]),
      layer("arc", op, { p: [32, 32], r: anim([[0, 0, "linear"], [op, 360]]) }, [
        group("arc", [ellipse(50), stroke(C.primary, 5), trim(0, 28)]),
      ]),
      layer("track", op, { p: [32, 32] }, [group("track", [ellipse(50), stroke(C.primary, 5, 18)])]),
    ]),
  );
}

// error: a red disc pops in, a white cross draws itself, then a short shake.
{
  const op = 48;
  const shake = anim([[0, [32, 32, 0]], [28, [32, 32, 0]], [32, [28, 32, 0]], [36, [36, 32, 0]], [40, [30, 32, 0]], [44, [32, 32, 0]]]);
  write(
    "error",
    comp("error", { w: 64, h: 64, op }, [
      layer("cross", op, { p: shake }, [
        group("cross", [
          path([[-9, -9], [9, 9]]),
          path([[9, -9], [-9, 9]]),
          stroke(C.white, 6),
          trim(0, anim([[10, 0], [26, 100]])),
        ]),
      ]),
      layer("disc", op, { p: shake, s: anim([[0, [0, 0, 100], "overshoot"], [18, [100, 100, 100]]]) }, [
        group("disc", [ellipse(52), fill(C.error)]),
      ]),
    ]),
  );
}

// loading: two arcs (primary and secondary) chasing round a neutral track, 1.2 s loop.
{
  const op = 72;
  const spin = anim([[0, 0, "linear"], [op, 360]]);
  write(
    "loading",
    comp("loading", { w: 64, h: 64, op }, [
      layer("arcs", op, { p: [32, 32], r: spin }, [
        group("lead", [ellipse(44), stroke(C.primary, 5), trim(0, 26)]),
        group("trail", [ellipse(44), stroke(C.secondary, 5), trim(50, 62)]),
      ]),
      layer("track", op, { p: [32, 32] }, [group("track", [ellipse(44), stroke(C.neutral, 5, 60)])]),
    ]),
  );
}

// connected: a steady success-green dot sending out a soft ring every 2 s.
{
  const op = 120;
  write(
    "connected",
    comp("connected", { w: 32, h: 32, op }, [
      layer("dot", op, { p: [16, 16] }, [group("dot", [ellipse(10), fill(C.success)])]),
      layer(
        "ring",
        op,
        { p: [16, 16], s: anim([[0, [100, 100, 100]], [96, [270, 270, 100]]]), o: anim([[0, 45], [96, 0]]) },
        [group("ring", [ellipse(10), fill(C.success)])],
      ),
    ]),
  );
}
