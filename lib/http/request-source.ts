/** Where a request came from, as the audit log and the sign-in throttle record it. */
export interface RequestSource {
  /** The client address as TRUSTED_PROXIES lets us see it; null when unknown. */
  ip: string | null;
  userAgent: string | null;
}
