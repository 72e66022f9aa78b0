import type { Metadata } from "next";
import { LinksPage } from "../_components/LinksPage";

export const metadata: Metadata = { title: "Interview links" };

export default function RecruitLinksPage() {
  return <LinksPage />;
}
