'use client';

import { useId } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';

import { Field, FieldError } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { COMMAND_LIMITS } from '@/lib/commands/rules';
import { type CommandForm } from '@/lib/commands/schema';
import { formatBytes } from '@/lib/format';
import { extractParameterNames } from '@/lib/invoke/parameters';
import { base64EncodedLength } from '@/lib/invoke/text-length';

/** The script, its size against the API's limit as it is typed, and the {{parameters}} it would declare. */
export function CommandContentField({ form }: { form: UseFormReturn<CommandForm> }) {
  const { register, formState, control } = form;
  const [content, enabled] = useWatch({ control, name: ['content', 'enableParameter'] });
  const bytes = base64EncodedLength(content);
  const over = bytes > COMMAND_LIMITS.contentBase64Bytes;
  const names = extractParameterNames(content);
  const checkboxId = useId();
  const namesId = useId();
  return (
    <>
      <Field
        label="Content"
        hint={`Required. At most ${formatBytes(COMMAND_LIMITS.contentBase64Bytes)} once Base64-encoded (CmdContent.ExceedLimit). Write {{name}} for a value given at launch.`}
        labelAside={
          <span className={cn('text-xs tabular', over ? 'font-medium text-rose-600 dark:text-rose-400' : 'text-muted')}>
            {formatBytes(bytes)} of {formatBytes(COMMAND_LIMITS.contentBase64Bytes)}
          </span>
        }
        error={formState.errors.content?.message}
      >
        {(props) => <Textarea {...props} {...register('content')} rows={9} spellCheck={false} autoCapitalize="off" className="font-mono text-xs leading-relaxed" />}
      </Field>
      <div className="space-y-1.5">
        <div className="flex items-start gap-2.5">
          <input id={checkboxId} type="checkbox" {...register('enableParameter')} aria-describedby={namesId} className="mt-0.5 size-4 accent-accent-600" />
          <label htmlFor={checkboxId} className="text-[13px] font-medium text-ink">
            Enable custom parameters
          </label>
        </div>
        <p id={namesId} className="pl-6.5 text-xs text-muted">
          {names.length === 0
            ? `No {{name}} in the content yet. At most ${COMMAND_LIMITS.definedParameters} per command; it cannot change once saved.`
            : `${enabled ? 'Declares' : 'Would declare'} ${names.map((name) => `{{${name}}}`).join(', ')} (${names.length} of at most ${COMMAND_LIMITS.definedParameters}).${enabled ? '' : ' Off: they run as written.'}`}
        </p>
        <FieldError message={formState.errors.enableParameter?.message} />
      </div>
    </>
  );
}
