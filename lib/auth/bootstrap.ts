import 'server-only';

import { type Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { countUsers, insertUserIfAbsent } from '@/lib/db/users';

import { generatePassword, hashPassword } from './password';

/**
 * On a database with no users, create the first admin. Its password comes from
 * INVOKEDECK_ADMIN_PASSWORD, or is generated and returned so the caller can print it once.
 */
export async function ensureFirstAdmin(
  db: Db,
  options: { username: string; password?: string | undefined },
): Promise<{ created: false } | { created: true; username: string; generatedPassword?: string }> {
  if ((await countUsers(db)) > 0) return { created: false };
  const password = options.password ?? generatePassword();
  const user = await insertUserIfAbsent(db, {
    username: options.username,
    displayName: 'Administrator',
    passwordHash: await hashPassword(password),
    role: 'admin',
  });
  // Another replica starting at the same time made it first.
  if (!user) return { created: false };
  await writeAudit(db, { actor: null, action: 'user.create', target: user.username, detail: { role: 'admin', firstStart: true } });
  return options.password ? { created: true, username: user.username } : { created: true, username: user.username, generatedPassword: password };
}
