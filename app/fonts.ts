import localFont from "next/font/local";

/**
 * Fonts are committed in app/fonts (woff2 subsets of Debian's fonts-inter and
 * fonts-jetbrains-mono; SIL Open Font License — see app/fonts/README.md).
 * Nothing is fetched at run time.
 */
export const inter = localFont({
  src: [
    { path: "./fonts/Inter-Regular.woff2", weight: "400", style: "normal" },
    { path: "./fonts/Inter-Medium.woff2", weight: "500", style: "normal" },
    { path: "./fonts/Inter-SemiBold.woff2", weight: "600", style: "normal" },
    { path: "./fonts/Inter-Bold.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-inter",
  display: "swap",
  fallback: ["ui-sans-serif", "system-ui", "sans-serif"],
});

export const jetbrainsMono = localFont({
  src: [
    { path: "./fonts/JetBrainsMono-Regular.woff2", weight: "400", style: "normal" },
    { path: "./fonts/JetBrainsMono-Bold.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-jetbrains-mono",
  display: "swap",
  // Only code needs it: fetched when first used rather than preloaded on every page.
  preload: false,
  fallback: ["ui-monospace", "Menlo", "monospace"],
});
