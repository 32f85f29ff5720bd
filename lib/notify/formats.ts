import { type NotificationEvent } from './events';
import { launchLink, messageWords } from './message';
import { dingTalkSign, larkSign, signBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './sign';
import { type WebhookKind } from './kinds';

/** What one delivery posts: built fresh (and signed again) for every attempt. */
export interface OutgoingRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Target {
  kind: WebhookKind;
  url: string;
  secret: string | null;
}

export interface DeliveryContext {
  /** Stable across retries: receivers drop a delivery they have seen. */
  deliveryId: string;
  eventId: string;
  publicUrl: string;
  now: Date;
  test?: boolean;
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'InvokeDeck-Webhook/1' };

export function buildRequest(target: Target, event: NotificationEvent, context: DeliveryContext): OutgoingRequest {
  switch (target.kind) {
    case 'generic':
      return generic(target, event, context);
    case 'dingtalk':
      return dingTalk(target, event, context);
    case 'lark':
      return lark(target, event, context);
    case 'slack':
      return slack(target, event, context);
  }
}

function generic(target: Target, event: NotificationEvent, context: DeliveryContext): OutgoingRequest {
  const body = JSON.stringify({
    id: context.eventId,
    event: event.kind,
    at: event.at,
    test: context.test === true,
    launch: event.launch,
    counts: event.counts,
    actor: event.actor ?? null,
    comment: event.comment ?? null,
    url: launchLink(context.publicUrl, event.launch.id),
  });
  const timestamp = Math.floor(context.now.getTime() / 1000);
  const headers: Record<string, string> = { ...JSON_HEADERS, 'X-InvokeDeck-Event': event.kind, 'X-InvokeDeck-Delivery': context.deliveryId };
  if (target.secret) {
    headers[TIMESTAMP_HEADER] = String(timestamp);
    headers[SIGNATURE_HEADER] = signBody(target.secret, timestamp, body);
  }
  return { url: target.url, headers, body };
}

function dingTalk(target: Target, event: NotificationEvent, context: DeliveryContext): OutgoingRequest {
  const words = messageWords(event, context.publicUrl, context.test);
  const text = [`#### ${words.title}`, '', words.facts, '', `**${words.counts}**`, ...(words.note ? ['', words.note] : []), '', `[Open the launch](${words.link})`].join('\n');
  let url = target.url;
  if (target.secret) {
    const timestamp = context.now.getTime();
    const signed = new URL(target.url);
    signed.searchParams.set('timestamp', String(timestamp));
    signed.searchParams.set('sign', dingTalkSign(target.secret, timestamp));
    url = signed.toString();
  }
  return { url, headers: JSON_HEADERS, body: JSON.stringify({ msgtype: 'markdown', markdown: { title: words.title, text } }) };
}

function lark(target: Target, event: NotificationEvent, context: DeliveryContext): OutgoingRequest {
  const words = messageWords(event, context.publicUrl, context.test);
  const lines = [words.facts, words.counts, ...(words.note ? [words.note] : [])];
  const content = { post: { en_us: { title: words.title, content: [...lines.map((line) => [{ tag: 'text', text: line }]), [{ tag: 'a', text: 'Open the launch', href: words.link }]] } } };
  const timestamp = Math.floor(context.now.getTime() / 1000);
  const sign = target.secret ? { timestamp: String(timestamp), sign: larkSign(target.secret, timestamp) } : {};
  return { url: target.url, headers: JSON_HEADERS, body: JSON.stringify({ ...sign, msg_type: 'post', content }) };
}

/** Slack's mrkdwn treats these three as control characters. */
const slackEscape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function slack(target: Target, event: NotificationEvent, context: DeliveryContext): OutgoingRequest {
  const words = messageWords(event, context.publicUrl, context.test);
  const section = [`*${slackEscape(words.title)}*`, slackEscape(words.facts), slackEscape(words.counts), ...(words.note ? [slackEscape(words.note)] : [])].join('\n');
  const blocks = [
    { type: 'section', text: { type: 'mrkdwn', text: section } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `InvokeDeck · <${words.link}|Open the launch>` }] },
  ];
  // `text` is what notifications and screen readers get when blocks are not shown.
  return { url: target.url, headers: JSON_HEADERS, body: JSON.stringify({ text: `${words.title}: ${words.counts}`, blocks }) };
}
