const REPEAT_WORDS: Record<string, string> = {
  Once: 'Once',
  Period: 'Period',
  NextRebootOnly: 'Next reboot',
  EveryReboot: 'Every reboot',
};

/**
 * The repeat mode in words, as the filter menu and the table both say it. Apart from the
 * schedule's words, so the filter menu in the browser does not bring the cron libraries.
 */
export function repeatModeWords(mode: string): string {
  return REPEAT_WORDS[mode] ?? mode;
}
