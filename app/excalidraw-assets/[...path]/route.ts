import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/**
 * Excalidraw's fonts, served by the app itself so the whiteboard never reaches for a CDN
 * (the client sets window.EXCALIDRAW_ASSET_PATH to this route). Only files under the
 * package's fonts folder are reachable.
 */
export const runtime = "nodejs";

const ROOT = path.join(process.cwd(), "node_modules", "@excalidraw", "excalidraw", "dist", "prod");
const FONTS = path.join(ROOT, "fonts");

const TYPES: Record<string, string> = {
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
};

export async function GET(_req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const { path: parts } = await ctx.params;
  const notFound = () => new Response("Not found", { status: 404 });
  if (!parts?.length || parts.some((p) => !p || p === "." || p === ".." || p.includes("\\") || p.includes("\0"))) {
    return notFound();
  }
  const file = path.resolve(ROOT, ...parts);
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type || !file.startsWith(FONTS + path.sep)) return notFound();
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound();
    const body = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
    return new Response(body, {
      headers: {
        "content-type": type,
        "content-length": String(info.size),
        // File names carry a content hash: safe to cache for good.
        "cache-control": "public, max-age=31536000, immutable",
        "access-control-allow-origin": "*",
      },
    });
  } catch {
    return notFound();
  }
}
