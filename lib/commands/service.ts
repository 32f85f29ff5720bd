import 'server-only';

import { randomUUID } from 'node:crypto';

import { type z } from 'zod';

import { type SessionUser } from '@/lib/auth/sessions';
import { writeAudit } from '@/lib/db/audit';
import { type Db } from '@/lib/db/client';
import { type EcsClient, type EcsCommand, type RegionGuard } from '@/lib/ecs';
import { AppError, notFound } from '@/lib/errors';
import { requireAllowedRegion } from '@/lib/launches/regions';

import { findCommand, forgetPickerCommands } from './list';
import { timeoutSeconds } from './rules';
import { type createCommandInput, type modifyCommandInput } from './schema';
import { type SavedCommand } from './view';

export interface CommandDeps {
  db: Db;
  ecs: EcsClient;
  regions: RegionGuard;
  now?: Date;
}

type CreateInput = z.output<typeof createCommandInput>;
type ModifyInput = z.output<typeof modifyCommandInput>;

/** Alibaba's own commands can be run, never changed: refused here before ECS is asked. */
export const publicCommandRefusal = (command: Pick<EcsCommand, 'name'>, what: 'changed' | 'deleted') =>
  new AppError('PUBLIC_COMMAND', 403, `${command.name} is a public command of Alibaba Cloud: it cannot be ${what}. Save a copy as your own command to change what it runs.`);

/** CreateCommand with the fields as the form checked them; a ClientToken makes a retried call answer the same ID. */
export async function createCommand(deps: CommandDeps, user: SessionUser, fields: CreateInput): Promise<SavedCommand> {
  await requireAllowedRegion(fields.regionId, 'regionId', deps.regions);
  const timeout = timeoutSeconds(fields.timeout);
  const { commandId } = await deps.ecs.createCommand(fields.regionId, {
    name: fields.name.trim(),
    type: fields.type,
    content: fields.content,
    enableParameter: fields.enableParameter,
    ...(fields.description !== '' && { description: fields.description }),
    ...(fields.workingDir.trim() !== '' && { workingDir: fields.workingDir.trim() }),
    ...(timeout !== undefined && { timeout }),
    clientToken: randomUUID(),
  });
  forgetPickerCommands(fields.regionId);
  const saved = { commandId, regionId: fields.regionId, name: fields.name.trim() };
  await writeAudit(deps.db, { actor: user, action: 'command.create', target: commandId, detail: { region: fields.regionId, name: saved.name, type: fields.type } }, deps.now);
  return saved;
}

/**
 * ModifyCommand: name, description, working directory and timeout. The API ignores new
 * content (the reference says so), so the type and the script are never sent.
 */
export async function modifyCommand(deps: CommandDeps, user: SessionUser, fields: ModifyInput): Promise<SavedCommand> {
  const command = await ownCommand(deps, fields.regionId, fields.commandId, 'changed');
  const timeout = timeoutSeconds(fields.timeout);
  const changed = {
    ...(fields.name.trim() !== command.name && { name: fields.name.trim() }),
    // An empty value leaves a field as it is (ModifyCommand reads empty as absent): clearing is not possible.
    ...(fields.description !== '' && fields.description !== command.description && { description: fields.description }),
    ...(fields.workingDir.trim() !== command.workingDir && fields.workingDir.trim() !== '' && { workingDir: fields.workingDir.trim() }),
    ...(timeout !== undefined && timeout !== command.timeout && { timeout }),
  };
  if (Object.keys(changed).length > 0) await deps.ecs.modifyCommand(fields.regionId, command.commandId, changed);
  forgetPickerCommands(fields.regionId);
  await writeAudit(deps.db, { actor: user, action: 'command.modify', target: command.commandId, detail: { region: fields.regionId, name: fields.name.trim(), changed: Object.keys(changed) } }, deps.now);
  return { commandId: command.commandId, regionId: fields.regionId, name: changed.name ?? command.name };
}

/** DeleteCommand. Invocations already made keep their copy of the script; InvokeDeck's launches keep their records. */
export async function deleteCommand(deps: CommandDeps, user: SessionUser, input: { regionId: string; commandId: string }): Promise<SavedCommand> {
  const command = await ownCommand(deps, input.regionId, input.commandId, 'deleted');
  await deps.ecs.deleteCommand(input.regionId, command.commandId);
  forgetPickerCommands(input.regionId);
  await writeAudit(deps.db, { actor: user, action: 'command.delete', target: command.commandId, detail: { region: input.regionId, name: command.name } }, deps.now);
  return { commandId: command.commandId, regionId: input.regionId, name: command.name };
}

async function ownCommand(deps: CommandDeps, regionId: string, commandId: string, what: 'changed' | 'deleted'): Promise<EcsCommand> {
  await requireAllowedRegion(regionId, 'regionId', deps.regions);
  const command = await findCommand(deps.ecs, regionId, commandId);
  if (!command) throw notFound(`Command ${commandId} in ${regionId}`);
  if (command.provider) throw publicCommandRefusal(command, what);
  return command;
}
