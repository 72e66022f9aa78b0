import { z } from "zod";
import type { SceneElement } from "./scene";

/**
 * Reads an Excalidraw scene as a graph: labelled boxes are components, arrows and lines between
 * them are connections. Candidates draw loosely — text dropped on a box instead of typed into it,
 * arrows that stop short of the box they mean — so the reading is forgiving about geometry and
 * strict only about what is deleted.
 */

export const COMPONENT_SHAPES = ["rectangle", "ellipse", "diamond"] as const;
const SHAPES: ReadonlySet<string> = new Set(COMPONENT_SHAPES);
const LINKS: ReadonlySet<string> = new Set(["arrow", "line"]);

/** How far (in canvas pixels) an unbound arrow's end may stop from a box and still count as touching it. */
export const ENDPOINT_TOLERANCE = 50;
/** Labels are the candidate's words; long ones are clipped before they reach a prompt. */
export const MAX_LABEL_CHARS = 120;

export const DiagramComponentSchema = z.object({
  /** The Excalidraw element id: the box, or the text itself for free-standing text. */
  id: z.string(),
  label: z.string(),
  shape: z.enum([...COMPONENT_SHAPES, "text"]),
});
export type DiagramComponent = z.infer<typeof DiagramComponentSchema>;

export const DiagramConnectionSchema = z.object({
  /** The arrow's element id. */
  id: z.string(),
  /** Component ids. For a directed arrow, `from` is the tail and `to` the head. */
  from: z.string(),
  to: z.string(),
  label: z.string().nullable(),
  directed: z.boolean(),
});
export type DiagramConnection = z.infer<typeof DiagramConnectionSchema>;

export const DiagramGraphSchema = z.object({
  components: z.array(DiagramComponentSchema),
  connections: z.array(DiagramConnectionSchema),
  /** Boxes with no words in or on them: drawn, but not yet saying what they are. */
  unlabelledShapes: z.number().int().min(0),
  /** Arrows or lines with an end that reaches no component. */
  danglingConnections: z.number().int().min(0),
});
export type DiagramGraph = z.infer<typeof DiagramGraphSchema>;

export const EMPTY_GRAPH: DiagramGraph = { components: [], connections: [], unlabelledShapes: 0, danglingConnections: 0 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of plain text: whitespace collapsed, control characters dropped, clipped. */
export function cleanLabel(text: string): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > MAX_LABEL_CHARS ? `${flat.slice(0, MAX_LABEL_CHARS - 1)}…` : flat;
}

function textOf(element: SceneElement): string {
  // Excalidraw wraps `text` to the box width; `originalText` is what was typed.
  return cleanLabel(element.originalText ?? element.text ?? "");
}

function boxOf(element: SceneElement): Box | null {
  const { x, y, width = 0, height = 0 } = element;
  if (x === undefined || y === undefined) return null;
  // Shapes drawn right-to-left can carry negative sizes.
  return {
    x: Math.min(x, x + width),
    y: Math.min(y, y + height),
    width: Math.abs(width),
    height: Math.abs(height),
  };
}

const area = (b: Box) => b.width * b.height;
const contains = (b: Box, p: [number, number]) => p[0] >= b.x && p[0] <= b.x + b.width && p[1] >= b.y && p[1] <= b.y + b.height;

function distance(b: Box, p: [number, number]): number {
  const dx = Math.max(b.x - p[0], 0, p[0] - (b.x + b.width));
  const dy = Math.max(b.y - p[1], 0, p[1] - (b.y + b.height));
  return Math.hypot(dx, dy);
}

function centre(element: SceneElement): [number, number] | null {
  const b = boxOf(element);
  return b ? [b.x + b.width / 2, b.y + b.height / 2] : null;
}

/** The first and last point of an arrow or line, in canvas coordinates. */
function endpoints(element: SceneElement): [[number, number], [number, number]] | null {
  const { x, y, points } = element;
  if (x === undefined || y === undefined || !points || points.length < 2) return null;
  const first = points[0];
  const last = points[points.length - 1];
  return [
    [x + first[0], y + first[1]],
    [x + last[0], y + last[1]],
  ];
}

