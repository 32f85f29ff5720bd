import { type ReactNode } from 'react';

/** `level` keeps the outline in order: 3 under a card's h2, 2 straight under a page's h1. */
export function EmptyState({ icon, title, children, action, level = 3 }: { icon?: ReactNode; title: string; children?: ReactNode; action?: ReactNode; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="flex flex-col items-center justify-center px-6 py-14 text-center">
      {icon ? <div className="mb-3 text-faint [&>svg]:size-8">{icon}</div> : null}
      <Heading className="text-sm font-semibold text-ink">{title}</Heading>
      {children ? <div className="mt-1 max-w-sm text-sm text-muted">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
