"use client";

import * as React from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { Check, Copy } from "lucide-react";
import { cn } from "@/components/ui/utils";
import { highlightCode } from "./highlight";

/**
 * The real Markdown renderer (react-markdown + GFM). Loaded after the page is interactive by
 * components/markdown.tsx, which shows the plain text until this module has arrived.
 */

function codeText(children: React.ReactNode): string {
  if (typeof children === "string") return children;
  if (Array.isArray(children)) return children.map(codeText).join("");
  return "";
}

function CodeBlock({ children }: { children?: React.ReactNode }) {
  const ref = React.useRef<HTMLPreElement>(null);
  const [copied, setCopied] = React.useState(false);
  const child = React.Children.toArray(children)[0] as React.ReactElement<{ className?: string; children?: React.ReactNode }> | undefined;
  const lang = child?.props?.className?.match(/language-([\w+#-]+)/)?.[1];
  const source = codeText(child?.props?.children).replace(/\n$/, "");
  const copy = async () => {
    const text = ref.current?.textContent ?? source;
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      /* clipboard blocked */
    }
  };
  return (
    <div className="group/code relative" data-testid="code-block">
      {lang ? (
        <span className="absolute left-3 top-1.5 select-none text-[0.6875rem] uppercase tracking-wide text-muted-foreground">
          {lang}
        </span>
      ) : null}
      <button
        type="button"
        onClick={copy}
        className="absolute right-1.5 top-1.5 inline-flex items-center gap-1 rounded-md border border-border bg-surface px-1.5 py-0.5 text-[0.6875rem] text-muted-foreground opacity-0 transition-opacity duration-150 hover:text-foreground focus-visible:opacity-100 group-hover/code:opacity-100 [@media(hover:none)]:opacity-100"
        aria-label={copied ? "Copied" : "Copy code"}
      >
        {copied ? <Check className="size-3" aria-hidden /> : <Copy className="size-3" aria-hidden />}
        {copied ? "Copied" : "Copy"}
      </button>
      <pre ref={ref} className={cn(lang && "pt-6")}>
        <code className={child?.props?.className} data-language={lang}>
          {highlightCode(source, lang)}
        </code>
      </pre>
    </div>
  );
}

/** `:smile:`-style shortcodes people type out of habit, as the emoji they stand for. */
const SHORTCODES: Record<string, string> = {
  smile: "😄",
  slightly_smiling_face: "🙂",
  grin: "😁",
  wink: "😉",
  thinking: "🤔",
  thinking_face: "🤔",
  "+1": "👍",
  thumbsup: "👍",
  "-1": "👎",
  thumbsdown: "👎",
  clap: "👏",
  tada: "🎉",
  rocket: "🚀",
  fire: "🔥",
  bulb: "💡",
  warning: "⚠️",
  white_check_mark: "✅",
  heavy_check_mark: "✔️",
  x: "❌",
  star: "⭐",
  eyes: "👀",
  sparkles: "✨",
  heart: "❤️",
  ok_hand: "👌",
  wave: "👋",
  muscle: "💪",
  hourglass: "⌛",
  question: "❓",
};

type MdNode = { type: string; value?: string; children?: MdNode[] };

/** A tiny remark plugin: replaces known shortcodes in text (never in code) with their emoji. */
function remarkEmoji() {
  const walk = (node: MdNode) => {
    if (node.type === "text" && node.value) {
      node.value = node.value.replace(/:([a-z0-9_+-]+):/g, (m, name: string) => SHORTCODES[name] ?? m);
    }
    if (node.type === "code" || node.type === "inlineCode") return;
    node.children?.forEach(walk);
  };
  return (tree: MdNode) => walk(tree);
}

const components: Components = {
  pre: ({ children }) => <CodeBlock>{children}</CodeBlock>,
  a: ({ children, href }) => (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ),
};

const remarkPlugins = [remarkGfm, remarkEmoji];

/** Markdown for AI messages and problem statements (GFM: tables, lists, code). No raw HTML. */
export default function MarkdownRenderer({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cn("prose-chat", className)} data-markdown="rendered">
      <ReactMarkdown remarkPlugins={remarkPlugins} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
