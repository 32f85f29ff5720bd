import { E2E } from '../env';
import { expect, test } from '../fixtures';

/**
 * Issue 4: the instance picker is fully usable by keyboard. From the command list, Tab into
 * the search, ArrowDown into the list, Space, Shift+ArrowDown and Ctrl+A to select, "/" back
 * to the search, and the count line and aria-selected follow. No mouse is used.
 */
test.use({ storageState: E2E.storage.operator });

test('the instance picker is used by keyboard alone', async ({ launchPage: form, page }) => {
  await form.goto();
  const keyboard = page.keyboard;

  // The command, by keyboard: search, Tab to the matching radio, Space.
  await form.commandSearch.focus();
  await keyboard.type('health-check');
  await keyboard.press('Tab');
  await expect(form.command('health-check.sh')).toBeFocused();
  await keyboard.press('Space');
  await expect(form.command('health-check.sh')).toBeChecked();

  // Tab reaches the choice between picking instances and targeting tags, then the instance search.
  await keyboard.press('Tab');
  await expect(form.section('Instances').getByRole('radio', { name: 'Pick instances' })).toBeFocused();
  await keyboard.press('Tab');
  await expect(form.instanceSearch).toBeFocused();
  await keyboard.type('web-prod-00');
  await expect(form.selectionCount).toHaveText('9 match · 9 eligible · 0 selected');

  // ArrowDown enters the list on its first row; Space selects it.
  await keyboard.press('ArrowDown');
  await expect(form.instances).toBeFocused();
  expect(await form.activeInstance()).toMatch(/^web-prod-001, /);
  await keyboard.press('Space');
  await expect(form.instance('web-prod-001')).toHaveAttribute('aria-selected', 'true');
  await expect(form.selectionCount).toHaveText('9 match · 9 eligible · 1 selected');

  // Shift+ArrowDown extends the selection from there.
  await keyboard.press('Shift+ArrowDown');
  await keyboard.press('Shift+ArrowDown');
  expect(await form.activeInstance()).toMatch(/^web-prod-003, /);
  for (const name of ['web-prod-001', 'web-prod-002', 'web-prod-003']) await expect(form.instance(name)).toHaveAttribute('aria-selected', 'true');
  await expect(form.instance('web-prod-004')).toHaveAttribute('aria-selected', 'false');
  await expect(form.selectionCount).toHaveText('9 match · 9 eligible · 3 selected');

  // ArrowDown only moves; Space toggles the row on and off.
  await keyboard.press('ArrowDown');
  expect(await form.activeInstance()).toMatch(/^web-prod-004, /);
  await expect(form.instance('web-prod-004')).toHaveAttribute('aria-selected', 'false');
  await keyboard.press('Space');
  await expect(form.instance('web-prod-004')).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('Space');
  await expect(form.instance('web-prod-004')).toHaveAttribute('aria-selected', 'false');
  await expect(form.selectionCount).toHaveText('9 match · 9 eligible · 3 selected');

  // "/" goes back to the search; a new search keeps what was selected.
  await keyboard.press('/');
  await expect(form.instanceSearch).toBeFocused();
  await keyboard.press('ControlOrMeta+a');
  await keyboard.type('web-prod-03');
  await expect(form.selectionCount).toHaveText('10 match · 9 eligible · 3 selected (3 not shown)');

  // Ctrl+A in the list selects every eligible match and skips the stopped one.
  await keyboard.press('ArrowDown');
  await expect(form.instances).toBeFocused();
  await keyboard.press('ControlOrMeta+a');
  await expect(form.pickerNotice).toHaveText(/^Added 9 instances\. Skipped 1 instance that is not eligible\./);
  await expect(form.selectionCount).toHaveText('10 match · 9 eligible · 12 selected (3 not shown)');
  await expect(form.instance('web-prod-037')).toHaveAttribute('aria-selected', 'false');

  // Walking onto the stopped row and pressing Space says why it stays out.
  for (let step = 0; step < 7; step++) await keyboard.press('ArrowDown');
  expect(await form.activeInstance()).toMatch(/^web-prod-037, .*not eligible: Stopped/);
  await keyboard.press('Space');
  await expect(form.pickerNotice).toHaveText(/^i-[a-z0-9]+ cannot be selected: Stopped\.$/);
  await expect(form.instance('web-prod-037')).toHaveAttribute('aria-selected', 'false');
  await expect(form.selectionCount).toHaveText('10 match · 9 eligible · 12 selected (3 not shown)');

  // Escape in the search clears it; the whole selection is there.
  await keyboard.press('/');
  await keyboard.press('Escape');
  await expect(form.instanceSearch).toHaveValue('');
  await expect(form.selectionCount).toHaveText(/ 12 selected$/);
  await expect(form.summary('Instances')).toHaveText('12 instances in 1 batch');
});
