import { type WebhookKind } from './kinds';

/** What became of one attempt: delivered, or an error and whether trying again may help. */
export type AttemptOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string; retry: boolean };

/** DingTalk's "sending too fast" and Lark's rate limits: worth another try later. */
const RATE_LIMITED: Partial<Record<WebhookKind, readonly number[]>> = { dingtalk: [130101], lark: [9499, 11232] };

/**
 * Judge a receiver's answer. Chat robots answer 200 with an error code in the body (a wrong
 * sign, a missing keyword), so those bodies are read; a 4xx other than 408/429 will not get
 * better by retrying.
 */
export function judgeResponse(kind: WebhookKind, statusCode: number, body: string): AttemptOutcome {
  if (statusCode < 200 || statusCode >= 300) {
    const retry = statusCode >= 500 || statusCode === 408 || statusCode === 429;
    const detail = statusCode >= 300 && statusCode < 400 ? 'a redirect, which is not followed' : `HTTP ${statusCode}`;
    return { ok: false, statusCode, error: `The receiver answered ${detail}.`, retry };
  }
  if (kind !== 'dingtalk' && kind !== 'lark') return { ok: true, statusCode };
  const answer = parseObject(body);
  const code = kind === 'dingtalk' ? answer?.errcode : (answer?.code ?? answer?.StatusCode);
  if (code === undefined || code === 0) return { ok: true, statusCode };
  const message = kind === 'dingtalk' ? answer?.errmsg : (answer?.msg ?? answer?.StatusMessage);
  const words = typeof message === 'string' ? `: ${message.slice(0, 160)}` : '';
  return { ok: false, statusCode, error: `${kind === 'dingtalk' ? 'DingTalk' : 'Lark'} refused the message (code ${String(code)}${words}).`, retry: typeof code === 'number' && (RATE_LIMITED[kind] ?? []).includes(code) };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
