'use client';

import { KeyRound, UserCheck, UserX } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CellLabel } from '@/components/ui/cell-label';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { TimeAgo } from '@/components/ui/time-ago';
import { type ActionResult } from '@/lib/action-result';
import { type Role, ROLES } from '@/lib/accounts/roles';

export interface UserRowView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  lastSignInAt: string | null;
}

type Act<I> = (input: I) => Promise<ActionResult<unknown>>;

export interface UserActions {
  changeRole: Act<{ userId: string; role: Role }>;
  resetPassword: Act<{ userId: string; password: string }>;
  setDisabled: Act<{ userId: string; disabled: boolean }>;
}

/** What a role lets its holder do, as the confirmation of a role change says it. */
const ROLE_POWERS: Record<Role, string> = {
  viewer: 'A viewer reads launches, outputs and presets, and launches nothing.',
  operator: 'An operator launches and stops commands and manages presets.',
  admin: 'An admin can also add, disable and change the role of every account.',
};

/** "an admin", "an operator", "a viewer". */
const withArticle = (role: Role) => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;

export function UsersTable({ users, currentUserId, actions }: { users: UserRowView[]; currentUserId: string; actions: UserActions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [resetting, setResetting] = useState<UserRowView | null>(null);
  const [toggling, setToggling] = useState<UserRowView | null>(null);
  const [changing, setChanging] = useState<{ user: UserRowView; role: Role } | null>(null);

  const run = (call: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      const result = await call();
      if (!result.ok) setError(result.message);
      else after?.();
      router.refresh();
    });

  return (
    <div>
      {error ? (
        <Alert tone="danger" live className="m-4">
          {error}
        </Alert>
      ) : null}
      {/* Below md each account stacks into a card; explicit roles keep it a table for screen readers. */}
      <table role="table" aria-label="Accounts" className="block w-full text-left text-sm md:table">
        <thead role="rowgroup" className="sr-only border-b border-line text-xs text-muted md:not-sr-only md:table-header-group">
          <tr role="row">
            <th role="columnheader" className="px-5 py-2.5 font-medium">Account</th>
            <th role="columnheader" className="px-3 py-2.5 font-medium">Role</th>
            <th role="columnheader" className="px-3 py-2.5 font-medium">Status</th>
            <th role="columnheader" className="px-3 py-2.5 font-medium">Last sign-in</th>
            <th role="columnheader" className="px-5 py-2.5 text-right font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="block divide-y divide-line md:table-row-group">
          {users.map((user) => (
            <tr key={user.id} role="row" className="grid grid-cols-[8rem_auto_minmax(0,1fr)] items-start gap-x-4 gap-y-3 px-4 py-4 sm:px-5 md:table-row md:p-0 md:align-middle">
              <td role="cell" className="col-span-3 min-w-0 md:px-5 md:py-3">
                <div className="font-medium break-words text-ink">{user.displayName}</div>
                <div className="font-mono text-xs break-all text-muted">{user.username}</div>
              </td>
              <td role="cell" className="min-w-0 md:px-3 md:py-3">
                <CellLabel until="md">Role</CellLabel>
                <Select
                  aria-label={`Role of ${user.username}`}
                  className="h-8 w-32"
                  value={user.role}
                  disabled={pending || user.id === currentUserId}
                  title={user.id === currentUserId ? 'Another admin changes your role.' : undefined}
                  onChange={(event) => setChanging({ user, role: event.target.value as Role })}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {role}
                    </option>
                  ))}
                </Select>
              </td>
              <td role="cell" className="min-w-0 md:px-3 md:py-3">
                <CellLabel until="md">Status</CellLabel>
                {user.disabled ? <Badge tone="neutral" dot>Disabled</Badge> : <Badge tone="success" dot>Active</Badge>}
              </td>
              <td role="cell" className="min-w-0 text-muted tabular md:px-3 md:py-3">
                <CellLabel until="md">Last sign-in</CellLabel>
                {user.lastSignInAt ? <TimeAgo iso={user.lastSignInAt} /> : 'Never'}
              </td>
              <td role="cell" className="col-span-3 -ml-2.5 md:ml-0 md:px-5 md:py-3">
                <div className="flex flex-wrap gap-1.5 md:justify-end">
                  <Button size="sm" variant="ghost" onClick={() => setResetting(user)} aria-label={`Reset password of ${user.username}`}>
                    <KeyRound aria-hidden className="size-3.5" />
                    Reset password
                  </Button>
                  {user.id !== currentUserId ? (
                    <Button size="sm" variant="ghost" onClick={() => setToggling(user)} aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.username}`}>
                      {user.disabled ? <UserCheck aria-hidden className="size-3.5" /> : <UserX aria-hidden className="size-3.5" />}
                      {user.disabled ? 'Enable' : 'Disable'}
                    </Button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ResetPasswordDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onSubmit={(password) => resetting && run(() => actions.resetPassword({ userId: resetting.id, password }), () => setResetting(null))}
        pending={pending}
      />
      <Dialog
        open={changing !== null}
        onClose={() => setChanging(null)}
        title={changing ? `Make ${changing.user.username} ${withArticle(changing.role)}?` : ''}
        description={changing ? `${changing.user.displayName} is ${withArticle(changing.user.role)} now. ${ROLE_POWERS[changing.role]}` : ''}
        footer={
          <>
            <Button onClick={() => setChanging(null)}>Cancel</Button>
            <Button variant="primary" disabled={pending} onClick={() => changing && run(() => actions.changeRole({ userId: changing.user.id, role: changing.role }), () => setChanging(null))}>
              Change role
            </Button>
          </>
        }
      />
      <Dialog
        open={toggling !== null}
        onClose={() => setToggling(null)}
        title={toggling?.disabled ? `Enable ${toggling.username}?` : `Disable ${toggling?.username ?? ''}?`}
        description={
          toggling?.disabled
            ? 'They will be able to sign in again with their current password.'
            : 'They are signed out everywhere at once and cannot sign in until enabled again. Their launches and presets stay.'
        }
        footer={
          <>
            <Button onClick={() => setToggling(null)}>Cancel</Button>
            <Button
              variant={toggling?.disabled ? 'primary' : 'danger'}
              disabled={pending}
              onClick={() => toggling && run(() => actions.setDisabled({ userId: toggling.id, disabled: !toggling.disabled }), () => setToggling(null))}
            >
              {toggling?.disabled ? 'Enable account' : 'Disable account'}
            </Button>
          </>
        }
      />
    </div>
  );
}

function ResetPasswordDialog({
  user,
  onClose,
  onSubmit,
  pending,
}: {
  user: UserRowView | null;
  onClose: () => void;
  onSubmit: (password: string) => void;
  pending: boolean;
}) {
  const [password, setPassword] = useState('');
  const tooShort = password.length > 0 && password.length < 12;
  return (
    <Dialog
      open={user !== null}
      onClose={() => {
        setPassword('');
        onClose();
      }}
      title={`Reset the password of ${user?.username ?? ''}`}
      description="Their open sessions end at once; they sign in again with the new password."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            disabled={pending || password.length < 12}
            onClick={() => {
              onSubmit(password);
              setPassword('');
            }}
          >
            Set new password
          </Button>
        </>
      }
    >
      <Field label="New password" hint="At least 12 characters." error={tooShort ? 'Password: at least 12 characters.' : undefined}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" value={password} onChange={(event) => setPassword(event.target.value)} />}
      </Field>
    </Dialog>
  );
}
