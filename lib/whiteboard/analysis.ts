import { matchComponent, normalizeLabel, type SystemDesignFile } from "@/lib/problems/system-design";
import type { DiagramComponent, DiagramGraph } from "./graph";

/**
 * What an interviewer sees in a candidate's diagram, against the problem's sheet: which expected
 * components are there (by name or alias, see matchComponent), which required ones are missing,
 * which boxes it does not recognise, which key data flows are drawn, where the design has a
 * single point of failure, and where the data lives. Pure: the same graph always reads the same.
 */

/** The parts of a system-design problem the analysis reads. */
export type DesignSheet = Pick<SystemDesignFile, "components" | "connections" | "scale">;

export type StorageKind = "database" | "cache" | "queue" | "object_store";

export interface AnalysedComponent {
  id: string;
  label: string;
  /** The expected component it stands for, or null. */
  matched: string | null;
  /** component: matches the sheet; actor: a client or user box; unknown: neither. */
  role: "component" | "actor" | "unknown";
}

export interface PresentComponent {
  name: string;
  required: boolean;
  /** The candidate's labels for it, in drawing order. */
  labels: string[];
  storage: StorageKind | null;
}

export interface ExpectedConnection {
  from: string;
  to: string;
  why: string;
}

export interface MissingConnection extends ExpectedConnection {
  /** Both ends are drawn and joined, but only through other components. */
  indirect: boolean;
}

export interface SinglePointOfFailure {
  /** The expected component, when the box matches one. */
  name: string | null;
  label: string;
  /** single_instance: a stateful component drawn once with no redundancy; choke_point: every request path crosses it. */
  reasons: Array<"single_instance" | "choke_point">;
}

export interface StoragePlacement {
  name: string | null;
  labels: string[];
  kind: StorageKind;
}

export interface DiagramAnalysis {
  components: AnalysedComponent[];
  present: PresentComponent[];
  missingRequired: string[];
  missingOptional: string[];
  /** Labels that match no expected component and are not clients or users. */
  unknown: string[];
  actors: string[];
  connections: {
    present: ExpectedConnection[];
    /** Expected connections whose two ends are both drawn. */
    missing: MissingConnection[];
    /** Expected connections that cannot be drawn yet because an end is missing. */
    waitingOnComponents: number;
  };
  /** Labels of components with no connection at all. */
  isolated: string[];
  singlePointsOfFailure: SinglePointOfFailure[];
  storage: StoragePlacement[];
  /** The problem's numbers, "metric: value", to size the design against. */
  scale: string[];
  /** Share of the required components present, 0..1 (1 when the sheet requires none). */
  requiredCoverage: number;
  unlabelledShapes: number;
  danglingConnections: number;
}

const ACTOR =
  /^(the )?(end )?(client|clients|user|users|browser|browsers|mobile|mobile app|mobile client|web|web app|web client|app|apps|phone|phones|device|devices|customer|customers|visitor|visitors|sender|recipient|ios|android|frontend|front end|ui)( app| apps| client| clients| device| devices| user| users)?$/;

const STORAGE_BY_NAME: Array<[StorageKind, RegExp]> = [
  ["object_store", /\bobject stor|\bblob\b|\bs3\b|\bmedia stor|\bbucket/],
  ["cache", /\bcache\b|\bredis\b|\bmemcache/],
  ["queue", /\bqueue\b|\bkafka\b|\bstream\b|\bevent bus\b|\bpub ?sub\b|\bkinesis\b|\bsqs\b|\brabbitmq\b|\bpulsar\b/],
  ["database", /\bdatabase\b|\bdb\b|\bstore\b|\bstorage\b|\bregistry\b|\bwarehouse\b|\blog\b|\btable\b|\bpostgres|\bmysql\b|\bmongo|\bdynamo|\bcassandra\b|\bclickhouse\b|\bscylla|\bhbase\b|\bsql\b/],
];
/** Components named as services do work rather than hold data, whatever an alias says. */
const DOES_WORK = /\b(service|worker|workers|api|gateway|balancer|middleware|library|provider|scheduler|cleaner|aggregator|partitioner|coordinator)\b/;

