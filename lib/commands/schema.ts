import { z } from 'zod';

import { COMMAND_ID_PATTERN } from '@/lib/invoke/ids';
import { regionIdSchema } from '@/lib/invoke/region';
import { COMMAND_TYPES } from '@/lib/invoke/types';

import type { CommandIssue } from './codes';
import { commandRules, detailsRules } from './rules';

/**
 * One schema per form, used on both sides (STYLE §3): the Commands page's dialogs resolve
 * with the form schemas, the server actions parse the same fields (plus region and ID) again.
 * Each issue carries the code it mirrors in `params.code`.
 */
const addIssues = (issues: CommandIssue[], ctx: z.RefinementCtx) => {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { code: issue.code } });
};

// Generous caps: the rules give the exact limits with their codes; these only bound a hostile payload.
const detailsShape = {
  name: z.string().max(10_000),
  description: z.string().max(10_000),
  workingDir: z.string().max(10_000),
  timeout: z.string().max(20),
};

const commandShape = {
  ...detailsShape,
  type: z.enum(COMMAND_TYPES),
  content: z.string().max(200_000),
  enableParameter: z.boolean(),
};

export const commandIdSchema = z.string().regex(COMMAND_ID_PATTERN, 'Command: that is not a command ID (like c-hz0jdf1a2b3c).');

/** The Create dialog's fields. */
export const commandFormSchema = z.object(commandShape).superRefine((fields, ctx) => addIssues(commandRules(fields), ctx));

/** The Modify dialog's fields: what ModifyCommand can change. */
export const commandDetailsSchema = z.object(detailsShape).superRefine((fields, ctx) => addIssues(detailsRules(fields), ctx));

export const createCommandInput = z
  .object({ regionId: regionIdSchema, ...commandShape })
  .superRefine((fields, ctx) => addIssues(commandRules(fields), ctx));

export const modifyCommandInput = z
  .object({ regionId: regionIdSchema, commandId: commandIdSchema, ...detailsShape })
  .superRefine((fields, ctx) => addIssues(detailsRules(fields), ctx));

export const deleteCommandInput = z.object({ regionId: regionIdSchema, commandId: commandIdSchema });

export type CommandForm = z.input<typeof commandFormSchema>;
export type CommandDetailsForm = z.input<typeof commandDetailsSchema>;
export type CreateCommandInput = z.input<typeof createCommandInput>;
export type ModifyCommandInput = z.input<typeof modifyCommandInput>;
export type DeleteCommandInput = z.input<typeof deleteCommandInput>;
