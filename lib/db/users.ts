import 'server-only';

import { randomUUID } from 'node:crypto';

import { type Db } from './client';
import { type Role, type UsersTable } from './schema';

export type UserRow = UsersTable;
export type UserSummary = Omit<UserRow, 'password_hash'>;

const summaryColumns = [
  'id',
  'username',
  'display_name',
  'role',
  'disabled',
  'created_at',
  'updated_at',
  'last_sign_in_at',
] as const;

export function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Db, id: string): Promise<UserSummary | undefined> {
  return db.selectFrom('users').select(summaryColumns).where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Db): Promise<UserSummary[]> {
  return db.selectFrom('users').select(summaryColumns).orderBy('username').execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Insert a user unless one has that username already (null then): two replicas starting at
 * once on one database both try to create the first admin, and only one may.
 */
export async function insertUserIfAbsent(
  db: Db,
  user: { username: string; displayName: string; passwordHash: string; role: Role },
  now = new Date(),
): Promise<UserSummary | null> {
  const summary = newUser(user, now);
  const result = await db.insertInto('users').values(summary.row).onConflict((oc) => oc.column('username').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? summary.summary : null;
}

function newUser(user: { username: string; displayName: string; passwordHash: string; role: Role }, now: Date): { row: UserRow; summary: UserSummary } {
  const row: UserRow = {
    id: randomUUID(),
    username: user.username.toLowerCase(),
    display_name: user.displayName,
    password_hash: user.passwordHash,
    role: user.role,
    disabled: 0,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    last_sign_in_at: null,
  };
  const { password_hash: _hash, ...summary } = row;
  return { row, summary };
}

export async function insertUser(
  db: Db,
  user: { username: string; displayName: string; passwordHash: string; role: Role },
  now = new Date(),
): Promise<UserSummary> {
  const { row, summary } = newUser(user, now);
  await db.insertInto('users').values(row).execute();
  return summary;
}

export async function updateUser(
  db: Db,
  id: string,
  changes: Partial<Pick<UserRow, 'role' | 'disabled' | 'password_hash' | 'display_name' | 'last_sign_in_at'>>,
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...changes, updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}
