/** The receivers InvokeDeck can post to, and what each one's secret means. */
export const WEBHOOK_KINDS = ['generic', 'dingtalk', 'lark', 'slack'] as const;

export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export const KIND_LABELS: Record<WebhookKind, string> = {
  generic: 'Generic JSON',
  dingtalk: 'DingTalk',
  lark: 'Lark / Feishu',
  slack: 'Slack',
};

/** How the secret field is worded per kind; Slack's incoming webhooks have no signing secret. */
export const SECRET_HELP: Record<WebhookKind, { label: string; hint: string; required: boolean } | null> = {
  generic: { label: 'Signing secret', hint: 'Signs every body with HMAC-SHA256 (X-InvokeDeck-Signature). At least 16 characters.', required: true },
  dingtalk: { label: 'Sign secret (optional)', hint: 'The robot\u2019s "Additional signature" secret (starts with SEC), if it has one.', required: false },
  lark: { label: 'Signature secret (optional)', hint: 'The bot\u2019s "Set signature verification" secret, if it has one.', required: false },
  slack: null,
};

export const URL_PLACEHOLDERS: Record<WebhookKind, string> = {
  generic: 'https://hooks.example.com/invokedeck',
  dingtalk: 'https://oapi.dingtalk.com/robot/send?access_token=…',
  lark: 'https://open.feishu.cn/open-apis/bot/v2/hook/…',
  slack: 'https://hooks.slack.com/services/…',
};

export function isWebhookKind(value: string): value is WebhookKind {
  return (WEBHOOK_KINDS as readonly string[]).includes(value);
}
