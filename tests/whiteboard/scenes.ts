/**
 * Excalidraw elements as the editor saves them (the fields of a 0.17+ scene), built by hand so
 * each test reads as a drawing: boxes with their text typed into them, arrows glued to boxes.
 */

type Element = Record<string, unknown> & { id: string; type: string; x: number; y: number; width: number; height: number };

let seed = 1000;

function common(id: string, type: string, x: number, y: number, width: number, height: number): Element {
  seed += 7;
  return {
    id,
    type,
    x,
    y,
    width,
    height,
    angle: 0,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    fillStyle: "solid",
    strokeWidth: 2,
    strokeStyle: "solid",
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    roundness: type === "rectangle" ? { type: 3 } : null,
    seed,
    version: 4,
    versionNonce: seed * 13,
    isDeleted: false,
    boundElements: null,
    updated: 1_760_000_000_000,
    link: null,
    locked: false,
  };
}

export function textElement(
  id: string,
  text: string,
  at: { x: number; y: number; width?: number; height?: number },
  containerId: string | null = null,
): Element {
  return {
    ...common(id, "text", at.x, at.y, at.width ?? text.length * 9, at.height ?? 25),
    roundness: null,
    text,
    fontSize: 20,
    fontFamily: 5,
    textAlign: containerId ? "center" : "left",
    verticalAlign: containerId ? "middle" : "top",
    containerId,
    originalText: text,
    autoResize: true,
    lineHeight: 1.25,
  };
}

export interface Box {
  shape: Element;
  label: Element | null;
}

/** A shape with its label typed into it (bound both ways, as Excalidraw does). */
export function box(
  id: string,
  label: string | null,
  x: number,
  y: number,
  options: { type?: "rectangle" | "ellipse" | "diamond"; width?: number; height?: number } = {},
): Box {
  const width = options.width ?? 180;
  const height = options.height ?? 80;
  const shape = common(id, options.type ?? "rectangle", x, y, width, height);
  if (label === null) return { shape, label: null };
  const text = textElement(`${id}-label`, label, { x: x + 10, y: y + height / 2 - 12, width: width - 20 }, id);
  shape.boundElements = [{ type: "text", id: text.id }];
  return { shape, label: text };
}

function attach(shape: Element, arrowId: string) {
  const bound = (shape.boundElements as Array<{ id: string; type: string }> | null) ?? [];
  shape.boundElements = [...bound, { id: arrowId, type: "arrow" }];
}

/**
 * An arrow from the right edge of one box to the left edge of another, glued to both (pass
 * `bind: false` to draw it near them without gluing). Returns the arrow and its label, if any.
 */
export function arrow(
  id: string,
  from: Box,
  to: Box,
  options: { label?: string; bind?: boolean; type?: "arrow" | "line"; startArrowhead?: string | null; endArrowhead?: string | null; gap?: number } = {},
): Element[] {
  const gap = options.gap ?? 4;
  const start = { x: from.shape.x + from.shape.width + gap, y: from.shape.y + from.shape.height / 2 };
  const end = { x: to.shape.x - gap, y: to.shape.y + to.shape.height / 2 };
  const bind = options.bind ?? true;
  const element: Element = {
    ...common(id, options.type ?? "arrow", start.x, start.y, end.x - start.x, end.y - start.y),
    roundness: { type: 2 },
    points: [
      [0, 0],
      [end.x - start.x, end.y - start.y],
    ],
    lastCommittedPoint: null,
    startBinding: bind ? { elementId: from.shape.id, focus: 0, gap } : null,
    endBinding: bind ? { elementId: to.shape.id, focus: 0, gap } : null,
    startArrowhead: options.startArrowhead ?? null,
    endArrowhead: options.type === "line" ? null : options.endArrowhead === undefined ? "arrow" : options.endArrowhead,
    elbowed: false,
  };
  if (bind) {
    attach(from.shape, id);
    attach(to.shape, id);
  }
  if (!options.label) return [element];
  const label = textElement(`${id}-label`, options.label, { x: start.x + (end.x - start.x) / 2 - 30, y: start.y - 12 }, id);
  element.boundElements = [{ type: "text", id: label.id }];
  return [element, label];
}

/** An arrow drawn freehand between two points, glued to nothing. */
export function looseArrow(id: string, from: { x: number; y: number }, to: { x: number; y: number }): Element {
  return {
    ...common(id, "arrow", from.x, from.y, to.x - from.x, to.y - from.y),
    roundness: { type: 2 },
    points: [
      [0, 0],
      [to.x - from.x, to.y - from.y],
    ],
    lastCommittedPoint: null,
    startBinding: null,
    endBinding: null,
    startArrowhead: null,
    endArrowhead: "arrow",
    elbowed: false,
  };
}

export function elementsOf(...parts: Array<Box | Element | Element[]>): Element[] {
  const out: Element[] = [];
  for (const part of parts) {
    if (Array.isArray(part)) out.push(...part);
    else if (isBox(part)) out.push(...(part.label ? [part.shape, part.label] : [part.shape]));
    else out.push(part);
  }
  return out;
}

const isBox = (part: Box | Element): part is Box => "shape" in part;

export function deleted<T extends Element>(element: T): T {
  return { ...element, isDeleted: true };
}

/**
 * A URL-shortener diagram as a candidate might draw it: a client, "LB", "App servers", a
 * "Redis cache" and "Postgres (primary)", glued arrows, one labelled.
 */
export function urlShortenerScene(options: { replica?: boolean } = {}): Element[] {
  const client = box("client", "Client", 0, 100, { type: "ellipse", width: 120 });
  const lb = box("lb", "LB", 220, 100, { width: 120 });
  const app = box("app", "App servers", 440, 100);
  const cache = box("cache", "Redis cache", 720, 0);
  const db = box("db", "Postgres (primary)", 720, 200, { width: 200 });
  const parts: Array<Box | Element[]> = [
    client,
    lb,
    app,
    cache,
    db,
    arrow("a1", client, lb),
    arrow("a2", lb, app),
    arrow("a3", app, cache, { label: "read-through" }),
    arrow("a4", app, db, { label: "cache miss" }),
  ];
  if (options.replica) {
    const replica = box("replica", "Postgres replica", 1000, 200, { width: 200 });
    parts.push(replica, arrow("a5", db, replica, { label: "async replication" }));
  }
  return elementsOf(...parts);
}
