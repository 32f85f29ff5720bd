import { type ReactNode } from 'react';

import { QueryProvider } from '@/app/providers';

/** This segment's pages fetch and poll from the browser through react-query. */
export default function QueryLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
