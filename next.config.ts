import type { NextConfig } from "next";

/**
 * Next 16 builds and serves with Turbopack by default (`next dev` and `next build`).
 * Monaco needs nothing special from it: the editor module is imported lazily on the
 * client only (next/dynamic, ssr: false), its CSS imports from node_modules are plain
 * global CSS (allowed in the App Router), and its web worker is a local module that
 * Turbopack bundles from `new Worker(new URL("./monaco.worker.ts", import.meta.url))`.
 * No CDN is involved at any point. (No custom `webpack` hook: with one, `next build`
 * under Turbopack refuses to run.)
 */
const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Separate build folders let two production builds of one checkout coexist (NEXT_DIST_DIR=.next-a11y).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // The floating dev badge sits on top of the footer's Notes button.
  devIndicators: false,
  // Allow the dev server to be reached as 127.0.0.1 as well as localhost (e2e, headless checks).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
};

export default nextConfig;
