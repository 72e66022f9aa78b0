import type { Report } from "@/lib/api/schemas";

/**
 * A small PDF 1.4 writer for interview reports: A4 pages, the standard Helvetica and Courier
 * fonts (no embedding needed, WinAnsi encoding), text with word wrap, rules and filled bars.
 * Streams are left uncompressed so the file stays readable and easy to check.
 */

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 50;
const CONTENT_W = PAGE_W - 2 * MARGIN;

type FontKey = "F1" | "F2" | "F3"; // Helvetica, Helvetica-Bold, Courier
const FONT_NAMES: Record<FontKey, string> = { F1: "Helvetica", F2: "Helvetica-Bold", F3: "Courier" };

// Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard AFM.
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Unicode characters WinAnsi has at another code than Latin-1 (or spells differently). */
const WIN_ANSI: Record<string, number> = {
  "\u2018": 0x91, "\u2019": 0x92, "\u201c": 0x93, "\u201d": 0x94, "\u2022": 0x95, "\u2013": 0x96, "\u2014": 0x97,
  "\u2026": 0x85, "\u20ac": 0x80, "\u2122": 0x99,
};
const REPLACE: Record<string, string> = { "\u2212": "-", "\u2192": "->", "\u2190": "<-", "\u2264": "<=", "\u2265": ">=", "\u00d7": "x", "\u2713": "+", "\u2717": "x" };

/** The text as WinAnsi codes; what the standard fonts cannot show becomes "?". Tabs become spaces. */
export function toWinAnsi(text: string): number[] {
  const out: number[] = [];
  for (const ch of text.replace(/\t/g, "    ")) {
    const sub = REPLACE[ch];
    if (sub) {
      for (const c of sub) out.push(c.charCodeAt(0));
      continue;
    }
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code <= 0x7e) out.push(code);
    else if (code >= 0xa0 && code <= 0xff) out.push(code);
    else if (WIN_ANSI[ch] !== undefined) out.push(WIN_ANSI[ch]);
    else if (code < 0x20) continue;
    else out.push(0x3f);
  }
  return out;
}

function charWidth(code: number, font: FontKey): number {
  if (font === "F3") return 600;
  const base = code >= 32 && code <= 126 ? HELVETICA_WIDTHS[code - 32] : 556;
  return font === "F2" ? base * 1.06 : base;
}

export function textWidth(text: string, font: FontKey, size: number): number {
  return (toWinAnsi(text).reduce((sum, c) => sum + charWidth(c, font), 0) * size) / 1000;
}

/** A PDF literal string: parentheses and backslashes escaped, bytes past ASCII as octal. */
function pdfString(text: string): string {
  let s = "(";
  for (const c of toWinAnsi(text)) {
    if (c === 0x28 || c === 0x29 || c === 0x5c) s += "\\" + String.fromCharCode(c);
    else if (c >= 0x20 && c <= 0x7e) s += String.fromCharCode(c);
    else s += "\\" + c.toString(8).padStart(3, "0");
  }
  return s + ")";
}

/** Splits text into lines no wider than `width`, breaking at spaces (and inside over-long words). */
export function wrapText(text: string, font: FontKey, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/ +/);
    let line = "";
    for (let word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, font, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A word longer than the line is cut where it no longer fits.
      while (textWidth(word, font, size) > width && word.length > 1) {
        let cut = word.length - 1;
        while (cut > 1 && textWidth(word.slice(0, cut), font, size) > width) cut--;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
    }
    lines.push(line);
  }
  return lines;
}

type Rgb = [number, number, number];
const fmt = (n: number) => (Math.round(n * 100) / 100).toString();
const rgb = ([r, g, b]: Rgb) => `${fmt(r)} ${fmt(g)} ${fmt(b)}`;

export const COLORS = {
  text: [0.1, 0.1, 0.12] as Rgb,
  muted: [0.38, 0.38, 0.42] as Rgb,
  rule: [0.82, 0.82, 0.85] as Rgb,
  track: [0.91, 0.91, 0.93] as Rgb,
  good: [0.06, 0.6, 0.4] as Rgb,
  fair: [0.85, 0.55, 0.05] as Rgb,
  poor: [0.8, 0.2, 0.2] as Rgb,
  accent: [0.31, 0.27, 0.9] as Rgb,
};

