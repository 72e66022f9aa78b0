import type { Metadata, Viewport } from "next";
import "./globals.css";
import { inter, jetbrainsMono } from "./fonts";
import { Providers } from "@/components/providers";
import { themeInitScript } from "@/stores/uiStore";

export const metadata: Metadata = {
  title: { default: "Interview Coach", template: "%s · Interview Coach" },
  description: "Rehearse technical interviews with an AI interviewer: chat, code, run tests, get scored.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0f1a" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${jetbrainsMono.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only z-[100] rounded-md bg-primary px-3 py-2 text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          Skip to content
        </a>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
