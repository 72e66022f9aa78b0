"use client";

import * as React from "react";
import { ChevronDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetTitle } from "@/components/ui/sheet";

/** Below the brief's phone breakpoint (640px) the editor opens in a full-height sheet. */
export const PHONE_QUERY = "(max-width: 639.98px)";

export function useMediaQuery(query: string): boolean {
  const subscribe = React.useCallback(
    (cb: () => void) => {
      const mql = window.matchMedia(query);
      mql.addEventListener("change", cb);
      return () => mql.removeEventListener("change", cb);
    },
    [query],
  );
  return React.useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/**
 * The Code tab's contents: inline on tablets and desktops; on phones, a full-height sheet
 * (modal dialog titled "Code editor") with a visible close control. Closing it returns to
 * the chat. Escape inside Monaco stays Monaco's (closing suggestions), not the sheet's.
 */
export function EditorSheet({
  open,
  onClose,
  children,
}: {
  open: boolean;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const phone = useMediaQuery(PHONE_QUERY);
  if (!phone) return <>{children}</>;
  return (
    <Sheet open={open} onOpenChange={(o) => !o && onClose()}>
      <SheetContent
        data-testid="editor-sheet"
        onEscapeKeyDown={(e) => {
          if ((e.target as HTMLElement | null)?.closest?.(".monaco-editor")) e.preventDefault();
        }}
        onOpenAutoFocus={(e) => {
          // Focus the close control rather than the first toolbar control (the language menu).
          e.preventDefault();
          (e.currentTarget as HTMLElement).querySelector<HTMLElement>("[data-sheet-close]")?.focus();
        }}
      >
        <div className="flex h-12 shrink-0 items-center gap-2 border-b border-border px-3">
          <SheetTitle className="text-body font-semibold">Code editor</SheetTitle>
          <SheetDescription className="sr-only">
            Edit and run your solution. Close the editor to return to the chat.
          </SheetDescription>
          <SheetClose asChild>
            <Button variant="outline" size="sm" className="ml-auto h-11 px-3" data-sheet-close aria-label="Close the editor">
              <ChevronDown aria-hidden /> Close
            </Button>
          </SheetClose>
        </div>
        <div className="min-h-0 flex-1">{children}</div>
      </SheetContent>
    </Sheet>
  );
}
