import type { Metadata } from "next";
import { LiveView } from "../../../_components/LiveView";

export const metadata: Metadata = { title: "Live interview" };

export default async function LiveInterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LiveView id={id} />;
}
