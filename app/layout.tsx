import './globals.css';

import { type Metadata, type Viewport } from 'next';
import { type ReactNode } from 'react';

export const metadata: Metadata = {
  title: { default: 'InvokeDeck', template: '%s · InvokeDeck' },
  description: 'Launch, schedule and review Cloud Assistant commands across ECS fleets.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f6f7' },
    { media: '(prefers-color-scheme: dark)', color: '#0b0b0d' },
  ],
};

// No client provider here: every page, the sign-in page included, would load it (app/providers.tsx).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
