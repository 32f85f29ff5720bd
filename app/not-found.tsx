import { buttonClasses } from '@/components/ui/button';

// A plain link: next/link here would put its router code in the first load of every page.
export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="text-lg font-semibold">This page does not exist</h1>
      <a href="/invoke" className={buttonClasses('secondary')}>
        Back to the dashboard
      </a>
    </main>
  );
}
