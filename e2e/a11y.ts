import AxeBuilder from '@axe-core/playwright';
import { type Page, type TestInfo, expect } from '@playwright/test';

/**
 * axe-core, the way the suite runs it: WCAG 2.0–2.2 A and AA plus axe's best practices (a
 * skip link, landmarks, one h1, headings in order), which is what an operator on a screen
 * reader or a keyboard meets first.
 */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

/** axe keeps WCAG 2.5.3 (Label in Name) among its experimental rules; speech users need it, so it runs too. */
const EXTRA_RULES = { 'label-content-name-mismatch': { enabled: true } };

export type ColorScheme = 'light' | 'dark';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

export interface AxeScope {
  /** The scheme to emulate first; the page's current one when not given. */
  colorScheme?: ColorScheme;
  /** Only this part of the page, e.g. an open dialog (the page behind it was checked before it opened). */
  include?: string;
}

/** Every violation on the page as it stands. */
export async function axeViolations(page: Page, { colorScheme, include }: AxeScope = {}): Promise<Violation[]> {
  if (colorScheme) await page.emulateMedia({ colorScheme });
  const builder = new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).withTags([...A11Y_TAGS]);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations;
}

/** One paragraph per violation: its rule, what it asks, and up to five offending elements with why. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.split('\n').slice(1).join('; ') ?? ''}`);
      const more = violation.nodes.length > 5 ? `\n    …and ${violation.nodes.length - 5} more` : '';
      return `${violation.id} (${violation.impact ?? 'n/a'}, ${violation.nodes.length} nodes): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}${more}`;
    })
    .join('\n\n');
}

/**
 * No violation on the page in `where`, in light and dark (or the schemes given); leaves the page
 * in light. Soft: a spec walking through several pages reports every page's violations at once.
 */
export async function expectAccessible(page: Page, where: string, { include, schemes = ['light', 'dark'] }: { include?: string; schemes?: readonly ColorScheme[] } = {}): Promise<void> {
  for (const scheme of schemes) {
    const violations = await axeViolations(page, { colorScheme: scheme, ...(include ? { include } : {}) });
    expect.soft(violations.map((violation) => violation.id), `axe on ${where} (${scheme}):\n${describeViolations(violations)}`).toEqual([]);
  }
  if (schemes.at(-1) !== 'light') await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * The fixture behind E2E_AXE=each: once a test has passed, axe (light only) on the page it
 * ended on. Off by default: one axe run took 1.6 s (/admin) to 12 s (/invoke) on the 2-core
 * machine this was written on, far past the half second a test could spare; a11y.spec.ts
 * visits every kind of page instead.
 */
export async function axeAfterTest({ page }: { page: Page }, provide: () => Promise<void>, testInfo: TestInfo): Promise<void> {
  await provide();
  if (testInfo.status !== 'passed' || page.isClosed() || !page.url().startsWith('http')) return;
  const violations = await axeViolations(page);
  expect(violations.map((violation) => violation.id), `axe after "${testInfo.title}" on ${page.url()}:\n${describeViolations(violations)}`).toEqual([]);
}
