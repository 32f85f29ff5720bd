import { type Language, StreamLanguage } from '@codemirror/language';
import { powerShell } from '@codemirror/legacy-modes/mode/powershell';
import { shell } from '@codemirror/legacy-modes/mode/shell';

import type { CommandType } from '@/lib/invoke/types';

import { batch } from './batch-mode';

const LANGUAGES: Record<CommandType, Language> = {
  RunShellScript: StreamLanguage.define(shell),
  RunPowerShellScript: StreamLanguage.define(powerShell),
  RunBatScript: StreamLanguage.define(batch),
};

/** The highlighting for a Cloud Assistant command type. */
export function languageFor(type: CommandType): Language {
  return LANGUAGES[type];
}
