import { ApiError, platformErrors } from '../wire/api-error';
import type { ActionCall } from './context';

/**
 * ClientToken: the same token with the same request answers what the first call
 * answered (nothing runs twice); the same token with a different request is refused.
 */
export function withClientToken(
  call: ActionCall,
  action: string,
  regionId: string,
  run: () => Record<string, unknown>,
): Record<string, unknown> {
  const token = call.params.string('ClientToken');
  if (token === undefined || token === '') return run();
  if (token.length > call.ctx.limits.clientTokenLength || !/^[\x20-\x7e]+$/.test(token)) {
    throw platformErrors.invalidParameter('ClientToken', `Use at most ${call.ctx.limits.clientTokenLength} ASCII characters.`);
  }
  const key = `${action}/${regionId}/${token}`;
  const fingerprint = call.params.fingerprint();
  const previous = call.ctx.store.clientTokens.get(key);
  if (previous) {
    if (previous.fingerprint === fingerprint) return previous.response;
    throw new ApiError(
      'IdempotentParameterMismatch',
      400,
      'The request uses the same client token as a previous, but non-identical request. Use a new ClientToken for a different request.',
    );
  }
  const response = run();
  call.ctx.store.clientTokens.set(key, { fingerprint, response, at: call.ctx.clock.now() });
  call.ctx.store.onChange();
  return response;
}
