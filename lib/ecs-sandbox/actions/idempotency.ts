import type { ClientTokenRecord } from '../state/store';
import { redactParam } from '../state/redact';
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
  const exactFingerprint = call.params.fingerprint();
  const fingerprint = call.params.fingerprint(redactParam);
  const previous = call.ctx.store.clientTokens.get(key);
  if (previous) {
    if (sameRequest(previous, fingerprint, exactFingerprint)) return previous.response;
    throw new ApiError(
      'IdempotentParameterMismatch',
      400,
      'The request uses the same client token as a previous, but non-identical request. Use a new ClientToken for a different request.',
    );
  }
  const response = run();
  call.ctx.store.clientTokens.set(key, { fingerprint, exactFingerprint, response, at: call.ctx.clock.now() });
  call.ctx.store.onChange();
  return response;
}

/**
 * While the process runs the whole request is compared; a record read back from state.json
 * has only the masked text (or, written before masking, the exact one), so that is compared.
 */
function sameRequest(previous: ClientTokenRecord, fingerprint: string, exactFingerprint: string): boolean {
  if (previous.exactFingerprint !== undefined) return previous.exactFingerprint === exactFingerprint;
  return previous.fingerprint === fingerprint || previous.fingerprint === exactFingerprint;
}
