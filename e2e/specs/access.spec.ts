import { expect, request as playwrightRequest, test } from '@playwright/test';

import { callServerAction, listDeclaredActions, listPages, listRouteHandlers, listServerActions } from '../endpoints';
import { E2E } from '../env';

/**
 * Every page, route handler and server action, enumerated from the source and the build:
 * without a session they redirect to /login or answer 401; a viewer gets 403 from anything
 * that needs more. Public endpoints are listed here, each with its reason.
 */
const PUBLIC_PAGES = new Set(['/login']);
// Probes reveal only up/ready and why not; /api/metrics asks for its own bearer token (METRICS_TOKEN).
const PUBLIC_ROUTES = new Set(['/api/health', '/api/health/live', '/api/health/ready', '/api/metrics']);
const PUBLIC_ACTIONS = new Set(['signIn']); // signing in cannot need a session

test.describe('access control', () => {
  test('every page redirects to /login without a session', async ({ request }) => {
    const pages = listPages().filter((page) => !PUBLIC_PAGES.has(page.url));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) {
      const response = await request.get(page.url);
      expect(new URL(response.url()).pathname, `${page.file} (${page.url})`).toBe('/login');
      const direct = await request.get(page.url, { maxRedirects: 0 });
      expect([302, 303, 307, 308], `${page.file} answers with a redirect`).toContain(direct.status());
    }
  });

  test('every route handler answers 401 without a session', async ({ request }) => {
    const routes = listRouteHandlers().filter((route) => !PUBLIC_ROUTES.has(route.url));
    for (const route of routes) {
      expect(route.methods.length, `${route.file} exports a method`).toBeGreaterThan(0);
      for (const method of route.methods) {
        const response = await request.fetch(route.url, { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${route.url}`).toBe(401);
        expect(await response.json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
      }
    }
  });

  test('every route handler but the public ones goes through defineRoute with a declared role', () => {
    const routes = listRouteHandlers().filter((route) => !PUBLIC_ROUTES.has(route.url));
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const route of routes) {
      for (const method of route.methods) expect(route.access[method], `${method} ${route.file} must be defineRoute({ access })`).toMatch(/^(viewer|operator|admin)$/);
    }
  });

  test('a caller below a route handler’s role gets 403', async () => {
    for (const [account, below] of [
      ['viewer', ['operator', 'admin']],
      ['operator', ['admin']],
    ] as const) {
      const context = await playwrightRequest.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage[account] });
      for (const route of listRouteHandlers()) {
        for (const method of route.methods.filter((candidate) => (below as readonly string[]).includes(route.access[candidate] ?? ''))) {
          const response = await context.fetch(route.url, { method, maxRedirects: 0 });
          expect(response.status(), `${account}: ${method} ${route.url}`).toBe(403);
        }
      }
      await context.dispose();
    }
  });

  test('every server action goes through defineAction and is in the build', () => {
    const declared = listDeclaredActions();
    const built = listServerActions();
    expect(declared.length).toBeGreaterThanOrEqual(5);
    for (const action of declared) {
      expect(action.access, `${action.file} ${action.name} must be defineAction({ access })`).not.toBeNull();
      expect(built.some((entry) => entry.name === action.name && entry.file === action.file), `${action.file} ${action.name} is built`).toBe(true);
    }
  });

  test('every server action answers 401 without a session', async ({ request }) => {
    for (const action of listServerActions().filter((entry) => !PUBLIC_ACTIONS.has(entry.name))) {
      const { result } = await callServerAction(request, action, [{}]);
      expect(result, `${action.file} ${action.name}`).toMatchObject({ ok: false, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  test('a viewer gets 403 from every action that needs an operator or an admin', async () => {
    const viewer = await playwrightRequest.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.viewer });
    const declared = listDeclaredActions();
    const stronger = listServerActions().filter((action) => {
      const access = declared.find((entry) => entry.name === action.name && entry.file === action.file)?.access;
      return access === 'operator' || access === 'admin';
    });
    expect(stronger.length).toBeGreaterThan(0);
    for (const action of stronger) {
      const { result } = await callServerAction(viewer, action, [{}]);
      expect(result, `${action.file} ${action.name}`).toMatchObject({ ok: false, status: 403, code: 'FORBIDDEN' });
    }
    await viewer.dispose();
  });

  test('an operator gets 403 from admin actions', async () => {
    const operator = await playwrightRequest.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.operator });
    const declared = listDeclaredActions();
    const adminOnly = listServerActions().filter(
      (action) => declared.find((entry) => entry.name === action.name && entry.file === action.file)?.access === 'admin',
    );
    expect(adminOnly.length).toBeGreaterThan(0);
    for (const action of adminOnly) {
      const { result } = await callServerAction(operator, action, [{}]);
      expect(result, `${action.file} ${action.name}`).toMatchObject({ ok: false, status: 403 });
    }
    await operator.dispose();
  });
});