/** Words that say there is more than one. "Primary" is not one: a primary with no replica drawn is still one machine. */
const REDUNDANCY =
  /\b(replica|replicas|replicated|replication|cluster|clustered|shard|shards|sharded|partition|partitions|partitioned|standby|failover|multi az|multi region|secondary|follower|followers|redundant|fleet|pool|nodes|instances|quorum|ha)\b|\bx ?\d+\b|\b\d+ ?x\b/;

export function storageKind(label: string): StorageKind | null {
  const text = normalizeLabel(label);
  return STORAGE_BY_NAME.find(([, re]) => re.test(text))?.[0] ?? null;
}

/** Where an expected component keeps data, read from its name (or, for a non-service, its aliases). */
function componentStorage(component: DesignSheet["components"][number]): StorageKind | null {
  const name = normalizeLabel(component.name);
  const byName = storageKind(name);
  if (byName) return byName;
  if (DOES_WORK.test(name)) return null;
  for (const alias of component.aliases) {
    const kind = storageKind(alias);
    if (kind) return kind;
  }
  return null;
}

function isActor(label: string): boolean {
  return ACTOR.test(normalizeLabel(label));
}

/** Whether the labels (or the arrows touching them) say there is more than one of it. */
function hasRedundancyCue(
  component: DesignSheet["components"][number],
  boxes: DiagramComponent[],
  graph: DiagramGraph,
): boolean {
  if (boxes.length >= 2) return true;
  const termWords = new Set([component.name, ...component.aliases].flatMap((t) => normalizeLabel(t).split(" ")));
  for (const box of boxes) {
    const text = normalizeLabel(box.label);
    if (REDUNDANCY.test(text)) return true;
    // "App servers": a plural of the component's own word means a fleet.
    for (const word of text.split(" ")) {
      if (word.length <= 3 || termWords.has(word)) continue;
      if ((word.endsWith("s") && termWords.has(word.slice(0, -1))) || (word.endsWith("es") && termWords.has(word.slice(0, -2)))) return true;
    }
  }
  const ids = new Set(boxes.map((b) => b.id));
  return graph.connections.some((c) => (ids.has(c.from) || ids.has(c.to)) && c.label !== null && /replicat|failover|mirror/i.test(c.label));
}

function adjacency(graph: DiagramGraph): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>(graph.components.map((c) => [c.id, new Set<string>()]));
  for (const link of graph.connections) {
    next.get(link.from)?.add(link.to);
    next.get(link.to)?.add(link.from);
  }
  return next;
}

function reachable(next: Map<string, Set<string>>, from: Iterable<string>, without?: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...from].filter((id) => id !== without);
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of next.get(id) ?? []) if (n !== without && !seen.has(n)) stack.push(n);
  }
  return seen;
}

/**
 * Components every path from where requests enter (client boxes, or else boxes nothing points
 * at) to where data lives must cross: remove one and no entry reaches any store.
 */
function chokePoints(graph: DiagramGraph, actors: Set<string>, stores: Set<string>): string[] {
  const next = adjacency(graph);
  let entries = [...actors].filter((id) => (next.get(id)?.size ?? 0) > 0);
  if (entries.length === 0) {
    const pointedAt = new Set(graph.connections.filter((c) => c.directed).map((c) => c.to));
    entries = graph.components
      .filter((c) => !pointedAt.has(c.id) && graph.connections.some((l) => l.directed && l.from === c.id))
      .map((c) => c.id);
  }
  const sinks = [...stores].filter((id) => !entries.includes(id));
  if (entries.length === 0 || sinks.length === 0) return [];
  const reachesSink = (seen: Set<string>) => sinks.some((s) => seen.has(s));
  if (!reachesSink(reachable(next, entries))) return [];
  return graph.components
    .map((c) => c.id)
    .filter((id) => !entries.includes(id) && !sinks.includes(id) && !actors.has(id))
    .filter((id) => !reachesSink(reachable(next, entries, id)));
}

