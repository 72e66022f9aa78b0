"use client";

import * as React from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Toaster } from "sonner";
import { useUiStore } from "@/stores/uiStore";
import { ApiError } from "@/app/_lib/api";

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = React.useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 15_000,
            refetchOnWindowFocus: false,
            retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
          },
        },
      }),
  );
  const theme = useUiStore((s) => s.theme);
  const syncThemeFromDom = useUiStore((s) => s.syncThemeFromDom);
  React.useEffect(() => syncThemeFromDom(), [syncThemeFromDom]);

  return (
    <QueryClientProvider client={client}>
      <>
        {children}
        <Toaster
          theme={theme}
          position="top-right"
          offset={{ top: 64, right: 16 }}
          // Phones: below the header and the tab bar, so a toast never covers the timer or the tabs.
          mobileOffset={{ top: 108, left: 12, right: 12 }}
          richColors
          closeButton
          toastOptions={{ classNames: { toast: "font-sans" } }}
        />
      </>
    </QueryClientProvider>
  );
}
