import { EVENT_HEADLINES, type NotificationEvent } from './events';

/**
 * The words every chat format shares: a headline, a line of facts, the counts, who and why.
 * Plain text here; each format adds its own markup around it.
 */
export interface MessageWords {
  title: string;
  facts: string;
  counts: string;
  note: string | null;
  link: string;
}

export function launchLink(publicUrl: string, launchId: string): string {
  return `${publicUrl}/invocations/launches/${encodeURIComponent(launchId)}`;
}

export function messageWords(event: NotificationEvent, publicUrl: string, test = false): MessageWords {
  const { launch } = event;
  const instances = `${launch.instanceCount} instance${launch.instanceCount === 1 ? '' : 's'}`;
  const counts = Object.entries(event.counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status} ${count}`)
    .join(' · ');
  const notes = [
    event.actor ? `by ${event.actor}` : null,
    launch.haltReason && event.kind === 'launch.halted' ? launch.haltReason : null,
    event.comment ? `“${event.comment}”` : null,
  ].filter(Boolean);
  return {
    title: `${test ? '[Test] ' : ''}Launch of ${launch.commandName} ${EVENT_HEADLINES[event.kind]}`,
    facts: `${launch.commandName} in ${launch.regionId} on ${instances}, launched by ${launch.createdBy}`,
    counts: counts || 'No instance results',
    note: notes.length ? notes.join(' — ') : null,
    link: launchLink(publicUrl, launch.id),
  };
}
