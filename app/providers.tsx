'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { config as zodConfig } from 'zod/v4/core';

// zod compiles object parsers with `new Function` when it may; the page's CSP forbids eval,
// and even zod's probe for it would be reported as a violation. Interpreted parsing is enough.
zodConfig({ jitless: true });

/** One QueryClient per browser tab; server components never use it. */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 15_000, refetchOnWindowFocus: false, retry: 2 },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
