import type { Metadata } from "next";
import { InterviewReport } from "./_components/InterviewReport";

export const metadata: Metadata = { title: "Interview report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <InterviewReport id={id} />;
}
