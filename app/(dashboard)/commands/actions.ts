'use server';

import { revalidatePath } from 'next/cache';

import { defineAction } from '@/lib/auth/action';
import { createCommandInput, deleteCommandInput, modifyCommandInput } from '@/lib/commands/schema';
import * as commands from '@/lib/commands/service';
import { getDb } from '@/lib/db';
import { getEcsClient, getRegionGuard } from '@/lib/ecs';

/** Viewers read commands; saving, changing and deleting one takes an operator. */
const deps = async () => ({ db: await getDb(), ecs: getEcsClient(), regions: getRegionGuard() });

function refresh(commandId: string): void {
  revalidatePath('/commands');
  revalidatePath(`/commands/${commandId}`);
}

export const createCommand = defineAction({ name: 'createCommand', access: 'operator', schema: createCommandInput }, async (input, { user }) => {
  const saved = await commands.createCommand(await deps(), user, input);
  refresh(saved.commandId);
  return saved;
});

export const modifyCommand = defineAction({ name: 'modifyCommand', access: 'operator', schema: modifyCommandInput }, async (input, { user }) => {
  const saved = await commands.modifyCommand(await deps(), user, input);
  refresh(saved.commandId);
  return saved;
});

export const deleteCommand = defineAction({ name: 'deleteCommand', access: 'operator', schema: deleteCommandInput }, async (input, { user }) => {
  const deleted = await commands.deleteCommand(await deps(), user, input);
  refresh(deleted.commandId);
  return deleted;
});
