import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.resolve(import.meta.dirname, "../../app/interview/components/animations");
const NAMES = ["typing", "code-executing", "success", "error", "loading", "message-sent", "thinking", "connected"];

type Layer = { ty: number; ip: number; op: number; ks: Record<string, unknown>; shapes?: unknown[] };
type Animation = { v: string; fr: number; ip: number; op: number; w: number; h: number; layers: Layer[] };

/** Every colour a shape uses, as 0–1 RGBA tuples. */
function colours(node: unknown, out: number[][] = []): number[][] {
  if (Array.isArray(node)) node.forEach((n) => colours(n, out));
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if ((o.ty === "fl" || o.ty === "st") && o.c && typeof o.c === "object") {
      const c = o.c as { a: number; k: number[] };
      if (c.a === 0) out.push(c.k);
    }
    Object.values(o).forEach((v) => colours(v, out));
  }
  return out;
}

describe("interview room Lottie animations", () => {
  it.each(NAMES)("%s.json is a small, well-formed shape-layer Lottie file", (name) => {
    const file = path.join(DIR, `${name}.json`);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(8 * 1024);

    const data = JSON.parse(readFileSync(file, "utf8")) as Animation;
    expect(data.v).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.fr).toBeGreaterThan(0);
    expect(data.ip).toBe(0);
    expect(data.op).toBeGreaterThan(data.ip);
    expect(data.w).toBeGreaterThan(0);
    expect(data.h).toBeGreaterThan(0);
    expect(Array.isArray(data.layers)).toBe(true);
    expect(data.layers.length).toBeGreaterThan(0);
    for (const layer of data.layers) {
      expect(layer.ty).toBe(4); // shape layers only: no images, fonts or expressions to fetch
      expect(layer.op).toBeGreaterThan(layer.ip);
      expect(layer.ks).toEqual(expect.objectContaining({ o: expect.anything(), p: expect.anything(), s: expect.anything() }));
      expect(Array.isArray(layer.shapes) && layer.shapes.length > 0).toBe(true);
    }
    // Something actually moves.
    expect(readFileSync(file, "utf8")).toContain('"a":1');
    for (const c of colours(data.layers)) {
      expect(c).toHaveLength(4);
      for (const channel of c) expect(channel >= 0 && channel <= 1).toBe(true);
    }
  });

  it("the component offers exactly these eight animations", () => {
    const source = readFileSync(path.resolve(import.meta.dirname, "../../app/interview/components/LottieAnimation.tsx"), "utf8");
    for (const name of NAMES) expect(source).toContain(`import("./animations/${name}.json")`);
  });
});