/** Lays out a document top to bottom, starting new pages as it fills them. */
export class PdfDocument {
  private pages: string[][] = [];
  private y = 0;
  private ops: string[] = [];

  constructor(
    private readonly meta: { title: string; author?: string; subject?: string } = { title: "Report" },
  ) {
    this.newPage();
  }

  newPage(): void {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = PAGE_H - MARGIN;
  }

  /** Starts a new page unless `height` more points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  get cursor(): number {
    return this.y;
  }

  /** Wrapped text at the cursor; returns the number of lines written. */
  text(
    text: string,
    opts: { font?: FontKey; size?: number; color?: Rgb; indent?: number; width?: number; leading?: number } = {},
  ): number {
    const font = opts.font ?? "F1";
    const size = opts.size ?? 10;
    const leading = opts.leading ?? size * 1.35;
    const indent = opts.indent ?? 0;
    const lines = wrapText(text, font, size, (opts.width ?? CONTENT_W) - indent);
    for (const line of lines) {
      this.ensure(leading);
      this.y -= leading;
      this.ops.push(`BT /${font} ${fmt(size)} Tf ${rgb(opts.color ?? COLORS.text)} rg ${fmt(MARGIN + indent)} ${fmt(this.y + size * 0.25)} Td ${pdfString(line)} Tj ET`);
    }
    return lines.length;
  }

  /** One line of text at an absolute x on the current baseline row (no wrapping, no cursor move). */
  textAt(text: string, x: number, opts: { font?: FontKey; size?: number; color?: Rgb; align?: "left" | "right" } = {}): void {
    const font = opts.font ?? "F1";
    const size = opts.size ?? 10;
    const left = opts.align === "right" ? x - textWidth(text, font, size) : x;
    this.ops.push(`BT /${font} ${fmt(size)} Tf ${rgb(opts.color ?? COLORS.text)} rg ${fmt(MARGIN + left)} ${fmt(this.y + size * 0.25)} Td ${pdfString(text)} Tj ET`);
  }

  /** A horizontal rule across the content width. */
  rule(color: Rgb = COLORS.rule): void {
    this.ensure(8);
    this.y -= 4;
    this.ops.push(`${rgb(color)} RG 0.75 w ${fmt(MARGIN)} ${fmt(this.y)} m ${fmt(PAGE_W - MARGIN)} ${fmt(this.y)} l S`);
    this.y -= 4;
  }

  /** A filled rectangle relative to the content box's left edge, `y` below the cursor's top. */
  rect(x: number, yFromCursor: number, w: number, h: number, color: Rgb): void {
    this.ops.push(`${rgb(color)} rg ${fmt(MARGIN + x)} ${fmt(this.y - yFromCursor - h)} ${fmt(w)} ${fmt(h)} re f`);
  }

  /** A labelled bar: label left, a track with a filled share of `value`/`max`, the value on the right. */
  bar(label: string, value: number, max = 100, color: Rgb = COLORS.accent): void {
    const h = 16;
    this.ensure(h + 4);
    this.y -= h;
    const labelW = 170;
    const trackW = CONTENT_W - labelW - 50;
    this.textAt(label, 0, { size: 10 });
    const share = Math.max(0, Math.min(1, value / max));
    this.rect(labelW, -10, trackW, 8, COLORS.track);
    if (share > 0) this.rect(labelW, -10, trackW * share, 8, color);
    this.textAt(`${Math.round(value)}`, CONTENT_W, { size: 10, font: "F2", align: "right" });
    this.y -= 4;
  }

  heading(text: string, size = 14): void {
    this.ensure(size * 3);
    this.space(size * 0.6);
    this.text(text, { font: "F2", size });
    this.space(2);
  }

