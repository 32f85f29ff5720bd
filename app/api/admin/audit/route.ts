import { defineRoute } from '@/lib/auth/route';
import { auditFilterParams } from '@/lib/audit/filter';
import { getDb } from '@/lib/db';
import { writeAudit } from '@/lib/db/audit';
import { auditExportQuery, exportAudit } from '@/lib/export/audit-export';

/**
 * The audit log as CSV or JSON, filtered as the admin page filters it (`actor`, `action`,
 * `target`, `from`, `to`), newest first, streamed; admins only. Taking the log away is itself
 * recorded, with the filter used.
 */
export const GET = defineRoute({ name: 'auditExport', access: 'admin', query: auditExportQuery }, async ({ query, user }) => {
  const db = await getDb();
  const now = new Date();
  await writeAudit(db, { actor: user, action: 'audit.export', detail: { format: query.format, filter: auditFilterParams(query).toString() || null } }, now);
  return exportAudit(db, query, now);
});
