/**
 * The zone this runtime is in: the browser's in the form, the server's in Node. A module of
 * its own so the launch form can default a schedule without loading the cron libraries.
 */
export function runtimeTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
