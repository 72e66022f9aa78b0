import type { Metadata } from "next";
import { Suspense } from "react";
import { SignIn } from "./_components/SignIn";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <Suspense>
      <SignIn />
    </Suspense>
  );
}
