import Link from "next/link";
import { Compass } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/empty-state";

export default function NotFound() {
  return (
    <main id="main" className="app-backdrop grid min-h-dvh place-items-center p-4">
      <Card glass className="w-full max-w-md">
        <EmptyState
          icon={<Compass />}
          title="Page not found"
          action={
            <Button asChild>
              <Link href="/problems">Go to problems</Link>
            </Button>
          }
        >
          The link may be old, or the page moved.
        </EmptyState>
      </Card>
    </main>
  );
}
