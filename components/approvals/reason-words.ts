/** Why a launch needs approval, as a sentence: the rules' reasons ("more than 2 instances (3)") capitalised. */
export function reasonWords(reason: string | null | undefined): string {
  const text = reason?.trim();
  if (!text) return 'An approval rule covers it.';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
