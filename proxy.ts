import { type NextRequest, NextResponse } from 'next/server';

import { RETURN_TO_HEADER, SESSION_COOKIE } from '@/lib/auth/cookie';
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from '@/lib/http/security-headers';

/**
 * Runs before every page: gives the response its Content-Security-Policy with a fresh nonce
 * (and HSTS over HTTPS), and sends a caller without a session cookie to sign-in before
 * anything renders. That redirect is a convenience: every page and endpoint checks the
 * session itself, including a cookie that is present but no longer valid.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const https = request.nextUrl.protocol === 'https:' || (process.env.INVOKEDECK_URL ?? '').startsWith('https://');

  // Only page loads: a server action (a POST to the page's URL) answers 401 in its own shape.
  const pageLoad = request.method === 'GET' || request.method === 'HEAD';
  if (pageLoad && !isPublicPage(pathname) && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', `${pathname}${search}`);
    return withTransport(NextResponse.redirect(login), https);
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // Where a segment layout sends a caller back after sign-in (lib/auth/page.ts); set here, so
  // a browser cannot choose it.
  headers.set(RETURN_TO_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return withTransport(response, https);
}

function withTransport(response: NextResponse, https: boolean): NextResponse {
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

function isPublicPage(pathname: string): boolean {
  return pathname === '/login';
}

export const config = {
  // Pages only: API routes answer 401 themselves; built assets and files need no policy.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|icon[\\w-]*\\.svg|icon[\\w-]*\\.png|apple-icon\\.png|favicon\\.ico|robots\\.txt|manifest\\.webmanifest).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
