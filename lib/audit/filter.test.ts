import { describe, expect, it } from 'vitest';

import { auditExportHref, auditFilterSchema, parseAuditTime } from './filter';

describe('audit filter', () => {
  it('reads times as UTC unless they say otherwise, and `to` takes in the whole unit it names', () => {
    const parsed = auditFilterSchema.parse({ from: '2026-12-07', to: '2026-12-07' });
    expect(parsed.from?.at).toBe('2026-12-07T00:00:00.000Z');
    expect(parsed.to?.at).toBe('2026-12-08T00:00:00.000Z');
    expect(auditFilterSchema.parse({ to: '2026-12-07T10:30' }).to?.at).toBe('2026-12-07T10:31:00.000Z');
    expect(auditFilterSchema.parse({ to: '2026-12-07T10:30:15Z' }).to?.at).toBe('2026-12-07T10:30:16.000Z');
    expect(auditFilterSchema.parse({ from: '2026-12-07T10:30+08:00' }).from?.at).toBe('2026-12-07T02:30:00.000Z');
    expect(auditFilterSchema.parse({ from: '2026-12-07T10:30:15.5Z' }).from?.at).toBe('2026-12-07T10:30:15.500Z');
  });

  it('refuses times that do not exist, naming the field', () => {
    for (const text of ['2026-02-30', '2026-13-01', '2026-12-07T24:00', 'yesterday', '2026-12-07 10:30']) expect(parseAuditTime(text), text).toBeNull();
    const result = auditFilterSchema.safeParse({ from: 'last week' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^from: /);
  });

  it('treats empty fields as absent and refuses an action that is no action name', () => {
    expect(auditFilterSchema.parse({ actor: ' ', action: '', target: '', from: '', to: '' })).toEqual({});
    expect(auditFilterSchema.safeParse({ action: 'launch.create' }).success).toBe(true);
    expect(auditFilterSchema.safeParse({ action: "launch' or 1=1" }).success).toBe(false);
  });

  it('builds the download link with the filter as typed', () => {
    const filter = auditFilterSchema.parse({ actor: 'priya', target: 'web 01', from: '2026-12-07T10:30' });
    expect(auditExportHref(filter, 'csv')).toBe('/api/admin/audit?actor=priya&target=web+01&from=2026-12-07T10%3A30&format=csv');
  });
});
