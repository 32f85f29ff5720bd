import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';

/**
 * Narrow the audit log to one person ("everything nadia did"). A plain GET form: the URL
 * carries the filter, so a trail can be linked to and works without scripts.
 */
export function AuditFilter({ usernames, actor }: { usernames: readonly string[]; actor: string | undefined }) {
  return (
    <form method="get" action="/admin" className="flex items-center gap-2" aria-label="Filter the audit log">
      <label htmlFor="audit-actor" className="text-xs text-muted max-sm:sr-only">
        Person
      </label>
      <Select id="audit-actor" name="actor" defaultValue={actor ?? ''} className="h-8 w-32 text-[13px] sm:w-40">
        <option value="">Everyone</option>
        {usernames.map((username) => (
          <option key={username} value={username}>
            {username}
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm">
        Show
      </Button>
    </form>
  );
}
