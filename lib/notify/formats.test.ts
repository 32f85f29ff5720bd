import { describe, expect, it } from 'vitest';

import { type NotificationEvent } from './events';
import { buildRequest } from './formats';
import { judgeResponse } from './response';
import { dingTalkSign, larkSign, verifySignature } from './sign';

const event: NotificationEvent = {
  kind: 'launch.failed',
  dedupeKey: 'launch:l-1:launch.failed:7',
  at: '2030-05-01T10:05:00.000Z',
  launch: {
    id: '6f1c1e4e-0d43-4d7e-9d55-2b7c5a0b1a11',
    regionId: 'cn-shanghai',
    commandName: 'patch-web.sh',
    commandId: 'c-patch',
    repeatMode: 'Once',
    status: 'PartialFailed',
    sendStatus: 'sent',
    instanceCount: 3,
    batchCount: 1,
    createdBy: 'priya',
    createdAt: '2030-05-01T10:00:00.000Z',
    haltReason: null,
    presetId: null,
  },
  counts: { Success: 2, Failed: 1 },
};
const now = new Date('2030-05-01T10:05:01.000Z');
const context = { deliveryId: 'd-1', eventId: 'e-1', publicUrl: 'https://deck.example.com', now };
const launchUrl = 'https://deck.example.com/invocations/launches/6f1c1e4e-0d43-4d7e-9d55-2b7c5a0b1a11';

describe('webhook formats', () => {
  it('generic: {event, launch, counts, url}, signed over the exact body', () => {
    const request = buildRequest({ kind: 'generic', url: 'https://hooks.example.com/in', secret: 'whsec-0123456789abcdef' }, event, context);
    const body = JSON.parse(request.body) as Record<string, unknown>;
    expect(body).toMatchObject({ id: 'e-1', event: 'launch.failed', test: false, counts: { Success: 2, Failed: 1 }, url: launchUrl });
    expect(body.launch).toEqual(event.launch);
    expect(request.headers['X-InvokeDeck-Event']).toBe('launch.failed');
    expect(request.headers['X-InvokeDeck-Delivery']).toBe('d-1');
    expect(request.headers['X-InvokeDeck-Timestamp']).toBe('1903860301');
    const headers = { timestamp: request.headers['X-InvokeDeck-Timestamp'], signature: request.headers['X-InvokeDeck-Signature'] };
    expect(verifySignature('whsec-0123456789abcdef', headers, request.body, 1_903_860_301)).toBe(true);
  });

  it('DingTalk: a markdown message; with a sign secret, timestamp and sign join the URL\u2019s access token', () => {
    const request = buildRequest({ kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=abc', secret: 'SECexample' }, event, context);
    const body = JSON.parse(request.body) as { msgtype: string; markdown: { title: string; text: string } };
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.title).toBe('Launch of patch-web.sh finished with failures');
    expect(body.markdown.text).toContain('**Failed 1 · Success 2**');
    expect(body.markdown.text).toContain(`[Open the launch](${launchUrl})`);
    const url = new URL(request.url);
    expect(url.searchParams.get('access_token')).toBe('abc');
    expect(url.searchParams.get('timestamp')).toBe(String(now.getTime()));
    expect(url.searchParams.get('sign')).toBe(dingTalkSign('SECexample', now.getTime()));
    expect(buildRequest({ kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=abc', secret: null }, event, context).url).toBe('https://oapi.dingtalk.com/robot/send?access_token=abc');
  });

  it('Lark: a post message with a link; with a secret, timestamp (seconds) and sign in the body', () => {
    const request = buildRequest({ kind: 'lark', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/x', secret: 'example-secret' }, event, context);
    const body = JSON.parse(request.body) as { msg_type: string; timestamp: string; sign: string; content: { post: { en_us: { title: string; content: { tag: string; text: string; href?: string }[][] } } } };
    expect(body.msg_type).toBe('post');
    expect(body.timestamp).toBe('1903860301');
    expect(body.sign).toBe(larkSign('example-secret', 1_903_860_301));
    expect(body.content.post.en_us.title).toBe('Launch of patch-web.sh finished with failures');
    expect(body.content.post.en_us.content.at(-1)).toEqual([{ tag: 'a', text: 'Open the launch', href: launchUrl }]);
    expect(request.url).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/x');
  });

  it('Slack: blocks with escaped mrkdwn, and a plain-text fallback', () => {
    const request = buildRequest({ kind: 'slack', url: 'https://hooks.slack.com/services/T/B/x', secret: null }, { ...event, launch: { ...event.launch, commandName: 'a<b>&c' } }, { ...context, test: true });
    const body = JSON.parse(request.body) as { text: string; blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] };
    expect(body.text).toBe('[Test] Launch of a<b>&c finished with failures: Failed 1 · Success 2');
    expect(body.blocks[0]?.text?.text).toContain('*[Test] Launch of a&lt;b&gt;&amp;c finished with failures*');
    expect(body.blocks[1]?.elements?.[0]?.text).toBe(`InvokeDeck · <${launchUrl}|Open the launch>`);
    expect(request.headers['X-InvokeDeck-Signature']).toBeUndefined();
  });
});

describe('judging a receiver\u2019s answer', () => {
  it('retries 5xx, 408 and 429; gives up on other 4xx and on redirects', () => {
    expect(judgeResponse('generic', 204, '')).toEqual({ ok: true, statusCode: 204 });
    expect(judgeResponse('generic', 500, '')).toMatchObject({ ok: false, retry: true, statusCode: 500 });
    expect(judgeResponse('slack', 429, '')).toMatchObject({ ok: false, retry: true });
    expect(judgeResponse('slack', 404, 'no_service')).toMatchObject({ ok: false, retry: false, error: 'The receiver answered HTTP 404.' });
    expect(judgeResponse('generic', 302, '')).toMatchObject({ ok: false, retry: false, error: 'The receiver answered a redirect, which is not followed.' });
  });

  it('reads the error codes chat robots answer with a 200', () => {
    expect(judgeResponse('dingtalk', 200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true, statusCode: 200 });
    expect(judgeResponse('dingtalk', 200, '{"errcode":310000,"errmsg":"sign not match"}')).toMatchObject({ ok: false, retry: false, error: 'DingTalk refused the message (code 310000: sign not match).' });
    expect(judgeResponse('dingtalk', 200, '{"errcode":130101,"errmsg":"send too fast"}')).toMatchObject({ ok: false, retry: true });
    expect(judgeResponse('lark', 200, '{"code":0,"msg":"success"}')).toEqual({ ok: true, statusCode: 200 });
    expect(judgeResponse('lark', 200, '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}')).toMatchObject({ ok: false, retry: false });
  });
});
