import { type InvokeDraft } from '@/lib/invoke/draft';

/**
 * Why the failed instances of a launch failed, when the launch's own settings caused it, and
 * the change that undoes it: a retry then opens with that change offered ("These instances
 * timed out after 60 s. Raise the timeout to 120 s?"). Read from Cloud Assistant's ErrorCode,
 * status and exit code; a cause a setting cannot fix (a full disk, a bad script) offers nothing.
 */
export type RetryOffer =
  | { cause: 'timeout'; count: number; failed: number; timeout: number; suggested: number }
  | { cause: 'account'; count: number; failed: number; username: string; fallback: string }
  | { cause: 'windows-logon'; count: number; failed: number; username: string }
  | { cause: 'directory'; count: number; failed: number; workingDir: string };

export interface FailedRun {
  status: string;
  exitCode: number | null;
  errorCode: string;
  errorInfo: string;
}

/** Alibaba's longest Timeout, in seconds (a day). */
export const MAX_TIMEOUT_SECONDS = 86_400;
/** GNU timeout(1) exits 124 when it kills what it ran: a script timing itself out says so. */
const TIMEOUT_EXIT = 124;

export function timedOut(run: FailedRun): boolean {
  return run.status === 'Timeout' || run.errorCode === 'ExecutionTimeout' || run.errorCode === 'InvocationTimeout' || run.exitCode === TIMEOUT_EXIT;
}

const accountMissing = (run: FailedRun) => run.errorCode === 'AccountNotExists' || /\b(user|account)\b.*\b(does not exist|not found)\b|no such user/i.test(run.errorInfo);
const windowsLogon = (run: FailedRun) => /cannot log ?on as|WindowsPasswordName/i.test(run.errorInfo);
const directoryMissing = (run: FailedRun) => run.errorCode === 'DirectoryNotExists' || /working ?dir(ectory)?\b.*\b(does not exist|not found)/i.test(run.errorInfo);

/** The timeout a run reports ("ran past its timeout of 60 s"), when its ErrorInfo names it. */
export function timeoutFromErrorInfo(errorInfo: string): number | null {
  const match = /timeout of (\d+)\s*s\b/i.exec(errorInfo);
  return match?.[1] ? Number(match[1]) : null;
}

/** Double the timeout, within Alibaba's bound; null when there is no room left. */
export function raisedTimeout(seconds: number): number | null {
  const raised = Math.min(seconds * 2, MAX_TIMEOUT_SECONDS);
  return raised > seconds ? raised : null;
}

type Setting = Pick<InvokeDraft, 'username' | 'windowsPasswordName' | 'workingDir'> & {
  /** The timeout the launch ran with: the draft's own, or the command's when the draft left it empty. */
  timeout: number | null;
  windows: boolean;
};

/**
 * The offer for the cause behind most of the failures, or null. Each candidate counts the
 * failed runs it explains; the one explaining most wins, so "2 of 3 timed out" still offers
 * a longer timeout.
 */
export function detectRetryOffer(failedRuns: readonly FailedRun[], setting: Setting): RetryOffer | null {
  const failed = failedRuns.length;
  const count = (test: (run: FailedRun) => boolean) => failedRuns.filter(test).length;
  const candidates: RetryOffer[] = [];
  const timeouts = count(timedOut);
  const timeout = setting.timeout ?? failedRuns.map((run) => timeoutFromErrorInfo(run.errorInfo)).find((seconds) => seconds !== null) ?? null;
  const suggested = timeout === null ? null : raisedTimeout(timeout);
  if (timeouts && timeout !== null && suggested !== null) candidates.push({ cause: 'timeout', count: timeouts, failed, timeout, suggested });
  const username = setting.username.trim();
  if (username) {
    if (setting.windows && !setting.windowsPasswordName) {
      const logons = count(windowsLogon);
      if (logons) candidates.push({ cause: 'windows-logon', count: logons, failed, username });
    }
    const missing = count(accountMissing);
    if (missing) candidates.push({ cause: 'account', count: missing, failed, username, fallback: setting.windows ? 'System' : 'root' });
  }
  const workingDir = setting.workingDir?.trim() ?? '';
  if (workingDir) {
    const missing = count(directoryMissing);
    if (missing) candidates.push({ cause: 'directory', count: missing, failed, workingDir });
  }
  return candidates.sort((a, b) => b.count - a.count)[0] ?? null;
}

/** The offer in words, as the retry form shows it. */
export function describeRetryOffer(offer: RetryOffer): { title: string; action: string } {
  const who = offer.count === offer.failed ? (offer.count === 1 ? 'This instance' : 'These instances') : `${offer.count} of these ${offer.failed} instances`;
  const have = offer.count === 1 ? 'has' : 'have';
  switch (offer.cause) {
    case 'timeout':
      return { title: `${who} timed out after ${offer.timeout} s. Raise the timeout to ${offer.suggested} s?`, action: `Raise the timeout to ${offer.suggested} s` };
    case 'account':
      return { title: `${who} ${have} no user ${offer.username}. Run as ${offer.fallback} instead?`, action: `Run as ${offer.fallback}` };
    case 'windows-logon':
      return {
        title: `${who} could not log on as ${offer.username}: a Windows account other than System needs its Windows password name. Run as System instead, or fill in the password name?`,
        action: 'Run as System',
      };
    case 'directory':
      return { title: `${who} ${have} no directory ${offer.workingDir}. Use the command's own working directory?`, action: "Use the command's working directory" };
  }
}
