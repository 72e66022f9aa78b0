import type { Metadata } from "next";
import { LinkDetail } from "../../_components/LinkDetail";

export const metadata: Metadata = { title: "Interview link" };

export default async function RecruitLinkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LinkDetail id={id} />;
}
