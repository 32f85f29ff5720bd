import { describe, expect, it } from 'vitest';

import { decodeInstanceCursor, encodeInstanceCursor, instanceCursorSchema } from '@/lib/launches/instance-cursor';

describe('the instance picker\'s page token', () => {
  it('carries both APIs\' tokens through the browser and back', () => {
    const cursor = { ecs: 'AAAAAbc==', managed: 'mi-token' };
    const text = encodeInstanceCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeInstanceCursor(text ?? '')).toEqual(cursor);
    expect(decodeInstanceCursor(encodeInstanceCursor({ ecs: null, managed: 'x' }) ?? '')).toEqual({ ecs: null, managed: 'x' });
  });

  it('is null when both lists are read to the end', () => {
    expect(encodeInstanceCursor({ ecs: null, managed: null })).toBeNull();
  });

  it('refuses a token it did not make, naming the parameter', () => {
    for (const text of ['', 'not-base64-json', Buffer.from('{"ecs":1}').toString('base64url'), Buffer.from('{"ecs":null,"managed":null}').toString('base64url')]) {
      expect(decodeInstanceCursor(text)).toBeNull();
    }
    expect(instanceCursorSchema.safeParse('garbage').error?.issues[0]?.message).toMatch(/^nextToken:/);
  });
});
