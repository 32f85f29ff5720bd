import { describe, expect, it } from 'vitest';

import { emptyDraft } from '@/lib/invoke/draft';

import { stripSecretValues } from '@/lib/invoke/secrets';
import { decodeShareState, encodeShareState, longShareUrl } from './share-state';

const draft = {
  ...emptyDraft('cn-shanghai'),
  commandId: 'c-patch',
  instanceIds: ['i-uf6a', 'i-uf6b'],
  repeatMode: 'Period' as const,
  frequency: '0 0 2 ? * MON-FRI Asia/Shanghai',
  parameters: [
    { name: 'packages', value: 'nginx openssl', secret: false },
    { name: 'registryToken', value: 'tok-SUPER-SECRET-9f2', secret: true },
  ],
  username: 'deploy',
};

describe('share links', () => {
  it('round-trip the form without the secret value', () => {
    const decoded = decodeShareState(encodeShareState({ draft, instanceFilter: null }));
    expect(decoded?.draft).toEqual(stripSecretValues(draft));
    expect(decoded?.draft.parameters[1]).toEqual({ name: 'registryToken', value: '', secret: true });
  });

  it('never carry a secret value in the URL, in any encoding', () => {
    const url = longShareUrl('https://deck.example.com', { draft, instanceFilter: null });
    const decodedUrl = decodeURIComponent(url);
    expect(url).not.toContain('SUPER-SECRET');
    expect(decodedUrl).not.toContain('SUPER-SECRET');
    const encoded = new URL(url).searchParams.get('draft') ?? '';
    expect(Buffer.from(encoded, 'base64url').toString('utf8')).not.toContain('SUPER-SECRET');
  });

  it('keep non-ASCII values intact', () => {
    const decoded = decodeShareState(encodeShareState({ draft: { ...draft, parameters: [{ name: 'msg', value: 'héllo 世界', secret: false }] }, instanceFilter: null }));
    expect(decoded?.draft.parameters[0]?.value).toBe('héllo 世界');
  });

  it('carry a kept search instead of the instance list', () => {
    const decoded = decodeShareState(encodeShareState({ draft, instanceFilter: { query: 'env=prod role=web', status: 'Running', os: 'linux' } }));
    expect(decoded?.instanceFilter).toEqual({ query: 'env=prod role=web', status: 'Running', os: 'linux' });
    expect(decoded?.draft.instanceIds).toEqual([]);
  });

  it('keep the instance list when the search would pick the whole region', () => {
    const decoded = decodeShareState(encodeShareState({ draft, instanceFilter: { query: ' ', status: 'all', os: 'all' } }));
    expect(decoded?.instanceFilter).toBeUndefined();
    expect(decoded?.draft.instanceIds).toEqual(['i-uf6a', 'i-uf6b']);
  });

  it('reject a damaged or hand-made link instead of guessing', () => {
    expect(decodeShareState('not-base64!')).toBeNull();
    expect(decodeShareState(Buffer.from('{"draft":{"regionId":5}}').toString('base64url'))).toBeNull();
  });

  it('blank a secret value even when a hand-made link carries one', () => {
    const forged = Buffer.from(JSON.stringify({ draft })).toString('base64url');
    expect(decodeShareState(forged)?.draft.parameters[1]?.value).toBe('');
  });
});
