'use server';

import { revalidatePath } from 'next/cache';

import { defineAction } from '@/lib/auth/action';
import { hashPassword } from '@/lib/auth/password';
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setDisabledSchema } from '@/lib/accounts/schemas';
import { getDb } from '@/lib/db';
import { writeAudit } from '@/lib/db/audit';
import { deleteSessionsOfUser } from '@/lib/db/sessions';
import { countActiveAdmins, findUserById, findUserByUsername, insertUser, updateUser } from '@/lib/db/users';
import { AppError, invalid, notFound } from '@/lib/errors';

export const createOperator = defineAction({ name: 'createOperator', access: 'admin', schema: createUserSchema }, async (input, { user }) => {
  const db = await getDb();
  if (await findUserByUsername(db, input.username)) {
    throw invalid('That username is taken.', { username: [`Username: "${input.username}" is taken.`] });
  }
  const created = await insertUser(db, {
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    passwordHash: await hashPassword(input.password),
  });
  await writeAudit(db, { actor: user, action: 'user.create', target: created.username, detail: { role: created.role } });
  revalidatePath('/admin');
  return { userId: created.id, username: created.username };
});

export const changeRole = defineAction({ name: 'changeRole', access: 'admin', schema: changeRoleSchema }, async (input, { user }) => {
  const db = await getDb();
  const target = await requireTarget(input.userId);
  // An admin who demoted themselves could not undo it: another admin changes an admin's role.
  if (target.id === user.userId && input.role !== target.role) throw new AppError('INVALID', 422, 'You cannot change your own role: another admin must.');
  if (target.role === 'admin' && input.role !== 'admin') await keepOneAdmin(target.disabled === 0);
  await updateUser(db, target.id, { role: input.role });
  await writeAudit(db, { actor: user, action: 'user.role', target: target.username, detail: { from: target.role, to: input.role } });
  revalidatePath('/admin');
  return { role: input.role };
});

export const resetPassword = defineAction({ name: 'resetPassword', access: 'admin', schema: resetPasswordSchema }, async (input, { user }) => {
  const db = await getDb();
  const target = await requireTarget(input.userId);
  await updateUser(db, target.id, { password_hash: await hashPassword(input.password) });
  // A reset password must not leave old sessions open.
  await deleteSessionsOfUser(db, target.id);
  await writeAudit(db, { actor: user, action: 'user.password_reset', target: target.username });
  revalidatePath('/admin');
  return { reset: true };
});

export const setDisabled = defineAction({ name: 'setDisabled', access: 'admin', schema: setDisabledSchema }, async (input, { user }) => {
  const db = await getDb();
  const target = await requireTarget(input.userId);
  if (input.disabled && target.id === user.userId) throw new AppError('INVALID', 422, 'You cannot disable your own account.');
  if (input.disabled && target.role === 'admin') await keepOneAdmin(target.disabled === 0);
  await updateUser(db, target.id, { disabled: input.disabled ? 1 : 0 });
  if (input.disabled) await deleteSessionsOfUser(db, target.id);
  await writeAudit(db, { actor: user, action: input.disabled ? 'user.disable' : 'user.enable', target: target.username });
  revalidatePath('/admin');
  return { disabled: input.disabled };
});

async function requireTarget(userId: string) {
  const target = await findUserById(await getDb(), userId);
  if (!target) throw notFound('That account');
  return target;
}

/** Refuse a change that would leave no enabled admin to manage accounts. */
async function keepOneAdmin(targetIsActiveAdmin: boolean): Promise<void> {
  if (targetIsActiveAdmin && (await countActiveAdmins(await getDb())) <= 1) {
    throw new AppError('LAST_ADMIN', 409, 'This is the only enabled admin. Make someone else an admin first.');
  }
}
