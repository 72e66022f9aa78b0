import type { Metadata } from "next";
import { SharedReport } from "./_components/SharedReport";

export const metadata: Metadata = {
  title: "Shared interview report",
  // A link someone chose to share is not something for search engines.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <SharedReport token={token} />;
}
