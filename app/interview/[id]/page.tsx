import type { Metadata } from "next";
import { InterviewWorkspace } from "./_components/InterviewWorkspace";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <InterviewWorkspace id={id} />;
}
