import type { Metadata } from "next";
import { Suspense } from "react";
import { RecruitHome } from "./_components/RecruitHome";

export const metadata: Metadata = { title: "Recruiting" };

export default function RecruitPage() {
  return (
    <Suspense>
      <RecruitHome />
    </Suspense>
  );
}
