import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, type BrowserContext, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';

import { E2E } from '../env';
import { instanceIdsByName, PresetsPage, sandboxControl } from '../pages/presets-page';

/**
 * Issue 6, journeys 3 and 7: a preset saved with a secret parameter, its link opened by a
 * colleague with every field filled and the secret asked for; edits kept as versions and
 * restored; a preset whose instance was stopped; the request copied as a CLI command; and
 * no secret in the stored rows or in any link.
 *
 * Instances: generated cn-shanghai hosts past the hand-laid fleet (no other spec uses them).
 */
const SECRET = `reg-TOKEN-${Date.now().toString(36)}-e2e-Ω-9f2c`;
const HOSTS = ['db-prod-sh-0349', 'cache-prod-sh-0351', 'worker-staging-sh-0352'];
const FREQUENCY = '0 0 2 ? * MON-FRI Asia/Shanghai';
const NAME = `prod web patch ${Date.now().toString(36)}`;
const copiedLinks: string[] = [];

async function signedIn(browser: Browser, storageState: string): Promise<{ context: BrowserContext; presets: PresetsPage }> {
  const context = await browser.newContext({ storageState, permissions: ['clipboard-read', 'clipboard-write'] });
  return { context, presets: new PresetsPage(await context.newPage()) };
}

