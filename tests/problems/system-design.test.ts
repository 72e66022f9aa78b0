import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  SystemDesignFileSchema,
  SystemDesignLoadError,
  isSystemDesignDir,
  loadSystemDesignBank,
  loadSystemDesignDir,
  matchComponent,
  normalizeLabel,
  type SystemDesignProblem,
} from "@/lib/problems/system-design";

const ROOT = path.join(process.cwd(), "problems");
const SLUGS = [
  [46, "url-shortener", "medium"],
  [47, "rate-limiter", "medium"],
  [48, "chat-service", "hard"],
  [49, "news-feed", "hard"],
  [50, "notification-system", "medium"],
  [51, "distributed-key-value-store", "hard"],
] as const;

const load = (slug: string) => loadSystemDesignDir(path.join(ROOT, slug));

describe("the system-design problems", () => {
  const problems = SLUGS.map(([, slug]) => load(slug));

  it("are the six folders, ids 46–51, each loaded from design.json and brief.md", () => {
    expect(problems.map((p) => [p.id, p.slug, p.difficulty])).toEqual(SLUGS.map((s) => [...s]));
    expect(loadSystemDesignBank(ROOT).map((p) => p.slug)).toEqual(SLUGS.map(([, slug]) => slug));
    for (const p of problems) {
      expect(p.kind).toBe("system_design");
      expect(p.category).toBe("System Design");
      expect(p.dir).toBe(path.join(ROOT, p.slug));
      expect(isSystemDesignDir(p.dir)).toBe(true);
      expect(fs.existsSync(path.join(p.dir, "problem.json"))).toBe(false);
    }
    expect(isSystemDesignDir(path.join(ROOT, "two-sum"))).toBe(false);
  });

  it.each(SLUGS.map(([, slug]) => slug))("%s has the content a senior interview needs", (slug) => {
    const p = problems.find((q) => q.slug === slug) as SystemDesignProblem;
    expect(p.estimatedMinutes).toBe(p.difficulty === "hard" ? 60 : 45);
    expect(p.components.length).toBeGreaterThanOrEqual(7);
    expect(p.components.length).toBeLessThanOrEqual(12);
    expect(p.components.filter((c) => c.required).length).toBeGreaterThanOrEqual(4);
    expect(p.connections.length).toBeGreaterThanOrEqual(p.components.length - 1);
    expect(p.followUps.length).toBeGreaterThanOrEqual(6);
    expect(p.pitfalls.length).toBeGreaterThanOrEqual(6);
    expect(p.deepDives.length).toBeGreaterThanOrEqual(3);
    expect(p.hints.map((h) => h.level)).toEqual(["soft", "medium", "hard"]);
    // Back-of-the-envelope figures: every scale entry has a number, most show the arithmetic.
    expect(p.scale.length).toBeGreaterThanOrEqual(5);
    for (const s of p.scale) expect(s.value).toMatch(/\d/);
    expect(p.scale.filter((s) => /[≈×÷=]/.test(s.value)).length).toBeGreaterThanOrEqual(4);
    // Every component lies on the whiteboard somewhere, and each is findable by its own name and aliases.
    const onDiagram = new Set(p.connections.flatMap((c) => [c.from, c.to]));
    for (const c of p.components) {
      expect(onDiagram.has(c.name), c.name).toBe(true);
      expect(c.aliases.length, c.name).toBeGreaterThanOrEqual(3);
      expect(matchComponent(c.name, p)?.name).toBe(c.name);
      for (const a of c.aliases) expect(matchComponent(a, p)?.name, a).toBe(c.name);
    }
    // The brief: 2–4 paragraphs of prose, no heading.
    const paragraphs = p.brief.split(/\n\s*\n/);
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(paragraphs.length).toBeLessThanOrEqual(4);
    expect(p.brief).not.toMatch(/^#/m);
  });

  it("validate against the schema on their own", () => {
    for (const [, slug] of SLUGS) {
      const data = JSON.parse(fs.readFileSync(path.join(ROOT, slug, "design.json"), "utf8"));
      expect(SystemDesignFileSchema.safeParse(data).success, slug).toBe(true);
    }
  });

  it("have unique ids among themselves and with the coding problems", () => {
    const ids = new Map<number, string>();
    for (const d of fs.readdirSync(ROOT)) {
      const file = ["problem.json", "design.json"].map((f) => path.join(ROOT, d, f)).find((f) => fs.existsSync(f));
      if (!file) continue;
      const { id } = JSON.parse(fs.readFileSync(file, "utf8")) as { id: number };
      expect(ids.get(id), `${d} reuses id ${id}`).toBeUndefined();
      ids.set(id, d);
    }
  });
});

describe("loading a broken system-design folder", () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
  });

  /** A copy of problems/<slug> in a temp dir (under folder name `as`), with design.json edited by `edit`. */
  function brokenCopy(edit: (design: Record<string, any>) => void, { slug = "url-shortener", as }: { slug?: string; as?: string } = {}): string {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "system-design-"));
    temps.push(tmp);
    const dir = path.join(tmp, as ?? slug);
    fs.cpSync(path.join(ROOT, slug), dir, { recursive: true });
    const file = path.join(dir, "design.json");
    const design = JSON.parse(fs.readFileSync(file, "utf8"));
    edit(design);
    fs.writeFileSync(file, JSON.stringify(design, null, 2));
    return dir;
  }

  function loadError(dir: string): string {
    try {
      loadSystemDesignDir(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(SystemDesignLoadError);
      return (e as Error).message;
    }
    throw new Error(`${dir} loaded without an error`);
  }

  it("an unchanged copy loads", () => {
    expect(loadSystemDesignDir(brokenCopy(() => {})).components).toHaveLength(11);
  });

  it("a missing field names the file and the field: Required", () => {
    const message = loadError(brokenCopy((d) => delete d.components[2].name));
    expect(message).toContain("url-shortener/design.json: components.2.name: Required");
    expect(loadError(brokenCopy((d) => delete d.requirements))).toContain("url-shortener/design.json: requirements: Required");
    expect(loadError(brokenCopy((d) => delete d.hints[0].level))).toContain("url-shortener/design.json: hints.0.level: Required");
  });

  it("too few entries, a wrong kind or category, a bad type", () => {
    expect(loadError(brokenCopy((d) => d.components.splice(4)))).toMatch(/design\.json: components: Too small: expected array to have >=5 items/);
    expect(loadError(brokenCopy((d) => (d.requirements.functional = ["Shorten URLs"])))).toContain("design.json: requirements.functional: Too small");
    expect(loadError(brokenCopy((d) => (d.kind = "coding")))).toContain('design.json: kind: Invalid input: expected "system_design"');
    expect(loadError(brokenCopy((d) => (d.category = "Design")))).toContain('design.json: category: Invalid input: expected "System Design"');
    expect(loadError(brokenCopy((d) => (d.id = "46")))).toContain("design.json: id: Invalid input: expected number, received string");
    expect(loadError(brokenCopy((d) => (d.components[0].required = "yes")))).toContain("design.json: components.0.required: Invalid input: expected boolean");
  });

  it("unknown keys are rejected, naming each one", () => {
    const message = loadError(
      brokenCopy((d) => {
        d.components[0].colour = "blue";
        d.owner = "me";
      }),
    );
    expect(message).toContain("url-shortener/design.json: components.0.colour: unknown field");
    expect(message).toContain("url-shortener/design.json: owner: unknown field");
  });

  it("a connection to a component that is not declared", () => {
    const message = loadError(brokenCopy((d) => (d.connections[3].to = "Key Generator Svc")));
    expect(message).toContain('url-shortener/design.json: connections.3.to: "Key Generator Svc" is not a declared component');
    // An alias instead of the name: the message suggests the name.
    const alias = loadError(brokenCopy((d) => (d.connections[0].from = "Cloudfront")));
    expect(alias).toContain('url-shortener/design.json: connections.0.from: "Cloudfront" is not a declared component (did you mean "CDN"?)');
  });

  it("a connection from a component to itself, and one listed twice", () => {
    expect(loadError(brokenCopy((d) => (d.connections[1].to = d.connections[1].from)))).toContain(
      'design.json: connections.1.to: connects "Load Balancer" to itself',
    );
    expect(loadError(brokenCopy((d) => d.connections.push({ ...d.connections[2], why: "again" })))).toContain(
      'design.json: connections.11: "URL Service" → "Rate Limiter" is listed twice',
    );
  });

  it("a required component no connection mentions", () => {
    const message = loadError(
      brokenCopy((d) => (d.connections = d.connections.filter((c: { from: string; to: string }) => c.to !== "Cache" && c.from !== "Cache"))),
    );
    expect(message).toContain('url-shortener/design.json: components.4.required: "Cache" is required but no connection mentions it');
  });

  it("a duplicate alias, across components, ignoring case and punctuation", () => {
    // The later of the two is reported, naming the earlier. components.4 is the Cache (alias "redis"),
    // components.5 the URL Database, components.6 the Rate Limiter, components.8 the Click Aggregator.
    const message = loadError(brokenCopy((d) => d.components[8].aliases.push("redis")));
    expect(message).toMatch(/url-shortener\/design\.json: components\.8\.aliases\.6: alias "redis" clashes with the alias "redis" of components\.4 "Cache"/);
    const punctuated = loadError(brokenCopy((d) => d.components[6].aliases.push("key-value store")));
    expect(punctuated).toContain('design.json: components.6.aliases.4: alias "key-value store" clashes with the alias "key value store" of components.5 "URL Database"');
    const name = loadError(brokenCopy((d) => d.components[7].aliases.push("url service")));
    expect(name).toContain('design.json: components.7.aliases.7: alias "url service" clashes with the name "URL Service" of components.2 "URL Service"');
    const own = loadError(brokenCopy((d) => d.components[0].aliases.push("c.d.n.")));
    expect(own).toContain('design.json: components.0.aliases.6: alias "c.d.n." repeats this component\'s name "CDN"');
  });

  it("duplicate component names, and aliases that are not lowercase", () => {
    expect(loadError(brokenCopy((d) => (d.components[6].name = "cache")))).toContain(
      'design.json: components.6.name: name "cache" clashes with the name "Cache" of components.4 "Cache"',
    );
    expect(loadError(brokenCopy((d) => (d.components[4].aliases[0] = "Redis")))).toContain("design.json: components.4.aliases.0: must be lowercase");
  });

  it("hints in the wrong order, or not exactly three", () => {
    const message = loadError(brokenCopy((d) => (d.hints = [d.hints[0], d.hints[2], d.hints[1]])));
    expect(message).toContain('url-shortener/design.json: hints.1.level: must be "medium"');
    expect(message).toContain('url-shortener/design.json: hints.2.level: must be "hard"');
    expect(loadError(brokenCopy((d) => d.hints.pop()))).toContain(
      "url-shortener/design.json: hints: must be exactly three hints, in the order soft, medium, hard",
    );
    expect(loadError(brokenCopy((d) => d.hints.push(d.hints[2])))).toContain("design.json: hints: must be exactly three hints");
  });

  it("a slug that does not match its folder", () => {
    const message = loadError(brokenCopy(() => {}, { as: "short-links" }));
    expect(message).toContain('short-links/design.json: slug: "url-shortener" must match its folder name "short-links"');
  });

  it("reports every problem at once, one line each", () => {
    const message = loadError(
      brokenCopy(
        (d) => {
          delete d.title;
          d.hints.reverse();
        },
        { as: "tiny-urls" },
      ),
    );
    const lines = message.split("\n");
    expect(lines[0]).toContain('tiny-urls/design.json: slug: "url-shortener" must match its folder name "tiny-urls"');
    expect(lines.some((l) => l.endsWith("tiny-urls/design.json: title: Required"))).toBe(true);
    expect(lines.filter((l) => /hints\.\d\.level/.test(l))).toHaveLength(2);
  });

  it("missing, invalid or empty files", () => {
    const noDesign = brokenCopy(() => {});
    fs.writeFileSync(path.join(noDesign, "design.json"), "{ not json");
    expect(loadError(noDesign)).toMatch(/url-shortener\/design\.json: not valid JSON/);
    fs.rmSync(path.join(noDesign, "design.json"));
    expect(loadError(noDesign)).toMatch(/url-shortener\/design\.json: missing$/);

    const noBrief = brokenCopy(() => {});
    fs.rmSync(path.join(noBrief, "brief.md"));
    expect(loadError(noBrief)).toMatch(/url-shortener\/brief\.md: missing$/);
    fs.writeFileSync(path.join(noBrief, "brief.md"), "  \n");
    expect(loadError(noBrief)).toMatch(/url-shortener\/brief\.md: is empty$/);
    fs.writeFileSync(path.join(noBrief, "brief.md"), "# Design a URL Shortener\n\nBuild it.\n");
    expect(loadError(noBrief)).toMatch(/url-shortener\/brief\.md: starts with a heading/);

    const both = brokenCopy(() => {});
    fs.copyFileSync(path.join(ROOT, "two-sum", "problem.json"), path.join(both, "problem.json"));
    expect(loadError(both)).toMatch(/url-shortener\/problem\.json: a folder holds either problem\.json or design\.json, not both/);
  });

  it("a bank with two folders using one id", () => {
    const dir = brokenCopy((d) => (d.id = 47), { slug: "url-shortener" });
    const root = path.dirname(dir);
    fs.cpSync(path.join(ROOT, "rate-limiter"), path.join(root, "rate-limiter"), { recursive: true });
    fs.cpSync(path.join(ROOT, "two-sum"), path.join(root, "two-sum"), { recursive: true });
    expect(() => loadSystemDesignBank(root)).toThrow(/design\.json: id: 47 is already used by/);
  });
});

