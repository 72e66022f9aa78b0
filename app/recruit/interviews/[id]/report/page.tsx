import type { Metadata } from "next";
import { RecruiterReport } from "../../../_components/RecruiterReport";

export const metadata: Metadata = { title: "Candidate report" };

export default async function RecruiterReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RecruiterReport id={id} />;
}
