import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { ProblemPicker } from "./_components/ProblemPicker";

export const metadata: Metadata = { title: "Problems" };

export default function ProblemsPage() {
  return (
    <div className="app-backdrop min-h-dvh">
      <AppHeader />
      <ProblemPicker />
    </div>
  );
}
