import { type ReactNode } from 'react';

import { requireUserBeforeStreaming } from '@/lib/auth/page';

/** The page streams behind loading.tsx: the sign-in redirect happens here, before anything is sent. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireUserBeforeStreaming('/admin');
  return children;
}
