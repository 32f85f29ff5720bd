import { type z } from 'zod';

import { AppError } from '@/lib/errors';
import { toInvokeFormErrors } from '@/lib/invoke/form-errors';

/**
 * A draft the server refused, as a 422: each message stays on its field, and the headline
 * names the Alibaba error codes the rules mirror (InvalidCmdId.NotFound, InvalidInstance.NotMatch…)
 * so an operator can tell a world that changed under the form from a typo, and search the code.
 */
export function invalidDraft(error: z.ZodError): AppError {
  const { message, fieldErrors, codes } = toInvokeFormErrors(error);
  const named = [...new Set(Object.values(codes).flat())];
  const headline = named.length ? `Refused before sending (${named.join(', ')}): ${message}` : message;
  return new AppError('INVALID', 422, headline, fieldErrors);
}