/** Reads a diagram against a problem's sheet. */
export function analyseDiagram(graph: DiagramGraph, problem: DesignSheet): DiagramAnalysis {
  const components: AnalysedComponent[] = graph.components.map((c) => {
    const match = matchComponent(c.label, problem);
    const role = match ? "component" : isActor(c.label) ? "actor" : "unknown";
    return { id: c.id, label: c.label, matched: match?.name ?? null, role };
  });

  const boxesFor = new Map<string, DiagramComponent[]>();
  components.forEach((c, i) => {
    if (c.matched) boxesFor.set(c.matched, [...(boxesFor.get(c.matched) ?? []), graph.components[i]]);
  });

  const present: PresentComponent[] = problem.components
    .filter((c) => boxesFor.has(c.name))
    .map((c) => ({
      name: c.name,
      required: c.required,
      labels: (boxesFor.get(c.name) ?? []).map((b) => b.label),
      storage: componentStorage(c),
    }));
  const missingRequired = problem.components.filter((c) => c.required && !boxesFor.has(c.name)).map((c) => c.name);
  const missingOptional = problem.components.filter((c) => !c.required && !boxesFor.has(c.name)).map((c) => c.name);
  const required = problem.components.filter((c) => c.required).length;
  const requiredCoverage = required === 0 ? 1 : (required - missingRequired.length) / required;

  // Expected data flows, read without direction: candidates draw reads and writes either way round.
  const next = adjacency(graph);
  const idsFor = (name: string) => (boxesFor.get(name) ?? []).map((b) => b.id);
  const presentLinks: ExpectedConnection[] = [];
  const missingLinks: MissingConnection[] = [];
  let waitingOnComponents = 0;
  for (const link of problem.connections) {
    const from = idsFor(link.from);
    const to = new Set(idsFor(link.to));
    if (from.length === 0 || to.size === 0) {
      waitingOnComponents++;
      continue;
    }
    const direct = from.some((id) => [...(next.get(id) ?? [])].some((n) => to.has(n)));
    if (direct) {
      presentLinks.push({ from: link.from, to: link.to, why: link.why });
    } else {
      const around = reachable(next, from);
      missingLinks.push({ from: link.from, to: link.to, why: link.why, indirect: [...to].some((id) => around.has(id)) });
    }
  }

  const storage: StoragePlacement[] = [];
  for (const p of present) if (p.storage) storage.push({ name: p.name, labels: p.labels, kind: p.storage });
  for (const c of components) {
    if (c.role !== "unknown") continue;
    const kind = storageKind(c.label);
    if (kind) storage.push({ name: null, labels: [c.label], kind });
  }

  const spofs = new Map<string, SinglePointOfFailure>();
  const flag = (id: string, name: string | null, label: string, reason: SinglePointOfFailure["reasons"][number]) => {
    const entry = spofs.get(id) ?? { name, label, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    spofs.set(id, entry);
  };
  for (const p of present) {
    if (!p.required || !p.storage || p.storage === "object_store") continue;
    const spec = problem.components.find((c) => c.name === p.name);
    const boxes = boxesFor.get(p.name) ?? [];
    if (spec && !hasRedundancyCue(spec, boxes, graph)) flag(boxes[0].id, p.name, boxes[0].label, "single_instance");
  }
  const actorIds = new Set(components.filter((c) => c.role === "actor").map((c) => c.id));
  const storeIds = new Set(
    components.filter((c) => (c.matched ? present.find((p) => p.name === c.matched)?.storage : storageKind(c.label)) != null).map((c) => c.id),
  );
  for (const id of chokePoints(graph, actorIds, storeIds)) {
    const c = components.find((x) => x.id === id);
    if (!c) continue;
    const spec = c.matched ? problem.components.find((x) => x.name === c.matched) : undefined;
    const boxes = c.matched ? (boxesFor.get(c.matched) ?? []) : [graph.components.find((x) => x.id === id) as DiagramComponent];
    const redundant = spec ? hasRedundancyCue(spec, boxes, graph) : REDUNDANCY.test(normalizeLabel(c.label));
    if (!redundant) flag(id, c.matched, c.label, "choke_point");
  }

  return {
    components,
    present,
    missingRequired,
    missingOptional,
    unknown: components.filter((c) => c.role === "unknown").map((c) => c.label),
    actors: components.filter((c) => c.role === "actor").map((c) => c.label),
    connections: { present: presentLinks, missing: missingLinks, waitingOnComponents },
    isolated: graph.components.filter((c) => (next.get(c.id)?.size ?? 0) === 0).map((c) => c.label),
    singlePointsOfFailure: [...spofs.values()],
    storage,
    scale: problem.scale.map((s) => `${s.metric}: ${s.value}`),
    requiredCoverage,
    unlabelledShapes: graph.unlabelledShapes,
    danglingConnections: graph.danglingConnections,
  };
}

// ---------------------------------------------------------------- text

/** A candidate's label, quoted, with nothing that could open or close a tag in a prompt. */
export function quoteLabel(label: string): string {
  return `"${label.replace(/[<>]/g, (c) => (c === "<" ? "‹" : "›")).replace(/"/g, "'")}"`;
}

const STORAGE_WORDS: Record<StorageKind, string> = {
  database: "durable store",
  cache: "cache",
  queue: "queue",
  object_store: "object storage",
};

/**
 * The diagram and its reading as plain structured text, for a model's prompt. Labels are the
 * candidate's own words and are quoted as data.
 */
export function describeDiagram(graph: DiagramGraph, analysis: DiagramAnalysis): string {
  if (graph.components.length === 0) {
    const extra = graph.unlabelledShapes > 0 ? ` (${graph.unlabelledShapes} unlabelled shape${graph.unlabelledShapes === 1 ? "" : "s"})` : "";
    return `The whiteboard has no labelled components yet${extra}.`;
  }
  const labelOf = new Map(graph.components.map((c) => [c.id, c.label]));
  const list = (items: string[], none = "none") => (items.length ? items.join("; ") : none);
  const lines: string[] = [];
  lines.push(
    `Components drawn (${graph.components.length}): ${list(
      analysis.components.map((c) =>
        c.matched ? `${quoteLabel(c.label)} = ${c.matched}` : c.role === "actor" ? `${quoteLabel(c.label)} (client/user)` : `${quoteLabel(c.label)} (not in the reference design)`,
      ),
    )}`,
  );
  lines.push(
    `Connections drawn (${graph.connections.length}): ${list(
      graph.connections.map((c) => {
        const arrow = c.directed ? "→" : "—";
        const label = c.label ? ` [${quoteLabel(c.label)}]` : "";
        return `${quoteLabel(labelOf.get(c.from) ?? "?")} ${arrow} ${quoteLabel(labelOf.get(c.to) ?? "?")}${label}`;
      }),
    )}`,
  );
  const required = analysis.present.filter((p) => p.required).length;
  const totalRequired = required + analysis.missingRequired.length;
  lines.push(`Required components present (${required} of ${totalRequired}): ${list(analysis.present.filter((p) => p.required).map((p) => p.name))}`);
  lines.push(`Required components missing: ${list(analysis.missingRequired)}`);
  lines.push(`Optional components present: ${list(analysis.present.filter((p) => !p.required).map((p) => p.name))}`);
  lines.push(`Optional components not drawn: ${list(analysis.missingOptional)}`);
  lines.push(`Boxes not in the reference design: ${list(analysis.unknown.map(quoteLabel))}`);
  lines.push(
    `Key connections drawn: ${list(analysis.connections.present.map((c) => `${c.from} — ${c.to}`))}`,
  );
  lines.push(
    `Key connections missing between drawn components: ${list(
      analysis.connections.missing.map((c) => `${c.from} — ${c.to}${c.indirect ? " (only joined through other components)" : ""}`),
    )}${analysis.connections.waitingOnComponents ? ` (${analysis.connections.waitingOnComponents} more need components not drawn yet)` : ""}`,
  );
  lines.push(
    `Single points of failure: ${list(
      analysis.singlePointsOfFailure.map((s) => {
        const what = s.name ? `${quoteLabel(s.label)} (${s.name})` : quoteLabel(s.label);
        const why = s.reasons
          .map((r) => (r === "single_instance" ? "one instance, no replica, cluster or shard shown" : "every request path goes through it"))
          .join(", ");
        return `${what}: ${why}`;
      }),
    )}`,
  );
  lines.push(
    `Where data lives: ${list(
      analysis.storage.map((s) => `${s.labels.map(quoteLabel).join(", ")} (${s.name ? `${s.name}, ` : ""}${STORAGE_WORDS[s.kind]})`),
      "no storage drawn yet",
    )}`,
  );
  if (analysis.isolated.length) lines.push(`Not connected to anything: ${list(analysis.isolated.map(quoteLabel))}`);
  if (graph.unlabelledShapes || graph.danglingConnections) {
    lines.push(`Unlabelled shapes: ${graph.unlabelledShapes}; arrows that reach no component: ${graph.danglingConnections}`);
  }
  lines.push(`Scale to check the design against:\n${analysis.scale.map((s) => `- ${s}`).join("\n")}`);
  return lines.join("\n");
}
