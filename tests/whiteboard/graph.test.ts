import { describe, expect, it } from "vitest";
import { sceneToGraph, type DiagramGraph } from "@/lib/whiteboard/graph";
import { SceneSchema } from "@/lib/whiteboard/scene";
import { arrow, box, deleted, elementsOf, looseArrow, textElement, urlShortenerScene } from "./scenes";

/** Parses like the API does, so the tests exercise the scene schema too. */
function graphOf(elements: unknown[]): DiagramGraph {
  return sceneToGraph(SceneSchema.parse({ elements, appState: { viewBackgroundColor: "#ffffff" }, files: {} }).elements);
}

const labelsOf = (g: DiagramGraph) => g.components.map((c) => c.label);
function linksOf(g: DiagramGraph): string[] {
  const label = new Map(g.components.map((c) => [c.id, c.label]));
  return g.connections.map((c) => `${label.get(c.from)} ${c.directed ? "->" : "--"} ${label.get(c.to)}${c.label ? ` [${c.label}]` : ""}`);
}

describe("sceneToGraph", () => {
  it("reads labelled boxes as components and glued arrows as connections, with their labels", () => {
    const g = graphOf(urlShortenerScene());
    expect(labelsOf(g)).toEqual(["Client", "LB", "App servers", "Redis cache", "Postgres (primary)"]);
    expect(g.components.map((c) => c.shape)).toEqual(["ellipse", "rectangle", "rectangle", "rectangle", "rectangle"]);
    expect(linksOf(g)).toEqual([
      "Client -> LB",
      "LB -> App servers",
      "App servers -> Redis cache [read-through]",
      "App servers -> Postgres (primary) [cache miss]",
    ]);
    expect(g.unlabelledShapes).toBe(0);
    expect(g.danglingConnections).toBe(0);
  });

  it("uses the text as typed, not as wrapped to the box", () => {
    const db = box("db", "Message store", 0, 0, { width: 90 });
    const wrapped = { ...db.label, text: "Message\nstore", originalText: "Message store" };
    const g = graphOf(elementsOf(db.shape, wrapped as never));
    expect(labelsOf(g)).toEqual(["Message store"]);
  });

  it("finds a label listed only in the box's boundElements", () => {
    const queue = box("q", "Kafka", 0, 0);
    const orphan = { ...queue.label, containerId: null, x: 600, y: 600 };
    const g = graphOf(elementsOf(queue.shape, orphan as never));
    expect(labelsOf(g)).toEqual(["Kafka"]);
  });

  it("treats text dropped on an unlabelled box as that box's label, and lone text as a component", () => {
    const worker = box("worker", null, 400, 400, { width: 200, height: 100 });
    const onTop = textElement("t1", "Analytics worker", { x: 420, y: 430, width: 160 });
    const floating = textElement("t2", "CDN", { x: 0, y: 600 });
    const g = graphOf(elementsOf(worker, onTop, floating));
    expect(labelsOf(g)).toEqual(["Analytics worker", "CDN"]);
    expect(g.components.find((c) => c.label === "CDN")?.shape).toBe("text");
    expect(g.components.find((c) => c.label === "Analytics worker")?.id).toBe("worker");
  });

  it("adds a note written inside a labelled box to its label", () => {
    const db = box("db", "Postgres", 0, 0, { width: 220, height: 120 });
    const note = textElement("note", "3 replicas", { x: 20, y: 80, width: 100 });
    expect(labelsOf(graphOf(elementsOf(db, note)))).toEqual(["Postgres 3 replicas"]);
  });

  it("counts unlabelled boxes without making them components", () => {
    const lb = box("lb", "LB", 0, 0);
    const blank = box("blank", null, 300, 0);
    const g = graphOf(elementsOf(lb, blank, arrow("a", lb, blank)));
    expect(labelsOf(g)).toEqual(["LB"]);
    expect(g.unlabelledShapes).toBe(1);
    // Glued to a box that says nothing: not a connection, and not guessed elsewhere.
    expect(g.connections).toEqual([]);
    expect(g.danglingConnections).toBe(1);
  });

  it("follows an arrow glued to the label text to the box around it", () => {
    const lb = box("lb", "Load balancer", 0, 0);
    const api = box("api", "API servers", 300, 0);
    const [link] = arrow("a", lb, api);
    const toText = { ...link, endBinding: { elementId: "api-label", focus: 0, gap: 2 } };
    expect(linksOf(graphOf(elementsOf(lb, api, toText)))).toEqual(["Load balancer -> API servers"]);
  });

  it("infers an unglued arrow's ends from where they stop: inside a box, or just short of one", () => {
    const app = box("app", "Chat service", 0, 0);
    const store = box("store", "Cassandra", 400, 0);
    const push = box("push", "Push", 400, 300);
    const inside = looseArrow("in", { x: 100, y: 40 }, { x: 450, y: 30 });
    const shortOf = looseArrow("near", { x: 185, y: 60 }, { x: 370, y: 330 });
    const g = graphOf(elementsOf(app, store, push, inside, shortOf));
    expect(linksOf(g)).toEqual(["Chat service -> Cassandra", "Chat service -> Push"]);
  });

  it("prefers the innermost box when an end lands on nested boxes", () => {
    const region = box("region", "us-east-1", 0, 0, { width: 800, height: 500 });
    const cache = box("cache", "Redis", 500, 300);
    const app = box("app", "App", -400, 300);
    const link = looseArrow("l", { x: -210, y: 340 }, { x: 560, y: 340 });
    expect(linksOf(graphOf(elementsOf(region, cache, app, link)))).toEqual(["App -> Redis"]);
  });

  it("leaves an arrow that ends in empty space dangling", () => {
    const app = box("app", "App", 0, 0);
    const nowhere = looseArrow("x", { x: 190, y: 40 }, { x: 900, y: 900 });
    const g = graphOf(elementsOf(app, nowhere));
    expect(g.connections).toEqual([]);
    expect(g.danglingConnections).toBe(1);
  });

  it("ignores deleted boxes, deleted labels, deleted arrows and the label of a deleted box", () => {
    const app = box("app", "App servers", 0, 0);
    const oldDb = box("old", "Old DB", 400, 0);
    const cache = box("cache", "Memcached", 400, 300);
    const db = box("db", "Postgres", 800, 0);
    const scene = elementsOf(
      app,
      deleted(oldDb.shape),
      oldDb.label ?? [],
      cache.shape,
      deleted(cache.label ?? textElement("none", "", { x: 0, y: 0 })),
      db,
      arrow("gone", app, db).map(deleted),
      arrow("kept", app, db, { label: "writes" }),
    );
    const g = graphOf(scene);
    expect(labelsOf(g)).toEqual(["App servers", "Postgres"]);
    expect(g.unlabelledShapes).toBe(1);
    expect(linksOf(g)).toEqual(["App servers -> Postgres [writes]"]);
  });

  it("lets geometry decide when an arrow is glued to a box that was deleted", () => {
    const app = box("app", "App", 0, 0);
    const gone = box("gone", "Queue", 300, 0);
    const queue = box("queue", "SQS", 300, 0);
    const [link] = arrow("a", app, gone);
    const g = graphOf(elementsOf(app, deleted(gone.shape), queue, link));
    expect(linksOf(g)).toEqual(["App -> SQS"]);
  });

  it("reads arrow direction from the arrowheads, and lines as undirected", () => {
    const a = box("a", "Feed service", 0, 0);
    const b = box("b", "Feed cache", 400, 0);
    const c = box("c", "Post store", 400, 300);
    const g = graphOf(
      elementsOf(
        a,
        b,
        c,
        arrow("back", a, b, { startArrowhead: "arrow", endArrowhead: null }),
        arrow("both", a, c, { startArrowhead: "arrow" }),
        arrow("plain", b, c, { type: "line" }),
      ),
    );
    expect(linksOf(g)).toEqual(["Feed cache -> Feed service", "Feed service -- Post store", "Feed cache -- Post store"]);
  });

  it("skips frames, images and freehand strokes, and an arrow from a box to itself", () => {
    const app = box("app", "App", 0, 0);
    const frame = { ...app.shape, id: "frame", type: "frame", name: "Region A", boundElements: null };
    const image = { ...app.shape, id: "img", type: "image", fileId: "f1", status: "saved", boundElements: null };
    const scribble = { ...app.shape, id: "pen", type: "freedraw", points: [[0, 0], [5, 5]], boundElements: null };
    const loop = looseArrow("loop", { x: 10, y: 10 }, { x: 100, y: 60 });
    const g = graphOf(elementsOf(frame as never, image as never, scribble as never, app, loop));
    expect(labelsOf(g)).toEqual(["App"]);
    expect(g.connections).toEqual([]);
  });

  it("collapses whitespace and clips very long labels", () => {
    const long = box("x", `Service\t with   spaces ${"very ".repeat(60)}long`, 0, 0);
    const [c] = graphOf(elementsOf(long)).components;
    expect(c.label.startsWith("Service with spaces very very")).toBe(true);
    expect(c.label.length).toBeLessThanOrEqual(120);
    expect(c.label.endsWith("…")).toBe(true);
  });
});

describe("SceneSchema", () => {
  it("accepts a scene as Excalidraw exports it, keeping unknown fields", () => {
    const parsed = SceneSchema.parse({ type: "excalidraw", version: 2, elements: urlShortenerScene(), appState: { gridSize: null }, files: {} });
    expect(parsed.elements[0]).toHaveProperty("seed");
  });

  it("names what is wrong with a malformed scene", () => {
    const missingId = SceneSchema.safeParse({ elements: [{ type: "rectangle" }] });
    expect(missingId.success).toBe(false);
    expect(missingId.error?.issues[0].path).toEqual(["elements", 0, "id"]);
    const notArray = SceneSchema.safeParse({ elements: "boxes" });
    expect(notArray.error?.issues[0].message).toMatch(/array of Excalidraw elements/);
    const twice = SceneSchema.safeParse({ elements: [{ id: "a", type: "rectangle" }, { id: "a", type: "text" }] });
    expect(twice.error?.issues[0].message).toMatch(/"a" is also the id of elements\.0/);
  });
});
