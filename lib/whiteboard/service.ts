import { randomUUID } from "node:crypto";
import { and, count, desc, eq, like } from "drizzle-orm";
import { getDb } from "@/db/client";
import { messages, whiteboardSnapshots, type Interview, type WhiteboardSnapshot } from "@/db/schema";
import { describeZodError, HttpError } from "@/lib/api/http";
import type { DiagramGraphDTO, WhiteboardResponse, WhiteboardSaved } from "@/lib/api/schemas";
import { reactToDiagram } from "@/lib/interviewer";
import { buildInterviewContext } from "@/lib/interviews/context";
import { applyStageEvent } from "@/lib/interviews/stage";
import { getSystemDesignProblem } from "@/lib/problems";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import { postToRoom } from "@/lib/room/client";
import { analyseDiagram } from "./analysis";
import { DiagramGraphSchema, EMPTY_GRAPH, sceneToGraph, type DiagramGraph } from "./graph";
import { EMPTY_SCENE, MAX_SCENE_ELEMENTS, SceneSchema, type Scene } from "./scene";

/** The whiteboard's problem, or 409: coding interviews have an editor, not a whiteboard. */
export function requireWhiteboard(row: Pick<Interview, "problemId">): SystemDesignProblem {
  const problem = getSystemDesignProblem(row.problemId);
  if (!problem) throw new HttpError(409, "This is a coding interview; only system-design interviews have a whiteboard");
  return problem;
}

/** Validates a saved scene: too many elements is a 413, a malformed one a 400 naming the field. */
export function parseScene(body: unknown): Scene {
  const elements = (body as { elements?: unknown } | null)?.elements;
  if (Array.isArray(elements) && elements.length > MAX_SCENE_ELEMENTS) {
    throw new HttpError(
      413,
      `elements: the scene has ${elements.length.toLocaleString("en")} elements; a whiteboard holds at most ${MAX_SCENE_ELEMENTS.toLocaleString("en")}`,
    );
  }
  const parsed = SceneSchema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, describeZodError(parsed.error), parsed.error.issues);
  return parsed.data;
}

/** A stored graph; one written by an older version that no longer parses reads as empty. */
export function storedGraph(snapshot: Pick<WhiteboardSnapshot, "graph">): DiagramGraph {
  const parsed = DiagramGraphSchema.safeParse(snapshot.graph);
  return parsed.success ? parsed.data : EMPTY_GRAPH;
}

export function graphDTO(graph: DiagramGraph): DiagramGraphDTO {
  return {
    components: graph.components.map((c) => ({ id: c.id, label: c.label, shape: c.shape })),
    connections: graph.connections.map((c) => ({ id: c.id, from: c.from, to: c.to, label: c.label, directed: c.directed })),
    unlabelled_shapes: graph.unlabelledShapes,
    dangling_connections: graph.danglingConnections,
  };
}

/**
 * Stores a new snapshot (every save is kept, for replay), tells the room, and lets the diagram
 * move the interview on (see lib/interviews/stage.ts).
 */
export async function saveWhiteboard(row: Interview, scene: Scene): Promise<WhiteboardSaved> {
  const problem = requireWhiteboard(row);
  if (row.status === "completed" || row.status === "abandoned") {
    throw new HttpError(409, `This interview has ended (${row.status}); the whiteboard can no longer change`);
  }
  const graph = sceneToGraph(scene.elements);
  const db = await getDb();
  const [snapshot] = await db
    .insert(whiteboardSnapshots)
    .values({
      interviewId: row.id,
      scene: { elements: scene.elements, appState: scene.appState ?? {}, files: scene.files ?? {} },
      graph,
    })
    .returning();
  void postToRoom(row.id, {
    type: "whiteboard_saved",
    snapshot_id: snapshot.id,
    components: graph.components.length,
    connections: graph.connections.length,
  });
  const analysis = analyseDiagram(graph, problem);
  const stage = await applyStageEvent(row, {
    type: "diagram_saved",
    // Client and user boxes are scenery, not design.
    components: analysis.components.filter((c) => c.role !== "actor").length,
    requiredCoverage: analysis.requiredCoverage,
  });
  void commentOnDiagram(row.id, graph);
  return { snapshot_id: snapshot.id, saved_at: snapshot.createdAt.toISOString(), stage: stage ?? row.stage, graph: graphDTO(graph) };
}

/** Saves arrive every few seconds while someone draws; the interviewer comments at most this often. */
export const DIAGRAM_COMMENT_INTERVAL_MS = 45_000;
/** Diagram comments are feedback messages whose client id starts with this (one id per comment). */
const DIAGRAM_COMMENT = "interviewer-diagram-comment-";

/**
 * The interviewer looks at the diagram and says something in the chat, like after a run: when it
 * has labelled components, and no comment was made in the last DIAGRAM_COMMENT_INTERVAL_MS.
 */
async function commentOnDiagram(interviewId: string, graph: DiagramGraph): Promise<void> {
  try {
    if (graph.components.length === 0) return;
    const db = await getDb();
    const [last] = await db
      .select({ at: messages.timestamp })
      .from(messages)
      .where(and(eq(messages.interviewId, interviewId), like(messages.clientId, `${DIAGRAM_COMMENT}%`)))
      .orderBy(desc(messages.timestamp))
      .limit(1);
    if (last && Date.now() - last.at.getTime() < DIAGRAM_COMMENT_INTERVAL_MS) return;
    const ctx = await buildInterviewContext(interviewId);
    if (!ctx) return;
    const text = await reactToDiagram(ctx);
    if (!text) return;
    const [message] = await db.insert(messages).values({ interviewId, role: "ai", content: text, contentType: "feedback", clientId: `${DIAGRAM_COMMENT}${randomUUID()}` }).returning();
    await postToRoom(interviewId, { type: "ai_message_complete", message_id: message.id, full_content: text, role: "ai" });
  } catch (err) {
    console.error("[whiteboard] interviewer comment failed:", err);
  }
}

/** The newest snapshot and how many there are, or null before the first save. */
export async function latestSnapshot(interviewId: string): Promise<{ snapshot: WhiteboardSnapshot; count: number } | null> {
  const db = await getDb();
  const [snapshot] = await db
    .select()
    .from(whiteboardSnapshots)
    .where(eq(whiteboardSnapshots.interviewId, interviewId))
    .orderBy(desc(whiteboardSnapshots.createdAt))
    .limit(1);
  if (!snapshot) return null;
  const [total] = await db.select({ n: count() }).from(whiteboardSnapshots).where(eq(whiteboardSnapshots.interviewId, interviewId));
  return { snapshot, count: total?.n ?? 1 };
}

export async function loadWhiteboard(row: Interview): Promise<WhiteboardResponse> {
  requireWhiteboard(row);
  const latest = await latestSnapshot(row.id);
  if (!latest) {
    return { snapshot_id: null, saved_at: null, snapshot_count: 0, scene: { elements: [], appState: {}, files: {} }, graph: graphDTO(EMPTY_GRAPH) };
  }
  const scene = SceneSchema.safeParse(latest.snapshot.scene);
  const stored = scene.success ? scene.data : EMPTY_SCENE;
  return {
    snapshot_id: latest.snapshot.id,
    saved_at: latest.snapshot.createdAt.toISOString(),
    snapshot_count: latest.count,
    scene: { elements: stored.elements, appState: stored.appState ?? {}, files: stored.files ?? {} },
    graph: graphDTO(storedGraph(latest.snapshot)),
  };
}