/** Reads the scene's elements as components and connections. Deleted elements are ignored. */
export function sceneToGraph(elements: readonly SceneElement[]): DiagramGraph {
  const deleted = new Set(elements.filter((e) => e.isDeleted).map((e) => e.id));
  const live = elements.filter((e) => !e.isDeleted);
  const byId = new Map(live.map((e) => [e.id, e]));

  const shapeWords = new Map<string, string[]>(live.filter((e) => SHAPES.has(e.type)).map((e) => [e.id, []]));
  const linkWords = new Map<string, string[]>();
  const freeTexts: SceneElement[] = [];
  /** Text element id → the component it labels, so an arrow bound to the text reaches the box. */
  const textOwner = new Map<string, string>();
  const used = new Set<string>();

  for (const element of live) {
    if (element.type !== "text") continue;
    const words = textOf(element);
    if (!words) continue;
    const container = element.containerId ?? null;
    if (container !== null) {
      if (deleted.has(container)) continue; // its box went, the label goes with it
      const owner = byId.get(container);
      if (owner && shapeWords.has(owner.id)) {
        shapeWords.get(owner.id)?.push(words);
        textOwner.set(element.id, owner.id);
        used.add(element.id);
        continue;
      }
      if (owner && LINKS.has(owner.type)) {
        linkWords.set(owner.id, [...(linkWords.get(owner.id) ?? []), words]);
        used.add(element.id);
        continue;
      }
    }
    freeTexts.push(element);
  }

  // A box may list its text in boundElements while the text forgot its containerId.
  for (const [shapeId, words] of shapeWords) {
    for (const bound of byId.get(shapeId)?.boundElements ?? []) {
      const text = byId.get(bound.id);
      if (bound.type !== "text" || !text || text.type !== "text" || used.has(text.id)) continue;
      const content = textOf(text);
      if (!content) continue;
      words.push(content);
      textOwner.set(text.id, shapeId);
      used.add(text.id);
    }
  }

  // Text dropped on a box without binding it still names the box (the smallest box under its centre).
  const shapes = live.filter((e) => SHAPES.has(e.type));
  const standalone = new Set<string>();
  for (const text of freeTexts) {
    if (used.has(text.id)) continue;
    const at = centre(text);
    const under = at
      ? shapes
          .map((s) => ({ s, box: boxOf(s) }))
          .filter((c): c is { s: SceneElement; box: Box } => c.box !== null && contains(c.box, at))
          .sort((a, b) => area(a.box) - area(b.box))[0]
      : undefined;
    if (under) {
      shapeWords.get(under.s.id)?.push(textOf(text));
      textOwner.set(text.id, under.s.id);
    } else {
      standalone.add(text.id);
    }
  }

  const components: DiagramComponent[] = [];
  const bounds = new Map<string, Box>();
  let unlabelledShapes = 0;
  for (const element of live) {
    if (SHAPES.has(element.type)) {
      const label = cleanLabel((shapeWords.get(element.id) ?? []).join(" "));
      if (!label) {
        unlabelledShapes++;
        continue;
      }
      components.push({ id: element.id, label, shape: element.type as DiagramComponent["shape"] });
    } else if (standalone.has(element.id)) {
      components.push({ id: element.id, label: textOf(element), shape: "text" });
    } else {
      continue;
    }
    const box = boxOf(element);
    if (box) bounds.set(element.id, box);
  }
  const componentIds = new Set(components.map((c) => c.id));

  const bound = (binding: SceneElement["startBinding"]): string | null | undefined => {
    if (!binding) return undefined;
    const target = binding.elementId;
    if (componentIds.has(target)) return target;
    const owner = textOwner.get(target);
    if (owner && componentIds.has(owner)) return owner;
    // Bound to something that is gone: let the geometry decide. Bound to an unlabelled box: nothing.
    return byId.has(target) ? null : undefined;
  };
  const nearest = (point: [number, number]): string | null => {
    let best: { id: string; inside: boolean; score: number } | null = null;
    for (const [id, box] of bounds) {
      const inside = contains(box, point);
      const score = inside ? area(box) : distance(box, point);
      if (!inside && score > ENDPOINT_TOLERANCE) continue;
      if (!best || (inside && !best.inside) || (inside === best.inside && score < best.score)) best = { id, inside, score };
    }
    return best?.id ?? null;
  };

  const connections: DiagramConnection[] = [];
  let danglingConnections = 0;
  for (const element of live) {
    if (!LINKS.has(element.type)) continue;
    const ends = endpoints(element);
    let start = bound(element.startBinding);
    let end = bound(element.endBinding);
    if (start === undefined) start = ends ? nearest(ends[0]) : null;
    if (end === undefined) end = ends ? nearest(ends[1]) : null;
    if (!start || !end) {
      danglingConnections++;
      continue;
    }
    if (start === end) continue;
    const label = cleanLabel((linkWords.get(element.id) ?? []).join(" ")) || null;
    const isArrow = element.type === "arrow";
    // Excalidraw arrows point at their end unless told otherwise.
    const headAtEnd = isArrow && element.endArrowhead !== null;
    const headAtStart = isArrow && element.startArrowhead != null;
    if (headAtStart && !headAtEnd) {
      connections.push({ id: element.id, from: end, to: start, label, directed: true });
    } else {
      connections.push({ id: element.id, from: start, to: end, label, directed: headAtEnd && !headAtStart });
    }
  }

  return { components, connections, unlabelledShapes, danglingConnections };
}
