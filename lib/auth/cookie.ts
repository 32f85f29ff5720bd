/** The session cookie's name: read by the proxy (is there a session at all?) and by lib/auth/current. */
export const SESSION_COOKIE = 'invokedeck_session';

/** The page a request asked for (path and query), set by proxy.ts for the layouts' sign-in redirect. */
export const RETURN_TO_HEADER = 'x-invokedeck-return-to';
