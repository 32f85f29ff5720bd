import { expect, it } from 'vitest';

import { auditFilterSchema } from '@/lib/audit/filter';
import { listAudit, writeAudit } from '@/lib/db/audit';
import { describeEachDatabase } from '@/lib/db/test-databases';

import { auditExportQuery, dbQueryOf, exportAudit } from './audit-export';

const priya = { userId: 'u-priya', username: 'priya', source: { ip: '203.0.113.7', userAgent: '=cmd|" /C calc"!A0' } };
const marco = { userId: 'u-marco', username: 'marco', source: { ip: '198.51.100.4', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0' } };

/** 30 entries, one a minute from 10:00 UTC: priya launches, marco edits presets, one preset is named like a formula. */
async function seed(db: Parameters<typeof writeAudit>[0]) {
  for (let minute = 0; minute < 30; minute++) {
    const now = new Date(Date.UTC(2026, 11, 7, 10, minute, 30));
    if (minute % 3 === 0) await writeAudit(db, { actor: marco, action: 'preset.save', target: minute === 9 ? '=HYPERLINK("x")' : `Patch_%-${minute}` }, now);
    else await writeAudit(db, { actor: priya, action: 'launch.create', target: `0000000${minute}-LAUNCH`, detail: { command: 'deploy.sh', instances: minute } }, now);
  }
}

function query(input: Record<string, string>) {
  return auditExportQuery.parse(input);
}

describeEachDatabase('audit log filters and export', (db) => {
  it('narrows by person, action, part of the target in any case, and a time range', async () => {
    await seed(db());
    const list = (filter: Record<string, string>) => listAudit(db(), { limit: 100, ...dbQueryOf(auditFilterSchema.parse(filter)) });
    expect(await list({ actor: 'marco' })).toHaveLength(10);
    expect((await list({ action: 'launch.create' })).every((entry) => entry.actorUsername === 'priya')).toBe(true);
    expect((await list({ target: 'launch' })).map((entry) => entry.target)).toHaveLength(20);
    // `%` and `_` are matched as typed, not as wildcards.
    expect((await list({ target: 'h_%-1' })).map((entry) => entry.target)).toEqual(['Patch_%-18', 'Patch_%-15', 'Patch_%-12']);
    expect(await list({ target: 'h%_' })).toHaveLength(0);
    const window = await list({ from: '2026-12-07T10:05', to: '2026-12-07T10:07' });
    expect(window.map((entry) => entry.at)).toEqual(['2026-12-07T10:07:30.000Z', '2026-12-07T10:06:30.000Z', '2026-12-07T10:05:30.000Z']);
    expect(await list({ actor: 'priya', from: '2026-12-07T10:05', to: '2026-12-07T10:07', action: 'preset.save' })).toHaveLength(0);
  });

  it('exports CSV newest first, with every column, the formula-like cells neutralised', async () => {
    const response = await exportAudit(db(), query({ format: 'csv', actor: 'marco' }), new Date('2026-12-07T12:00:00Z'));
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="invokedeck-audit-2026-12-07T120000Z.csv"');
    expect(response.headers.get('x-export-truncated')).toBe('false');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe('id,at,actor,action,target,summary,source_ip,user_agent,detail');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toMatch(/^\d+,2026-12-07T10:27:30.000Z,marco,preset.save,Patch_%-27,marco changed preset Patch_%-27,198.51.100.4,Mozilla\/5.0 \(X11; Linux x86_64\) Firefox\/133.0,$/);
    const formula = lines.find((line) => line.includes('HYPERLINK')) ?? '';
    expect(formula).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('exports JSON with the filter, the entries and their detail as objects; a user agent stays as recorded', async () => {
    const response = await exportAudit(db(), query({ format: 'json', action: 'launch.create', from: '2026-12-07T10:28' }), new Date('2026-12-07T12:00:00Z'));
    const body = (await response.json()) as { filter: Record<string, unknown>; entries: Record<string, unknown>[]; count: number; truncated: boolean; next: string | null };
    expect(body.filter).toEqual({ actor: null, action: 'launch.create', target: null, from: '2026-12-07T10:28:00.000Z', toBefore: null });
    expect(body.entries).toEqual([
      expect.objectContaining({ at: '2026-12-07T10:29:30.000Z', actor: 'priya', target: '000000029-LAUNCH', summary: 'priya launched 000000029-LAUNCH', sourceIp: '203.0.113.7', userAgent: '=cmd|" /C calc"!A0', detail: { command: 'deploy.sh', instances: 29 } }),
      expect.objectContaining({ at: '2026-12-07T10:28:30.000Z' }),
    ]);
    expect(body).toMatchObject({ count: 2, truncated: false, next: null });
  });

  it('past the limit it stops, and says where the rest are; following `next` gets them without a gap or a repeat', async () => {
    const seen: number[] = [];
    let input: Record<string, string> = { format: 'json', actor: 'priya', limit: '7' };
    for (let round = 0; round < 5; round++) {
      const response = await exportAudit(db(), query(input), new Date());
      const body = (await response.json()) as { entries: { id: number }[]; truncated: boolean; next: string | null };
      seen.push(...body.entries.map((entry) => entry.id));
      expect(response.headers.get('x-export-truncated')).toBe(String(body.truncated));
      if (!body.next) break;
      expect(response.headers.get('link')).toBe(`<${body.next}>; rel="next"`);
      input = Object.fromEntries(new URL(body.next, 'http://x').searchParams);
    }
    const all = (await listAudit(db(), { limit: 100, actor: 'priya' })).map((entry) => entry.id);
    expect(seen).toEqual(all);
    expect(all).toHaveLength(20);
  });

  it('an exact multiple of the limit ends without a `next` to an empty page', async () => {
    const response = await exportAudit(db(), query({ format: 'csv', actor: 'marco', limit: '10' }), new Date());
    expect(response.headers.get('link')).toBeNull();
    expect((await response.text()).split('\r\n')).toHaveLength(12);
  });
});
