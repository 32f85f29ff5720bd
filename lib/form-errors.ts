import { type FieldPath, type FieldValues, type UseFormSetError } from 'react-hook-form';

/** Put the server's field errors on the form's fields ("root" goes to the form itself). */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
): void {
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    if (path === 'root') setError('root.server', { type: 'server', message });
    else setError(path as FieldPath<T>, { type: 'server', message });
  }
}
