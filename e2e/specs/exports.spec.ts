import { parseCsv } from '@/lib/export/csv-read';

import { E2E } from '../env';
import { type AppApi, REGION, expect, test } from '../fixtures';
import { AuditLog } from '../pages/audit-log';
import { LoginPage } from '../pages/login-page';
import { ResultsExport } from '../pages/results-export';

/**
 * Issue 16, items 3 and 4: the audit log and a launch's results taken away as CSV and JSON.
 * The audit log's filter lives in the URL and the download holds what it shows; a value that
 * a spreadsheet would run as a formula arrives as text; only admins may export the log. Any
 * signed-in person exports a launch's results, with or without each instance's output.
 */

/** Records as objects keyed by the header: what a script reading the file would do. */
function rows(text: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(text);
  return records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? ''])));
}

/** Minutes ago, as a datetime-local field takes it in UTC. */
function utcMinutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString().slice(0, 16);
}

test.describe('the audit log', () => {
  test('an admin narrows the log in the URL and downloads exactly that as CSV and JSON, formula-like values neutralised in the CSV', async ({ browser }) => {
    test.setTimeout(120_000);
    // A failed sign-in whose username and browser both look like spreadsheet formulas.
    const mark = `x${Date.now() % 1_000_000}`;
    const username = `=hyperlink("https://evil.example/${mark}","open")`;
    const userAgent = `+cmd|' /C calc'!A0 ${mark}`;
    const visitor = await browser.newContext({ userAgent });
    const visitorPage = await visitor.newPage();
    await new LoginPage(visitorPage).goto();
    await new LoginPage(visitorPage).signIn(username, 'not a password');
    await new LoginPage(visitorPage).expectError('Wrong username or password');
    await visitor.close();

    const context = await browser.newContext({ storageState: E2E.storage.admin });
    const page = await context.newPage();
    const log = new AuditLog(page);
    await log.goto();
    await log.narrow({ action: 'auth.sign_in_failed', target: mark, from: utcMinutesAgo(30) });
    await expect(page).toHaveURL(/[?&]action=auth\.sign_in_failed(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[?&]target=${mark}(&|$)`));
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d\d-\d\dT\d\d%3A\d\d/);
    await expect(log.entries).toHaveCount(1);
    await expect(log.entries.first()).toContainText(`Failed sign-in as an unknown account «${username}»`);

    // Where it came from: the address at a glance, the whole user agent once opened.
    const client = log.entries.first().locator('details');
    await expect(client.locator('summary')).toContainText('127.0.0.1');
    await client.locator('summary').click();
    await expect(client.getByText(userAgent, { exact: true })).toBeVisible();

    // The URL is the filter: opened again, it shows the same, and the downloads hold the same.
    await page.reload();
    await expect(log.entries).toHaveCount(1);
    const csv = await log.download('CSV');
    expect(csv.name).toMatch(/^invokedeck-audit-.*\.csv$/);
    expect(parseCsv(csv.text)[0]).toEqual(['id', 'at', 'actor', 'action', 'target', 'summary', 'source_ip', 'user_agent', 'detail']);
    const [entry, ...others] = rows(csv.text);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ action: 'auth.sign_in_failed', actor: '' });
    expect(entry?.source_ip).toMatch(/127\.0\.0\.1$/);
    // A spreadsheet shows these as text: the leading quote stops the formula.
    expect(entry?.target).toBe(`'${username}`);
    expect(entry?.user_agent).toBe(`'${userAgent}`);
    expect(JSON.parse(entry?.detail ?? 'null')).toMatchObject({ why: 'no-such-account' });

    // JSON is for scripts: the values as recorded, with the filter it was made with.
    const json = JSON.parse((await log.download('JSON')).text) as { filter: Record<string, unknown>; entries: Record<string, unknown>[]; count: number; truncated: boolean };
    expect(json.filter).toMatchObject({ action: 'auth.sign_in_failed', target: mark });
    expect(json.entries).toEqual([expect.objectContaining({ action: 'auth.sign_in_failed', target: username, userAgent, sourceIp: entry?.source_ip })]);
    expect(json).toMatchObject({ count: 1, truncated: false });

    // Taking the log away is itself in the log.
    await log.goto(`?action=audit.export&actor=${E2E.admin.username}`);
    await expect(log.entries.first()).toContainText(`${E2E.admin.username} exported the audit log`);
    await context.close();
  });

  test('the export API answers admins only: 401 signed out, 403 for an operator or a viewer, 422 for a filter it cannot read', async ({ playwright, operatorApi, viewerApi }) => {
    const anonymous = await playwright.request.newContext({ baseURL: E2E.baseUrl });
    const admin = await playwright.request.newContext({ baseURL: E2E.baseUrl, storageState: E2E.storage.admin });
    const url = '/api/admin/audit?format=csv&actor=admin';
    expect((await anonymous.get(url, { maxRedirects: 0 })).status()).toBe(401);
    for (const api of [operatorApi, viewerApi]) {
      const refused = await api.request.get(url);
      expect(refused.status()).toBe(403);
      expect(await refused.text()).not.toContain('sign_in');
    }
    const answered = await admin.get(url);
    expect(answered.status()).toBe(200);
    expect(answered.headers()['content-type']).toMatch(/^text\/csv/);
    expect(answered.headers()['content-disposition']).toMatch(/^attachment; filename="invokedeck-audit-/);
    expect(rows(await answered.text()).every((row) => row.actor === 'admin')).toBe(true);
    const refused = await admin.get('/api/admin/audit?format=csv&from=last-tuesday');
    expect(refused.status()).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain('from: a UTC time');
    await anonymous.dispose();
    await admin.dispose();
  });
});

test.describe("a launch's results", () => {
  /** health-check-like: prints a formula-looking line with the host's name; run as deploy, so web-prod-213 fails before it starts. */
  async function launchFormulaScript(api: AppApi, commandId: string): Promise<{ launchId: string; instanceIds: string[] }> {
    const instanceIds = await api.instanceIds('web-prod-021', 'web-prod-022', 'web-prod-213');
    const { answer } = await api.launch({ regionId: REGION, commandId, instanceIds, repeatMode: 'Once', frequency: '', parameters: [], username: 'deploy', windowsPasswordName: '' });
    if (!answer.ok) throw new Error(`The launch was refused: ${answer.message}`);
    const launchId = (answer.data as { launchId: string }).launchId;
    // Done when every instance has finished, as the observer recorded it.
    await expect
      .poll(
        async () => {
          const response = await api.request.get(`/api/launches/${launchId}`);
          const body = (await response.json()) as { data: { instances: { status: string }[] } };
          return body.data.instances.map((instance) => instance.status).sort();
        },
        { timeout: 90_000, intervals: [1000] },
      )
      .toEqual(['Failed', 'Success', 'Success']);
    return { launchId, instanceIds };
  }

  test('a viewer exports every instance’s result as CSV and JSON from the launch page, then with the outputs (read first)', async ({ browser, operatorApi, sandbox }) => {
    test.setTimeout(240_000);
    const commandId = await sandbox.createCommand({ name: `export-check-${Date.now() % 1_000_000}.sh`, type: 'RunShellScript', content: '#!/bin/bash\necho "=SUM(1+2) on $(hostname)"\nexit 0' });
    const { launchId, instanceIds } = await sandbox.serialised(() => launchFormulaScript(operatorApi, commandId));
    const [web21 = '', web22 = '', web213 = ''] = instanceIds;

    const context = await browser.newContext({ storageState: E2E.storage.viewer });
    const page = await context.newPage();
    await page.goto(`/invocations/launches/${launchId}`);
    await expect(page.getByRole('heading', { level: 1, name: /^Launch of / })).toBeVisible();
    const exportMenu = new ResultsExport(page);

    const csv = await exportMenu.download('CSV');
    expect(csv.name).toMatch(/^launch-export-check-\d+\.sh-[0-9a-f]{8}-results\.csv$/);
    expect(parseCsv(csv.text)[0]).toEqual(['instance_id', 'name', 'invoke_id', 'batch', 'status', 'exit_code', 'error_code', 'error_info', 'start_time', 'finish_time', 'stop_time']);
    const byId = new Map(rows(csv.text).map((row) => [row.instance_id, row]));
    expect([...byId.keys()].sort()).toEqual([...instanceIds].sort());
    expect(byId.get(web21)).toMatchObject({ name: 'web-prod-021', status: 'Success', exit_code: '0', error_code: '', batch: '1' });
    expect(byId.get(web21)?.invoke_id).toMatch(/^t-/);
    expect(byId.get(web21)?.start_time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(byId.get(web213)).toMatchObject({ name: 'web-prod-213', status: 'Failed', exit_code: '', error_code: 'AccountNotExists', start_time: '' });
    expect(byId.get(web213)?.error_info).toContain('deploy');

    const json = JSON.parse((await exportMenu.download('JSON')).text) as { launchId: string; count: number; instances: Record<string, unknown>[] };
    expect(json).toMatchObject({ launchId, count: 3 });
    expect(json.instances.find((instance) => instance.instanceId === web22)).toMatchObject({ name: 'web-prod-022', status: 'Success', exitCode: 0, errorCode: null });
    expect(json.instances.every((instance) => !('output' in instance))).toBe(true);

    // With output: nobody has read them yet, so the menu has them read, then the file comes.
    const withOutput = JSON.parse((await exportMenu.download('JSON', { output: true })).text) as { outputRead: { status: string }; instances: { instanceId: string; output: string | null }[] };
    expect(withOutput.outputRead.status).toBe('done');
    expect(withOutput.instances.find((instance) => instance.instanceId === web22)?.output).toBe('=SUM(1+2) on web-prod-022\n');
    const outputCsv = rows((await exportMenu.download('CSV', { output: true })).text);
    // Each instance's own host name is back in its output, and the formula arrives as text.
    expect(outputCsv.find((row) => row.instance_id === web21)?.output).toBe("'=SUM(1+2) on web-prod-021\n");
    expect(outputCsv.find((row) => row.instance_id === web213)?.output ?? '').not.toContain('SUM');
    await context.close();
  });

  test('the results route answers anyone signed in, 401 otherwise, and 404 for a launch that does not exist', async ({ playwright, viewerApi }) => {
    const anonymous = await playwright.request.newContext({ baseURL: E2E.baseUrl });
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await anonymous.get(`/api/launches/${missing}/results?format=csv`, { maxRedirects: 0 })).status()).toBe(401);
    expect((await viewerApi.request.get(`/api/launches/${missing}/results?format=csv`)).status()).toBe(404);
    expect((await viewerApi.request.get(`/api/launches/${missing}/results?format=xml`)).status()).toBe(422);
    await anonymous.dispose();
  });
});
