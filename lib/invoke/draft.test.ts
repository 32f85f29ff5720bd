import { describe, expect, it } from 'vitest';

import { initialParameters } from './draft';

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
