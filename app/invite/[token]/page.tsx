import type { Metadata } from "next";
import { InvitePage } from "./_components/InvitePage";

export const metadata: Metadata = { title: "Your interview invitation", robots: { index: false, follow: false } };

export default async function Invite({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <InvitePage token={token} />;
}