  /** The finished file. */
  toBytes(): Uint8Array {
    const objects: string[] = [];
    const add = (body: string) => {
      objects.push(body);
      return objects.length;
    };
    const catalog = add(""); // filled in below
    const pagesId = add("");
    const fontIds = (Object.keys(FONT_NAMES) as FontKey[]).map((k) =>
      add(`<< /Type /Font /Subtype /Type1 /BaseFont /${FONT_NAMES[k]} /Encoding /WinAnsiEncoding >>`),
    );
    const fontDict = (Object.keys(FONT_NAMES) as FontKey[]).map((k, i) => `/${k} ${fontIds[i]} 0 R`).join(" ");
    const pageIds: number[] = [];
    this.pages.forEach((ops, i) => {
      const footer = `BT /F1 8 Tf ${rgb(COLORS.muted)} rg ${fmt(MARGIN)} ${fmt(MARGIN / 2)} Td ${pdfString(`${this.meta.title} - page ${i + 1} of ${this.pages.length}`)} Tj ET`;
      const content = [...ops, footer].join("\n");
      const contentId = add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
      pageIds.push(
        add(
          `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${fmt(PAGE_W)} ${fmt(PAGE_H)}] /Resources << /Font << ${fontDict} >> >> /Contents ${contentId} 0 R >>`,
        ),
      );
    });
    objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
    objects[pagesId - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
    const info = add(
      `<< /Title ${pdfString(this.meta.title)} /Producer (Interview Coach)${this.meta.author ? ` /Author ${pdfString(this.meta.author)}` : ""}${this.meta.subject ? ` /Subject ${pdfString(this.meta.subject)}` : ""} /CreationDate (D:${new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z) >>`,
    );

    // Every string above is Latin-1 (pdfString escapes past ASCII), so offsets are byte offsets.
    let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      offsets.push(Buffer.byteLength(out, "latin1"));
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xrefAt = Buffer.byteLength(out, "latin1");
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return new Uint8Array(Buffer.from(out, "latin1"));
  }
}

// ---- the interview report ---------------------------------------------------------------

export interface ReportPdfInput {
  title: string;
  kind: "coding" | "system_design";
  difficulty: string | null;
  language: string | null;
  candidate: string;
  status: string;
  startedAt: string;
  endedAt: string | null;
  report: Report | null;
  finalCode: string | null;
  messages: { role: string; content: string; timestamp: string }[];
  team?: string | null;
}

const VERDICT: Record<string, string> = {
  hire: "Hire",
  lean_hire: "Lean hire",
  lean_no_hire: "Lean no hire",
  no_hire: "No hire",
};

const tone = (score: number): Rgb => (score >= 70 ? COLORS.good : score >= 40 ? COLORS.fair : COLORS.poor);

function minutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, "0")} s` : `${s} s`;
}

const when = (iso: string) => iso.replace("T", " ").slice(0, 16) + " UTC";

/** The interview's report as a PDF: score, recommendation, rubric with evidence, complexity, code and transcript. */
export function buildReportPdf(input: ReportPdfInput): Uint8Array {
  const doc = new PdfDocument({ title: `Interview report: ${input.title}`, subject: input.candidate, author: input.team ?? undefined });
  const r = input.report;

  doc.text("Interview report", { font: "F2", size: 20, leading: 26 });
  doc.text(input.title, { font: "F2", size: 13, color: COLORS.accent });
  doc.space(4);
  const facts = [
    `Candidate: ${input.candidate}`,
    input.team ? `Team: ${input.team}` : null,
    `Kind: ${input.kind === "system_design" ? "System design" : "Coding"}${input.difficulty ? ` (${input.difficulty})` : ""}${input.language ? `, ${input.language}` : ""}`,
    `Started: ${when(input.startedAt)}${input.endedAt ? `  -  Ended: ${when(input.endedAt)}` : ""}`,
    `Status: ${input.status.replace(/_/g, " ")}`,
  ].filter((l): l is string => l !== null);
  for (const f of facts) doc.text(f, { size: 10, color: COLORS.muted });
  doc.rule();

  if (!r) {
    doc.heading("No report yet");
    doc.text("This interview has not ended, so it has no score or rubric yet. The transcript so far follows.");
  } else {
    doc.heading("Score");
    doc.text(`${Math.round(r.score)} / 100`, { font: "F2", size: 24, leading: 30, color: tone(r.score) });
    const stats = [
      r.tests_total > 0 ? `Tests passed: ${r.tests_passed}/${r.tests_total}` : null,
      `Attempts: ${r.code_attempts}`,
      `Hints used: ${r.hints_used}`,
      `Time: ${minutes(r.time_spent_seconds)}`,
    ].filter(Boolean);
    doc.text(stats.join("   |   "), { size: 10, color: COLORS.muted });
    if (r.recommendation) {
      doc.heading("Recommendation", 12);
      doc.text(VERDICT[r.recommendation.verdict] ?? r.recommendation.verdict, { font: "F2", size: 12 });
      for (const reason of r.recommendation.reasons) doc.text(`\u2022 ${reason}`, { indent: 10 });
    }
    if (r.summary) {
      doc.heading("Summary", 12);
      doc.text(r.summary);
    }

    if (r.rubric.length > 0) {
      doc.heading("Rubric");
      for (const d of r.rubric) doc.bar(`${d.label} (${Math.round(d.weight * 100)}%)`, d.score, 100, tone(d.score));
      doc.space(6);
      doc.text("Evidence", { font: "F2", size: 11 });
      for (const d of r.rubric) {
        if (d.evidence.length === 0) continue;
        doc.ensure(40);
        doc.space(3);
        doc.text(`${d.label}: ${Math.round(d.score)}`, { font: "F2", size: 10 });
        for (const e of d.evidence) doc.text(`${e.positive ? "+" : "-"} ${e.text}`, { indent: 10, size: 9.5, color: e.positive ? COLORS.text : COLORS.poor });
      }
    }

    doc.heading("Complexity");
    if (r.complexity) {
      const c = r.complexity;
      doc.text(c.summary);
      doc.text(
        `Measured time: ${c.time.best_fit} (confidence ${Math.round(c.time.confidence * 100)}%)   |   Optimal: ${c.optimal_time}`,
        { size: 10, color: COLORS.muted },
      );
      doc.text(
        c.memory
          ? `Measured memory: ${c.memory.best_fit} (confidence ${Math.round(c.memory.confidence * 100)}%)   |   Optimal: ${c.optimal_space}`
          : `Memory growth not measured in ${c.language}   |   Optimal space: ${c.optimal_space}`,
        { size: 10, color: COLORS.muted },
      );
      if (c.time.points.length > 0) {
        doc.text(`Timings: ${c.time.points.map((p) => `n=${p.n}: ${p.ms.toFixed(1)} ms`).join(", ")}`, { size: 9, color: COLORS.muted });
      }
    } else {
      doc.text("Not measured for this interview.", { color: COLORS.muted });
    }

    if (r.strengths.length || r.improvements.length) {
      doc.heading("Strengths and improvements", 12);
      for (const s of r.strengths) doc.text(`+ ${s}`, { indent: 4 });
      for (const s of r.improvements) doc.text(`- ${s}`, { indent: 4 });
    }
    if (r.feedback) {
      doc.heading("Interviewer's feedback", 12);
      doc.text(r.feedback.replace(/[*_`#>]+/g, ""));
    }
  }

  if (input.finalCode) {
    doc.heading("Final code");
    for (const line of input.finalCode.split(/\r?\n/).slice(0, 400)) doc.text(line || " ", { font: "F3", size: 8.5, leading: 10.5 });
  }

  doc.heading("Transcript");
  const shown = input.messages.filter((m) => m.role !== "system");
  if (shown.length === 0) doc.text("No messages.", { color: COLORS.muted });
  for (const m of shown) {
    doc.ensure(30);
    doc.space(3);
    doc.text(`${m.role === "ai" ? "Interviewer" : "Candidate"}  ${m.timestamp.slice(11, 19)}`, { font: "F2", size: 9.5, color: m.role === "ai" ? COLORS.accent : COLORS.text });
    doc.text(m.content, { size: 9.5, indent: 8 });
  }
  return doc.toBytes();
}
