import type { Metadata } from "next";
import { HistoryPage } from "./_components/HistoryPage";

export const metadata: Metadata = { title: "History" };

export default function History() {
  return <HistoryPage />;
}
