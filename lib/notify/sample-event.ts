import { type NotificationEvent } from './events';

/** What "Send test" posts: a made-up launch that succeeded, marked as a test in every format. */
export function sampleEvent(actor: string, now: Date): NotificationEvent {
  return {
    kind: 'launch.succeeded',
    dedupeKey: 'test',
    at: now.toISOString(),
    launch: {
      id: '00000000-0000-4000-8000-000000000000',
      regionId: 'cn-hangzhou',
      commandName: 'test-notification.sh',
      commandId: 'c-test',
      repeatMode: 'Once',
      status: 'Success',
      sendStatus: 'sent',
      instanceCount: 3,
      batchCount: 1,
      createdBy: actor,
      createdAt: now.toISOString(),
      haltReason: null,
      presetId: null,
    },
    counts: { Success: 3 },
    actor,
  };
}
