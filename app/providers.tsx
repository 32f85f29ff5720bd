'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode } from 'react';

let browserClient: QueryClient | undefined;

function makeClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, refetchOnWindowFocus: false, retry: 2 } } });
}

/**
 * react-query for the pages that poll or fetch from the browser (their segment layouts wrap
 * them in it), so the sign-in page and pages without polling never load it. One client per
 * browser tab, shared by those segments so moving between them keeps the cache; a fresh one
 * per server render.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const client = typeof window === 'undefined' ? makeClient() : (browserClient ??= makeClient());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
