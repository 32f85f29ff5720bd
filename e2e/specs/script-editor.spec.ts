import { E2E } from '../env';
import { expect, test } from '../fixtures';
import { ScriptEditor } from '../pages/script-editor';

/**
 * Issue 14: the launch form's script editor. CodeMirror arrives when the operator chooses to
 * run a script, marks `{{parameters}}` as they are typed, indents with Tab, and lets a keyboard
 * user leave with Escape, then Tab.
 */
test.use({ storageState: E2E.storage.operator });

test('the editor is fetched when Script is chosen, not with the form', async ({ launchPage: form, page }) => {
  // CodeMirror's own class names are in its code, and in no other script of the app.
  const editorScripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script' || response.status() !== 200) return;
    const body = await response.text().catch(() => '');
    if (body.includes('cm-lineNumbers')) editorScripts.push(response.url());
  });
  await form.goto();
  expect(editorScripts).toEqual([]);

  await page.getByRole('radiogroup', { name: 'What to run' }).getByRole('radio', { name: 'Script' }).check();
  const editor = new ScriptEditor(page);
  await editor.ready();
  expect(editorScripts.length).toBeGreaterThan(0);
});

test('placeholders are marked as they are typed and become the Parameters step’s fields', async ({ launchPage: form, page }) => {
  await form.goto();
  await page.getByRole('radiogroup', { name: 'What to run' }).getByRole('radio', { name: 'Script' }).check();
  const editor = new ScriptEditor(page);
  await editor.ready();

  await editor.type('for host in {{ hosts }}; do\n');
  await expect(editor.parameters).toHaveText(['{{ hosts }}']);
  await page.keyboard.press('Tab');
  await page.keyboard.type('echo "$host on {{ACS::InstanceId}}: {{.State}}"');
  await expect(editor.builtIns).toHaveText(['{{ACS::InstanceId}}']);
  await expect(editor.literals).toHaveText(['{{.State}}']);
  // Tab indented the line (two spaces for a shell script) instead of leaving the editor.
  expect(await editor.lines()).toEqual(['for host in {{ hosts }}; do', '  echo "$host on {{ACS::InstanceId}}: {{.State}}"']);
  await expect(editor.textbox).toBeFocused();

  // The custom one is a field to fill; the built-in is not; the braces that stay are named.
  await expect(form.parameter('hosts')).toBeVisible();
  await expect(form.section('Parameters').getByLabel(/ACS::InstanceId/)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Placeholders to check' })).toContainText('{{.State}} is not a parameter');
});

test('Escape, then Tab, moves on from the editor; Shift+Tab comes back and Tab indents again', async ({ launchPage: form, page }) => {
  await form.goto();
  await page.getByRole('radiogroup', { name: 'What to run' }).getByRole('radio', { name: 'Script' }).check();
  const editor = new ScriptEditor(page);
  await editor.ready();
  // Clicking the label puts the caret in the editor, as it would in a text area.
  await editor.clickLabel();
  await expect(editor.textbox).toBeFocused();
  await expect(editor.textbox).toHaveAccessibleDescription(/Esc then Tab moves on/);

  await page.keyboard.type('echo one');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Use {{…}} as parameters' })).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(editor.textbox).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.textbox).toBeFocused();
  expect(await editor.lines()).toEqual(['  echo one']);
});
