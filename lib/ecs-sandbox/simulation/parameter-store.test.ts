import { describe, expect, it } from 'vitest';

import { resolveParameterStore } from './parameter-store';

describe('the OOS Parameter Store on a sandbox instance', () => {
  it('resolves common and encrypted references, spaces around the colon allowed', () => {
    expect(resolveParameterStore('docker login -p {{oos-secret:registry-token}} && echo {{ oos : app-env }}')).toEqual({
      ok: true,
      content: 'docker login -p oos-registry-token-value && echo production',
    });
  });

  it('names the missing parameter and whether it was encrypted', () => {
    expect(resolveParameterStore('echo {{oos-secret:nope}}')).toEqual({ ok: false, name: 'nope', secret: true });
  });
});
