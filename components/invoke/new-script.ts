import { type DraftScript } from '@/lib/invoke/draft';
import { type CommandType } from '@/lib/invoke/types';

/** A new script as the form starts it: shell, parameters on, not kept. */
export function newScript(type: CommandType = 'RunShellScript'): DraftScript {
  return { type, content: '', enableParameter: true, name: '', keepCommand: false };
}