describe("matchComponent", () => {
  const byslug = Object.fromEntries(SLUGS.map(([, slug]) => [slug, load(slug)]));
  const match = (slug: string, label: string) => matchComponent(label, byslug[slug])?.name;

  it("matches a name or an alias ignoring case, punctuation and spacing", () => {
    expect(match("url-shortener", "LB")).toBe("Load Balancer");
    expect(match("url-shortener", "load-balancer")).toBe("Load Balancer");
    expect(match("url-shortener", "LoadBalancer")).toBe("Load Balancer");
    expect(match("url-shortener", "  NGINX ")).toBe("Load Balancer");
    expect(match("url-shortener", "KGS")).toBe("Key Generation Service");
    expect(match("rate-limiter", "API-Gateway")).toBe("API Gateway");
    expect(match("rate-limiter", "RateLimiter")).toBe("Rate Limiter Middleware");
    expect(match("rate-limiter", "Redis Cluster")).toBe("Counter Store");
    expect(match("distributed-key-value-store", "WAL")).toBe("Write-Ahead Log");
    expect(match("distributed-key-value-store", "write ahead log")).toBe("Write-Ahead Log");
    expect(match("notification-system", "Twilio")).toBe("SMS Provider");
  });

  it("matches a label that contains a name or an alias as whole words, preferring the longest", () => {
    expect(match("url-shortener", "Redis cache")).toBe("Cache");
    expect(match("url-shortener", "Cassandra DB")).toBe("URL Database");
    expect(match("url-shortener", "Kafka (click events)")).toBe("Analytics Queue");
    expect(match("news-feed", "Timeline cache (Redis)")).toBe("Feed Cache");
    expect(match("news-feed", "API gateway / LB")).toBe("Load Balancer");
    expect(match("chat-service", "Push Notification Service (APNs/FCM)")).toBe("Push Notification Service");
    expect(match("chat-service", "S3 bucket")).toBe("Object Storage");
    expect(match("chat-service", "Media store (S3)")).toBe("Object Storage");
    expect(match("chat-service", "Media upload service")).toBe("Media Service");
    expect(match("notification-system", "Push notification service")).toBe("Push Provider");
    expect(match("notification-system", "Notification Service")).toBe("Notification API");
    expect(match("distributed-key-value-store", "Coordinator node")).toBe("Coordinator");
    expect(match("distributed-key-value-store", "Consistent hashing ring")).toBe("Partitioner");
    expect(match("distributed-key-value-store", "Gossip protocol (membership)")).toBe("Membership Service");
  });

  it("takes plural labels and words run together or split apart", () => {
    expect(match("url-shortener", "App servers")).toBe("URL Service");
    expect(match("news-feed", "Fan-out workers")).toBe("Fan-out Service");
    expect(match("news-feed", "fanout")).toBe("Fan-out Service");
    expect(match("chat-service", "WebSocket servers")).toBe("Chat Gateway");
    expect(match("chat-service", "Websocket-Gateways")).toBe("Chat Gateway");
    expect(match("notification-system", "SMS workers")).toBe("Channel Workers");
    expect(match("distributed-key-value-store", "Merkle trees")).toBe("Anti-Entropy Repair");
    expect(match("distributed-key-value-store", "Storage nodes")).toBe("Storage Node");
  });

  it("finds nothing for unrelated labels, parts of words, or punctuation only", () => {
    expect(match("url-shortener", "Blockchain")).toBeUndefined();
    expect(match("url-shortener", "Redistribution")).toBeUndefined();
    expect(match("url-shortener", "dbx")).toBeUndefined();
    expect(match("url-shortener", "")).toBeUndefined();
    expect(match("url-shortener", "-->")).toBeUndefined();
  });

  it("normalizes labels the way it compares them", () => {
    expect(normalizeLabel("  API-Gateway / v2 ")).toBe("api gateway v2");
    expect(normalizeLabel("K/V store")).toBe("k v store");
  });
});
