import { expectAccessible } from '../a11y';
import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { InvocationPage } from '../pages/invocation-page';
import { InvocationsListPage } from '../pages/invocations-list-page';
import { OverviewPage } from '../pages/overview-page';
import { PresetsPage } from '../pages/presets-page';

/**
 * Issue 15: every kind of page the suite visits passes axe (WCAG 2 A/AA, best practices and
 * Label in Name) in the light and the dark theme, in the states an operator meets: a filled
 * form and its dialogs, a launch, its InvokeId with an output open, the lists, presets, admin,
 * pages that do not exist. The theme follows prefers-color-scheme. axe is slow on big pages,
 * hence the long timeouts; the checks themselves wait on nothing but the page.
 */

const HOSTS = ['web-prod-211', 'web-prod-212'];

test('the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in to InvokeDeck', level: 1 })).toBeVisible();
  await expectAccessible(page, '/login');
});

test.describe('signed in as an operator', () => {
  test.use({ storageState: E2E.storage.operator });

  test('"Skip to content" is the first stop of the Tab key and moves focus past the header', async ({ launchPage: form, page }) => {
    await form.goto();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  });

  test.describe.serial('from the launch form to a launch and its preset', () => {
    const name = `a11y check ${Date.now().toString(36)}`;
    let presetLink = '';
    let launchUrl = '';

    test('the launch form, the save-preset and review dialogs, the launch result', async ({ launchPage: form, page }) => {
      test.setTimeout(300_000);
      const presets = new PresetsPage(page);
      await form.goto();
      await expectAccessible(page, '/invoke (empty form)');

      await form.chooseCommand('health-check.sh');
      await form.selectInstances(...HOSTS);
      await expect(form.selectionCount).toHaveText(/ 2 selected$/);
      await expectAccessible(page, '/invoke (command and instances picked)');

      await presets.form.toolbar().getByRole('button', { name: 'Save as preset' }).click();
      const saveDialog = page.getByRole('dialog', { name: 'Save as preset' });
      await expect(saveDialog.getByLabel('Name')).toBeFocused();
      await expectAccessible(page, '/invoke (save-preset dialog)', { include: 'dialog[open]' });
      await saveDialog.getByLabel('Name').fill(name);
      await saveDialog.getByRole('button', { name: 'Save preset' }).click();
      await expect(saveDialog).toBeHidden();
      presetLink = await presets.form.toolbar().getByTestId('preset-link').inputValue();

      const review = await form.review();
      await expectAccessible(page, '/invoke (review dialog)', { include: 'dialog[open]' });
      await review.launch();
      await expect(form.result.headline).toHaveText('Launched on 2 instances in 1 batch');
      await expectAccessible(page, '/invoke (launch result)', { include: '[data-testid="launch-result"]' });
      launchUrl = (await form.result.openLaunch.getAttribute('href')) ?? '';
      expect(launchUrl).toMatch(/^\/invocations\/launches\//);
    });

    test('the launch page, and its InvokeId with an output open', async ({ page }) => {
      test.setTimeout(300_000);
      const invocation = new InvocationPage(page);
      await page.goto(launchUrl);
      await invocation.expectAggregate(/Success|Finished/);
      await expectAccessible(page, 'a launch page');

      await page.getByRole('link', { name: /^t-/ }).first().click();
      await expect(invocation.heading()).toHaveText(/^t-/);
      await invocation.expectAggregate(/Success|Finished/);
      await invocation.openOutput((await invocation.rows().first().getAttribute('data-instance')) ?? '');
      await expectAccessible(page, 'an InvokeId page with an output open');
    });

    test('the invocations list, the presets list, a preset and its history', async ({ page }) => {
      test.setTimeout(300_000);
      const list = new InvocationsListPage(page);
      await list.goto();
      await expect(list.rows.first()).toBeVisible();
      await expectAccessible(page, '/invocations');

      const presets = new PresetsPage(page);
      await presets.gotoList();
      await expect(presets.row(name)).toBeVisible();
      await expectAccessible(page, '/presets');

      await presets.gotoPreset(presetLink, name);
      await expectAccessible(page, 'a preset page');

      await presets.gotoHistory(new URL(presetLink, E2E.baseUrl).pathname.split('/').at(-1) ?? '');
      await expect(presets.version(1)).toBeVisible();
      await expectAccessible(page, 'a preset history page');
    });
  });

  test('pages that do not exist', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/invocations/launches/not-a-launch');
    await expect(page.getByRole('heading', { level: 1, name: 'Launch not found' })).toBeVisible();
    await expectAccessible(page, 'an unknown launch (404)');
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
    await expectAccessible(page, 'an unknown path (404)');
  });
});

test.describe('signed in as a viewer', () => {
  test.use({ storageState: E2E.storage.viewer });

  test('the overview', async ({ page }) => {
    test.setTimeout(120_000);
    await new OverviewPage(page).goto();
    await expectAccessible(page, '/overview');
  });
});

test.describe('signed in as an admin', () => {
  test.use({ storageState: E2E.storage.admin });

  test('operators and the audit log', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(E2E.operator.username) })).toBeVisible();
    await expectAccessible(page, '/admin');
  });
});
