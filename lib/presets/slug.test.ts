import { describe, expect, it } from 'vitest';

import { newSlug, SLUG_PATTERN, slugBase } from './slug';

const bytes = (length: number) => Uint8Array.from({ length }, (_, index) => index * 7);

describe('slugs', () => {
  it('turn a name into lower-case words and a random suffix', () => {
    expect(newSlug('Prod web patch', bytes)).toBe('prod-web-patch-ahqx6d');
    expect(newSlug('Prod web patch', bytes)).toMatch(SLUG_PATTERN);
  });

  it('fold accents, drop symbols, and never come out empty', () => {
    expect(slugBase('Café — déploiement!')).toBe('cafe-deploiement');
    expect(slugBase('部署')).toBe('preset');
    expect(slugBase('x'.repeat(200))).toHaveLength(48);
    expect(newSlug('a'.repeat(100), bytes)).toMatch(SLUG_PATTERN);
  });
});
