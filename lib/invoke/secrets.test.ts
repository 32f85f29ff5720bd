import { describe, expect, it } from 'vitest';

import { emptyDraft } from './draft';
import { looksSecret, maskReportedParameters, SECRET_MASK, secretNamesOf, stripSecretValues, withSecretPolicy } from './secrets';

describe('the shared name rule', () => {
  it.each(['token', 'DB_PASSWORD', 'passwd', 'api-key', 'AccessKey', 'client_secret', 'private_key', 'ssh_key', 'dbPass', 'registryToken', 'LICENSE-KEY', 'oauth_otp', 'credentials'])(
    '%s is secret',
    (name) => expect(looksSecret(name)).toBe(true),
  );
  it.each(['packages', 'image_tag', 'keyboard_layout_name', 'host', 'bypass_cache', 'monkey', 'author'])('%s is not', (name) => expect(looksSecret(name)).toBe(false));
});

describe('the policy', () => {
  it('keeps what the operator marked and marks what the rule says, even when the browser unmarked it', () => {
    expect(
      withSecretPolicy([
        { name: 'registry_token', value: 't', secret: false },
        { name: 'note', value: 'n', secret: true },
        { name: 'packages', value: 'p', secret: false },
      ]),
    ).toEqual([
      { name: 'registry_token', value: 't', secret: true },
      { name: 'note', value: 'n', secret: true },
      { name: 'packages', value: 'p', secret: false },
    ]);
  });

  it('blanks every secret value before a draft is stored or shared, the rule applied', () => {
    const draft = { ...emptyDraft('cn-shanghai'), parameters: [{ name: 'DB_PASSWORD', value: 'hunter2', secret: false }, { name: 'tag', value: 'v1', secret: false }] };
    expect(stripSecretValues(draft).parameters).toEqual([
      { name: 'DB_PASSWORD', value: '', secret: true },
      { name: 'tag', value: 'v1', secret: false },
    ]);
    expect(secretNamesOf(draft.parameters)).toEqual(['DB_PASSWORD']);
  });

  it('masks reported values by the rule and by the names a launch knew were secret', () => {
    expect(maskReportedParameters({ api_key: 'k', note: 'n', tag: 'v1' }, new Set(['note']))).toEqual([
      { name: 'api_key', value: SECRET_MASK, secret: true },
      { name: 'note', value: SECRET_MASK, secret: true },
      { name: 'tag', value: 'v1', secret: false },
    ]);
  });
});
