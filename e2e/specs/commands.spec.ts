import { expectAccessible } from '../a11y';
import { callServerAction, listServerActions } from '../endpoints';
import { E2E } from '../env';
import { expect, REGION, test } from '../fixtures';
import { CommandDialog, CommandPage, CommandsPage } from '../pages/commands-page';

/**
 * Issue 14, items 2 and 3: the Commands page. An operator saves a command, finds it in the
 * launch form's picker, launches it, sees the launch on the command's page, edits and
 * deletes it; Alibaba's public commands are marked and read-only; a viewer only reads.
 */
const HOSTS = ['web-staging-17', 'web-staging-18'];
const unique = () => `e2e-cmd-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;

test.describe('as an operator', () => {
  test.use({ storageState: E2E.storage.operator });

  test('a command saved from the Commands page is launched, shows its launch, is edited and then deleted', async ({ page, launchPage: form, sandbox }) => {
    test.setTimeout(240_000);
    const name = `${unique()}.sh`;
    const commands = new CommandsPage(page);
    await commands.goto(`?region=${REGION}`);

    // The rules show on the fields before anything is sent.
    const dialog = await commands.create({ name, content: '', timeout: '5' });
    await dialog.save('Save command');
    await expect(dialog.root.getByText('Content is required')).toBeVisible();
    await expect(dialog.root.getByText(/Timeout: a whole number of seconds from 10/)).toBeVisible();
    const mark = await sandbox.mark();
    await dialog.field('Content').fill('echo "hello {{who}}"\nuptime');
    await dialog.field('Timeout').fill('90');
    await dialog.root.getByLabel('Enable custom parameters').check();
    await expect(dialog.root.getByText('Declares {{who}}')).toBeVisible();
    await dialog.field('Description').fill('Say hello from the Commands spec');
    await dialog.save('Save command');

    const command = new CommandPage(page);
    await expect(command.heading(name)).toBeVisible({ timeout: 30_000 });
    await expect(command.content).toHaveText('echo "hello {{who}}"\nuptime');
    await expect(command.parameters.getByRole('listitem')).toHaveText([/\{\{who\}\}/]);
    await expect(command.launches).toHaveCount(0);
    await expect(page.getByText('Not launched from InvokeDeck yet')).toBeVisible();
    const created = await sandbox.requests(mark, 'CreateCommand');
    expect(created.map((request) => [request.params.Name, request.params.Timeout, request.params.EnableParameter])).toEqual([[name, '90', 'true']]);

    // Launch: the form opens with it chosen, its parameter ready to fill.
    await command.launchLink.click();
    await form.ready();
    await expect(form.command(name)).toBeChecked();
    await form.fillParameters({ who: 'commands spec' });
    await form.selectInstances(...HOSTS);
    const review = await form.review();
    await review.launch();
    await expect(form.result.headline).toHaveText('Launched on 2 instances in 1 batch');

    // The command's page lists the launch: when, who, how many, and links to it.
    await commands.goto(`?region=${REGION}`);
    await commands.searchFor(name);
    await commands.row(name).getByRole('link', { name, exact: true }).click();
    await expect(command.launches.getByRole('row')).toHaveCount(2);
    const launchRow = command.launches.getByRole('row').nth(1);
    await expect(launchRow).toContainText(E2E.operator.username);
    await expect(launchRow).toContainText('2 instances');
    await launchRow.getByRole('link', { name: /^Open launch/ }).click();
    await expect(page).toHaveURL(/\/invocations\/launches\//);
    await page.goBack();

    // Edit what ModifyCommand allows; the script stays as it was.
    await command.editButton.click();
    const edit = new CommandDialog(page, `Edit ${name}`);
    await expect(edit.root.getByText('The type, the script and its parameters cannot change')).toBeVisible();
    await edit.field('Description').fill('Say hello, changed');
    await edit.field('Timeout').fill('120');
    await edit.save('Save changes');
    await expect(edit.root).toHaveCount(0);
    await expect(page.getByText('Say hello, changed')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '120 s' })).toBeVisible();
    await expect(command.content).toHaveText('echo "hello {{who}}"\nuptime');

    // Delete: the confirmation names the command; afterwards it is gone from the list.
    await command.deleteButton.click();
    const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
    await expect(confirm).toContainText('InvokeDeck keeps its launches of it');
    await confirm.getByRole('button', { name: 'Delete command' }).click();
    await expect(commands.heading).toBeVisible({ timeout: 30_000 });
    await commands.searchFor(name);
    await expect(page.getByText('No command matches these filters')).toBeVisible();
  });

  test('a public command is listed marked as Alibaba Cloud’s, in the picker too, and cannot be edited', async ({ page, launchPage: form }) => {
    test.setTimeout(120_000);
    const commands = new CommandsPage(page);
    await commands.goto(`?region=${REGION}&source=public`);
    const row = commands.row('ACS-ECS-DiskUsageCheck-linux.sh');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Alibaba Cloud');
    await expect(row).toContainText('v2');
    await expect(row.getByRole('link', { name: 'Launch ACS-ECS-DiskUsageCheck-linux.sh' })).toBeVisible();
    await expect(row.getByRole('button', { name: /^(Edit|Delete) / })).toHaveCount(0);

    await row.getByRole('link', { name: 'ACS-ECS-DiskUsageCheck-linux.sh', exact: true }).click();
    const command = new CommandPage(page);
    await expect(command.heading('ACS-ECS-DiskUsageCheck-linux.sh')).toBeVisible();
    await expect(page.getByText('A public command of Alibaba Cloud')).toBeVisible();
    await expect(command.content).toContainText('df -i');
    await expect(command.editButton).toHaveCount(0);
    await expect(command.deleteButton).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Versions' }).getByRole('link')).toHaveText(['v2 (newest)', 'v1']);

    await form.goto(`?region=${REGION}`);
    await form.commandSearch.fill('ACS-ECS-DiskUsage');
    await expect(form.command('ACS-ECS-DiskUsageCheck-linux.sh')).toHaveCount(1);
    await expect(form.commands.getByText('Alibaba Cloud')).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test.use({ storageState: E2E.storage.operator });

  test('the list, a command’s page and the New command dialog pass axe in both themes', async ({ page }) => {
    test.setTimeout(120_000);
    const commands = new CommandsPage(page);
    await commands.goto(`?region=${REGION}`);
    await expect(commands.table.getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(page, '/commands');
    await commands.row('ACS-ECS-ProcessStateCheck-linux.sh').getByRole('link', { name: 'ACS-ECS-ProcessStateCheck-linux.sh', exact: true }).click();
    await expect(new CommandPage(page).content).toBeVisible();
    await expectAccessible(page, 'a public command’s page');
    await commands.goto(`?region=${REGION}`);
    const dialog = await commands.create({ name: '', content: 'echo {{x}}' });
    await dialog.save('Save command');
    await expect(dialog.root.getByText('Name is required.')).toBeVisible();
    await expectAccessible(page, 'the New command dialog with an error', { include: 'dialog[open]' });
  });
});

test.describe('as a viewer', () => {
  test.use({ storageState: E2E.storage.viewer });

  test('reads commands but cannot save, edit or delete one, not even through the actions', async ({ page, sandbox }) => {
    const commands = new CommandsPage(page);
    await commands.goto(`?region=${REGION}`);
    await expect(commands.table.getByRole('row').nth(1)).toBeVisible();
    await expect(page.getByRole('button', { name: 'New command' })).toHaveCount(0);
    await expect(commands.table.getByRole('button')).toHaveCount(0);
    await expect(commands.table.getByRole('link', { name: /^Launch / })).toHaveCount(0);

    const mark = await sandbox.mark();
    for (const [name, input] of [
      ['createCommand', { regionId: REGION, name: 'viewer.sh', description: '', type: 'RunShellScript', content: 'id', workingDir: '', timeout: '', enableParameter: false }],
      ['deleteCommand', { regionId: REGION, commandId: 'c-anything' }],
    ] as const) {
      const action = listServerActions().find((entry) => entry.name === name && entry.file.includes('commands'));
      if (!action) throw new Error(`${name} is not in the build`);
      const { result } = await callServerAction(page.request, action, [input]);
      expect(result).toMatchObject({ ok: false, status: 403, code: 'FORBIDDEN' });
    }
    expect([...(await sandbox.requests(mark, 'CreateCommand')), ...(await sandbox.requests(mark, 'DeleteCommand'))]).toEqual([]);
  });
});
