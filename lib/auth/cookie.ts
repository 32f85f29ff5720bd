/** The session cookie's name: read by the proxy (is there a session at all?) and by lib/auth/current. */
export const SESSION_COOKIE = 'invokedeck_session';
