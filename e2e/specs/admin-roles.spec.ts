import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';

import { callServerAction, listServerActions } from '../endpoints';
import { E2E } from '../env';
import { AdminPage } from '../pages/admin-page';

/**
 * Issue 15, small but sharp: a role change is confirmed first, and no admin can change their
 * own role (an admin who demoted themselves could not undo it), in the page or by calling
 * the action directly.
 */
test.use({ storageState: E2E.storage.admin });

test('a role change asks first and is audited; an admin cannot change their own role, not even through the action', async ({ page }) => {
  const admin = new AdminPage(page);
  await admin.goto();
  await expect(page.getByLabel(`Role of ${E2E.admin.username}`)).toBeDisabled();

  const account = { username: `lena${Date.now() % 100_000}`, displayName: 'Lena Ortiz', password: 'first-password-lena-1' };
  await admin.addOperator(account, 'viewer');
  const role = page.getByLabel(`Role of ${account.username}`);
  await role.selectOption('operator');
  const dialog = page.getByRole('dialog', { name: `Make ${account.username} an operator?` });
  await expect(dialog).toContainText('Lena Ortiz is a viewer now. An operator launches and stops commands and manages presets.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(role).toHaveValue('viewer');

  await role.selectOption('operator');
  await dialog.getByRole('button', { name: 'Change role' }).click();
  await expect(dialog).toBeHidden();
  await expect(role).toHaveValue('operator');
  await expect(page.getByRole('list', { name: 'Audit log' }).getByRole('listitem').filter({ hasText: `changed the role of ${account.username}` }).first()).toContainText('(viewer → operator)');

  // The action itself refuses, whatever the page offers.
  const db = new Database(join(__dirname, '..', '..', E2E.dataDir, 'invokedeck.db'), { readonly: true, fileMustExist: true });
  const { id } = db.prepare('SELECT id FROM users WHERE username = ?').get(E2E.admin.username) as { id: string };
  db.close();
  const changeRole = listServerActions().find((action) => action.name === 'changeRole');
  expect(changeRole).toBeDefined();
  const { result } = await callServerAction(page.request, changeRole as NonNullable<typeof changeRole>, [{ userId: id, role: 'viewer' }], { Origin: new URL(page.url()).origin });
  expect(result).toMatchObject({ ok: false, message: 'You cannot change your own role: another admin must.' });
  await admin.goto();
  await expect(page.getByLabel(`Role of ${E2E.admin.username}`)).toHaveValue('admin');
});