test.describe.serial('presets and share links', () => {
  // Each test is two or three people filling and opening forms: on a crowded machine (two cores, several suites) that took minutes.
  test.describe.configure({ timeout: 180_000 });

  let presetLink = '';
  /** A preset that keeps the search "sh-035" with OS Linux instead of instance IDs. */
  let searchLink = '';

  test('Priya saves a preset with a secret; Marco opens its link, sees every field and is asked for the secret', async ({ browser }) => {
    const priya = await signedIn(browser, E2E.storage.operator);
    const { form } = priya.presets;
    await form.gotoLaunch();
    await form.chooseRegion('cn-shanghai');
    await form.chooseCommand('patch-web.sh');
    await form.selectInstances(HOSTS);
    await form.parameter('packages').fill('nginx openssl curl');
    await form.parameter('image_tag').fill('v1.4.2');
    await expect(priya.presets.page.getByLabel('Secret: registry_token')).toBeChecked();
    await form.parameter('registry_token').fill(SECRET);
    await form.schedule(FREQUENCY);
    await priya.presets.page.getByLabel('Username', { exact: true }).fill('deploy');
    await form.openAdvanced();
    await priya.presets.page.getByLabel('Timeout', { exact: true }).fill('300');
    await priya.presets.page.getByLabel('Working directory', { exact: true }).fill('/srv/app');

    // The unsaved form, shared as a short link: the draft is kept on the server, without the secret.
    const formLink = await form.copyFormLink('Copy link');
    expect(formLink).toMatch(/\/invoke\?d=[\w-]{22}$/);
    copiedLinks.push(formLink);

    presetLink = await form.saveAsPreset(NAME, 'Weekday patch of the web tier');
    expect(presetLink).toMatch(new RegExp(`/presets/${NAME.replace(/ /g, '-')}-[a-z2-9]{6}$`));
    await form.toolbar().getByRole('button', { name: 'Copy preset link' }).click();
    expect(await priya.presets.readClipboard()).toBe(presetLink);
    copiedLinks.push(presetLink);
    await priya.context.close();

    const marco = await signedIn(browser, E2E.storage.operator2);
    await marco.presets.gotoPreset(presetLink, NAME);
    const page = marco.presets.page;
    await expect(page.getByText(`Created by ${E2E.operator.username}`)).toBeVisible();
    await expect(page.getByText('Secret values are never saved: enter registry_token again.')).toBeVisible();
    await expect(page.getByLabel('Region')).toHaveValue('cn-shanghai');
    await expect(marco.presets.form.commandRadio('patch-web.sh')).toBeChecked();
    await expect(marco.presets.form.summaryValue('Instances')).toHaveText('3 instances in 1 batch');
    for (const host of HOSTS) await expect(await marco.presets.form.instanceRow(host)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('radio', { name: /^Period/ })).toBeChecked();
    await expect(marco.presets.form.frequency()).toHaveValue(FREQUENCY);
    await expect(marco.presets.form.parameter('packages')).toHaveValue('nginx openssl curl');
    await expect(marco.presets.form.parameter('image_tag')).toHaveValue('v1.4.2');
    await expect(marco.presets.form.parameter('registry_token')).toHaveValue('');
    await expect(page.getByLabel('Secret: registry_token')).toBeChecked();
    await expect(page.getByLabel('Username', { exact: true })).toHaveValue('deploy');
    await marco.presets.form.openAdvanced();
    await expect(page.getByLabel('Timeout', { exact: true })).toHaveValue('300');
    await expect(page.getByLabel('Working directory', { exact: true })).toHaveValue('/srv/app');

    // The form refuses to go on without the secret, then the review copies the exact request.
    await page.locator('aside').getByRole('button', { name: 'Review' }).click();
    await expect(page.getByText('registry_token: enter the secret value again')).toBeVisible();
    await marco.presets.form.parameter('registry_token').fill(SECRET);
    const review = await marco.presets.form.review();
    await review.getByRole('tab', { name: 'aliyun CLI' }).click();
    await review.getByRole('button', { name: 'Copy as CLI' }).click();
    const cli = await marco.presets.readClipboard();
    const flags = ['region', 'RegionId', 'CommandId', 'InstanceId.1', 'InstanceId.2', 'InstanceId.3', 'RepeatMode', 'Timed', 'Frequency', 'Parameters', 'Username', 'Timeout', 'WorkingDir'];
    for (const flag of flags) expect(cli, `the CLI names --${flag}`).toContain(`--${flag} `);
    for (const name of ['packages', 'image_tag', 'registry_token']) expect(cli, `the CLI names parameter ${name}`).toContain(`"${name}":`);
    // The secret is a placeholder to fill in; the dashboard's ClientToken would bring back its invocation instead of running.
    expect(cli).toContain('"registry_token":"<secret:registry_token>"');
    expect(cli).toContain('# Replace <secret:registry_token> with the value of registry_token');
    expect(cli).not.toContain('--ClientToken');
    expect(cli).not.toContain(SECRET);
    await review.getByRole('tab', { name: 'HTTP API' }).click();
    await review.getByRole('button', { name: 'Copy as HTTP' }).click();
    const http = await marco.presets.readClipboard();
    expect(http).toContain('Signature=<signature>');
    expect(http).not.toContain(encodeURIComponent(SECRET));
    // Opening the unsaved-form link is share-link.spec.ts's; here it only joins the links checked for the secret.
    await marco.context.close();
  });

  test('a viewer opens the link and reads it, but cannot save or launch', async ({ browser }) => {
    const vic = await signedIn(browser, E2E.storage.viewer);
    await vic.presets.gotoPreset(presetLink, NAME);
    await expect(vic.presets.form.parameter('image_tag')).toHaveValue('v1.4.2');
    await expect(vic.presets.form.toolbar().getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await expect(vic.presets.form.toolbar().getByRole('button', { name: 'Review' })).toBeDisabled();
    await expect(vic.presets.page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await vic.context.close();
  });

  test('edits are versions with what changed; restoring one adds a version', async ({ browser }) => {
    const priya = await signedIn(browser, E2E.storage.operator);
    const { presets } = priya;
    const slug = new URL(presetLink).pathname.split('/').pop() ?? '';
    await presets.gotoPreset(presetLink, NAME);
    await presets.form.parameter('image_tag').fill('v1.5.0');
    await presets.form.toolbar().getByRole('button', { name: 'Save changes' }).click();
    const save = presets.page.getByRole('dialog', { name: `Save changes to “${NAME}”` });
    await expect(save.getByRole('table', { name: 'What changed' })).toContainText('Parameter image_tag');
    await expect(save.getByRole('table', { name: 'What changed' })).toContainText('v1.4.2');
    await save.getByRole('button', { name: 'Save version 2' }).click();
    await expect(save).toBeHidden();
    await expect(presets.form.toolbar().getByText('Saved version 2.')).toBeVisible();

    await presets.page.getByRole('button', { name: 'Rename' }).click();
    const rename = presets.page.getByRole('dialog', { name: `Rename “${NAME}”` });
    await rename.getByLabel('Name').fill(`${NAME} (weekdays)`);
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(presets.page.getByRole('heading', { level: 1, name: `${NAME} (weekdays)` })).toBeVisible();
    expect(presets.page.url()).toBe(presetLink);

    await presets.gotoHistory(slug);
    await expect(presets.version(3)).toContainText(`Renamed from “${NAME}”`);
    await expect(presets.version(3)).toContainText('Current');
    await expect(presets.version(2)).toContainText('Changed Parameter image_tag');
    await presets.version(1).locator('summary').click();
    await expect(presets.version(1).getByRole('region', { name: 'What version 1 held' })).toContainText('registry_token');
    await expect(presets.version(1).getByRole('region', { name: 'What version 1 held' })).toContainText('secret, asked for at launch');
    await presets.version(1).getByRole('button', { name: 'Restore version 1' }).click();
    const restore = presets.page.getByRole('dialog', { name: `Restore version 1 of “${NAME} (weekdays)”?` });
    await expect(restore).toContainText('This adds version 4');
    await restore.getByRole('button', { name: 'Restore version 1' }).click();
    await expect(restore).toBeHidden();
    await expect(presets.version(4)).toContainText('Restored version 1: Name, Parameter image_tag');
    await expect(presets.version(4)).toContainText(E2E.operator.username);

    await presets.gotoPreset(presetLink, NAME);
    await expect(presets.form.parameter('image_tag')).toHaveValue('v1.4.2');
    await priya.context.close();
  });

  test('a preset can keep a search instead of IDs: whoever opens it gets the eligible matches, and is told what was left out', async ({ browser }) => {
    const priya = await signedIn(browser, E2E.storage.operator);
    const { form } = priya.presets;
    const page = priya.presets.page;
    await form.gotoLaunch();
    await form.chooseRegion('cn-shanghai');
    await form.chooseCommand('health-check.sh');
    const keep = page.getByLabel('Save the search, not the list, in presets and links');
    await expect(keep).toBeDisabled();
    // sh-0350…0359 with OS Linux: 7 instances, of which 0350 is stopped and 0354's agent is offline.
    await page.getByLabel('Search instances').fill('sh-035');
    await page.getByLabel('OS', { exact: true }).selectOption('linux');
    await expect(page.getByText(/^7 match · 5 eligible · 0 selected/)).toBeVisible();
    await page.getByRole('button', { name: 'Select all matching' }).click();
    await keep.check();
    await expect(page.getByText('Whoever opens it gets the eligible instances matching sh-035 · Linux at that moment.')).toBeVisible();

    await form.toolbar().getByRole('button', { name: 'Save as preset' }).click();
    await expect(page.getByRole('dialog')).toContainText('Instances: the search sh-035 · Linux. Whoever opens the preset gets the eligible instances that match it then.');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    const name = `linux 035 sweep ${Date.now().toString(36)}`;
    searchLink = await form.saveAsPreset(name, '');
    copiedLinks.push(searchLink);
    const formLink = await form.copyFormLink('Copy link to this form');
    copiedLinks.push(formLink);
    await priya.context.close();

    // Marco opens the preset and the unsaved-form link: the same search, resolved on his screen.
    const marco = await signedIn(browser, E2E.storage.operator2);
    for (const link of [searchLink, formLink]) {
      await marco.presets.page.goto(link);
      await marco.presets.form.waitUntilLoaded();
      const outcome = marco.presets.page.getByRole('status').filter({ hasText: 'Instances chosen by the saved search' });
      await expect(outcome).toContainText('7 instances match sh-035 · Linux now; 5 selected.');
      const leftOut = outcome.getByRole('list', { name: 'Matching instances left out' });
      await expect(leftOut).toContainText('web-staging-sh-0350');
      await expect(leftOut).toContainText('db-prod-sh-0354');
      await expect(marco.presets.form.summaryValue('Instances')).toHaveText('5 instances in 1 batch');
      await expect(marco.presets.page.getByLabel('Search instances')).toHaveValue('sh-035');
      await expect(marco.presets.page.getByLabel('OS', { exact: true })).toHaveValue('linux');
      await expect(marco.presets.page.getByLabel('Save the search, not the list, in presets and links')).toBeChecked();
    }
    await marco.presets.gotoList(name);
    await expect(marco.presets.row(name)).toContainText('instances matching sh-035 · Linux');
    await marco.context.close();
  });

  test('a preset whose instance was stopped shows it as ineligible, and one released as gone', async ({ browser }) => {
    const priya = await signedIn(browser, E2E.storage.operator);
    const hosts = ['cache-dev-sh-0355', 'worker-staging-sh-0356', 'db-dev-sh-0357'];
    const { form } = priya.presets;
    await form.gotoLaunch();
    await form.chooseRegion('cn-shanghai');
    await form.chooseCommand('health-check.sh');
    await form.selectInstances(hosts);
    const link = await form.saveAsPreset(`health sweep ${Date.now().toString(36)}`, '');
    copiedLinks.push(link);

    const ids = await instanceIdsByName(priya.context.request, hosts);
    await sandboxControl(priya.context.request, `/_sandbox/instances/${ids.get('cache-dev-sh-0355')}/power`, { action: 'stop' });
    await sandboxControl(priya.context.request, `/_sandbox/instances/${ids.get('worker-staging-sh-0356')}/release`);
    await priya.context.close();

    const marco = await signedIn(browser, E2E.storage.operator2);
    await marco.presets.page.goto(link);
    await marco.presets.form.waitUntilLoaded();
    const changed = marco.presets.page.getByRole('list', { name: 'Changes since the preset was saved' });
    await expect(changed).toContainText(`1 instance no longer exists in cn-shanghai and was removed from the selection: ${ids.get('worker-staging-sh-0356')}`);
    await expect(changed).toContainText(/1 instance can no longer run it and is marked in the picker: cache-dev-sh-0355 i-\w+: Stop(ped|ping)\. Remove it to launch on the rest\./);
    await expect(marco.presets.form.summaryValue('Instances')).toHaveText('2 instances in 1 batch');
    const stopped = await marco.presets.form.instanceRow('cache-dev-sh-0355');
    await expect(stopped).toHaveAttribute('aria-label', /not eligible: Stop(ped|ping)/);
    await expect(stopped).toHaveAttribute('aria-selected', 'true');
    // Continue with the rest.
    await marco.presets.page.getByRole('button', { name: 'Remove them' }).click();
    await expect(marco.presets.form.summaryValue('Instances')).toHaveText('1 instance in 1 batch');

    // The preset that kept the search "sh-035" follows the fleet: 0356 is gone, 0355 is left out.
    await marco.presets.page.goto(searchLink);
    await marco.presets.form.waitUntilLoaded();
    const outcome = marco.presets.page.getByRole('status').filter({ hasText: 'Instances chosen by the saved search' });
    await expect(outcome).toContainText('6 instances match sh-035 · Linux now; 3 selected.');
    await expect(outcome.getByRole('list', { name: 'Matching instances left out' })).toContainText(/cache-dev-sh-0355\): Stop(ped|ping)/);
    await expect(marco.presets.form.summaryValue('Instances')).toHaveText('3 instances in 1 batch');
    await marco.context.close();
  });

  test('a deleted preset’s link says who deleted it and when', async ({ browser }) => {
    const priya = await signedIn(browser, E2E.storage.operator);
    await priya.presets.gotoList(NAME);
    await priya.presets.row(NAME).getByRole('button', { name: `Delete ${NAME}` }).click();
    const confirm = priya.presets.page.getByRole('dialog', { name: `Delete “${NAME}”?` });
    await expect(confirm).toContainText(new URL(presetLink).pathname);
    await confirm.getByRole('button', { name: 'Delete preset' }).click();
    await expect(priya.presets.page.getByText(`No preset matches “${NAME}”`)).toBeVisible();
    await priya.context.close();

    const marco = await signedIn(browser, E2E.storage.operator2);
    const response = await marco.presets.page.goto(presetLink);
    expect(response?.status()).toBe(200);
    await expect(marco.presets.page.getByRole('heading', { name: `“${NAME}” was deleted` })).toBeVisible();
    await expect(marco.presets.page.getByText(`Deleted by ${E2E.operator.username}`)).toBeVisible();
    await marco.context.close();
  });

  test('no stored preset row, shared form and no share link holds the secret, in any encoding', () => {
    const forms = secretForms(SECRET);
    const db = new Database(join(__dirname, '..', '..', E2E.dataDir, 'invokedeck.db'), { readonly: true, fileMustExist: true });
    const versions = db.prepare('select payload from preset_versions').all() as { payload: string }[];
    const drafts = db.prepare('select * from form_drafts').all() as { payload: string | null }[];
    const stored = JSON.stringify([versions, drafts, db.prepare('select * from presets').all(), db.prepare('select * from audit_log').all()]);
    db.close();
    expect(versions.length).toBeGreaterThanOrEqual(5);
    // The form link of the first test is among them, its secret parameter kept by name only.
    const keptByName = (payload: string) => (JSON.parse(payload) as { draft: { parameters: { name: string; value: string; secret: boolean }[] } }).draft.parameters.some((entry) => entry.name === 'registry_token' && entry.value === '' && entry.secret);
    expect(drafts.some((row) => row.payload !== null && keptByName(row.payload))).toBe(true);
    for (const form of forms) expect(stored, `stored rows hold the secret as ${form}`).not.toContain(form);
    expect(copiedLinks.length).toBeGreaterThanOrEqual(3);
    for (const link of copiedLinks) {
      const decoded = [link, decodeURIComponent(link), ...[...new URL(link).searchParams.values()].map((value) => Buffer.from(value, 'base64url').toString('utf8'))];
      for (const text of decoded) for (const form of forms) expect(text, `${link} holds the secret as ${form}`).not.toContain(form);
    }
    // The database files themselves, WAL included, as raw bytes.
    for (const file of ['invokedeck.db', 'invokedeck.db-wal'].map((name) => join(__dirname, '..', '..', E2E.dataDir, name)).filter((path) => existsSync(path))) {
      const bytes = readFileSync(file).toString('latin1');
      for (const form of forms) expect(bytes.includes(Buffer.from(form).toString('latin1')), `${file} holds ${form}`).toBe(false);
    }
  });
});

/** The secret as text, URL-encoded, Base64 and Base64url, JSON-escaped, upper- and lower-case. */
function secretForms(secret: string): string[] {
  const utf8 = Buffer.from(secret, 'utf8');
  return [...new Set([secret, secret.toLowerCase(), secret.toUpperCase(), encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), utf8.toString('base64'), utf8.toString('base64url'), utf8.toString('hex')])];
}
