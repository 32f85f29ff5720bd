import { describe, expect, it } from 'vitest';

import { initialParameters, looksSecret } from './draft';

const command = {
  commandId: 'c-1',
  name: 'patch-web.sh',
  type: 'RunShellScript' as const,
  content: 'echo {{packages}} {{registry_token}} {{Image_Tag}}',
  enableParameter: true,
  parameterNames: ['packages', 'registry_token', 'Image_Tag'],
  parameterDefinitions: [{ name: 'image_tag', defaultValue: 'stable' }],
  timeout: 60,
};

describe('initialParameters', () => {
  it('gives one entry per declared name, defaults matched case-insensitively, credentials marked secret', () => {
    expect(initialParameters(command)).toEqual([
      { name: 'packages', value: '', secret: false },
      { name: 'registry_token', value: '', secret: true },
      { name: 'Image_Tag', value: 'stable', secret: false },
    ]);
  });

  it('gives none when the command does not enable parameters', () => {
    expect(initialParameters({ ...command, enableParameter: false })).toEqual([]);
  });
});

describe('looksSecret', () => {
  it.each(['token', 'DB_PASSWORD', 'passwd', 'api-key', 'AccessKey', 'client_secret', 'private_key'])('%s looks secret', (name) => {
    expect(looksSecret(name)).toBe(true);
  });
  it.each(['packages', 'image_tag', 'keyboard_layout_name', 'host'])('%s does not', (name) => {
    expect(looksSecret(name)).toBe(false);
  });
});
