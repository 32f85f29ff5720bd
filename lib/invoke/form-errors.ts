import type { z } from 'zod';
import { FIELD_LABELS } from '@/lib/invoke/field-labels';
import { zodFieldErrors } from '@/lib/zod-errors';

export interface InvokeFormErrors {
  /** One sentence for the top of the form. */
  message: string;
  /** Dotted field paths as react-hook-form names them ("parameters.2.name", "instanceIds.3"). */
  fieldErrors: Record<string, string[]>;
  /** The Alibaba error codes per field path, for the UI to show beside the message. */
  codes: Record<string, string[]>;
}

/** The code a launch rule attached to an issue, if any (type errors from zod have none). */
export function issueCode(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const code: unknown = issue.params?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A failed launch parse as the server action returns it and the form displays it. */
export function toInvokeFormErrors(error: z.ZodError): InvokeFormErrors {
  const codes: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const code = issueCode(issue);
    const key = issue.path.length ? issue.path.map(String).join('.') : 'root';
    if (code && !codes[key]?.includes(code)) (codes[key] ??= []).push(code);
  }
  return { message: summary(error.issues), fieldErrors: zodFieldErrors(error), codes };
}

function summary(issues: readonly z.core.$ZodIssue[]): string {
  const [only] = issues;
  if (issues.length === 1 && only) return only.message;
  const labels = [...new Set(issues.map((issue) => label(issue.path[0])))];
  return `Check ${labels.length === 1 ? 'this field' : 'these fields'} before launching: ${labels.join(', ')}.`;
}

const LABELS = new Map<string, string>(Object.entries(FIELD_LABELS));

function label(field: PropertyKey | undefined): string {
  return LABELS.get(String(field)) ?? 'Launch';
}
