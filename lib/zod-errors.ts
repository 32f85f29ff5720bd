import { type z } from 'zod';

/**
 * A ZodError as `{ "field.path": [messages] }`, the shape react-hook-form's setError and
 * the forms' error slots understand. Issues without a path go under "root".
 */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : 'root';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
