import type { SandboxContext } from './actions/context';
import type { FaultInjector } from './control/faults';
import type { ControlAccess } from './control/guard';
import { seedState } from './simulation/seed-state';
import type { RequestLog } from './state/request-log';
import type { SandboxCredentials } from './wire/authenticate';
import type { NonceStore } from './wire/nonce-store';

/** Everything a running sandbox holds; the HTTP handlers and control routes share it. */
export interface SandboxRuntime {
  ctx: SandboxContext;
  credentials: SandboxCredentials;
  nonces: NonceStore;
  faults: FaultInjector;
  /** Who may use the `/_sandbox/*` endpoints. */
  control: ControlAccess;
  requestLog: RequestLog;
  log: (line: string) => void;
  /** Write state soon (debounced). */
  persist: () => void;
  /** A reset seeds the history again (SANDBOX_SEED_HISTORY). */
  seedHistory: boolean;
}

/** Back to the seed: the fleet as generated, seeded commands and history, empty log. */
export function resetRuntime(runtime: SandboxRuntime): void {
  const { store, clock, oracle } = runtime.ctx;
  store.clear();
  oracle.clear();
  seedState(store, clock.now(), runtime.seedHistory);
  runtime.requestLog.clear();
  runtime.nonces.clear();
  runtime.persist();
}
