import { type ReactNode } from 'react';

import { QueryProvider } from '@/app/providers';
import { requireUserBeforeStreaming } from '@/lib/auth/page';

/**
 * This segment's pages fetch and poll from the browser through react-query. Its loading.tsx
 * streams the page, so the sign-in redirect happens here, before anything is sent.
 */
export default async function InvokeLayout({ children }: { children: ReactNode }) {
  await requireUserBeforeStreaming('/invoke');
  return <QueryProvider>{children}</QueryProvider>;
}
