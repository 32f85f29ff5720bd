import 'server-only';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The aliyun CLI profile the credentials chain would use, as far as InvokeDeck needs it. */
export interface CliProfile {
  name: string;
  /** How it signs in (AK, StsToken, RamRoleArn, EcsRamRole, …), as the CLI writes it. */
  mode: string;
  regionId: string | null;
}

/**
 * The aliyun CLI's profile in `<home>/.aliyun/config.json`, chosen as the official credentials
 * chain chooses it: the one named by ALIBABA_CLOUD_PROFILE, else the file's `current`. Null when
 * ALIBABA_CLOUD_CLI_PROFILE_DISABLED is "true", the file is missing or unreadable, or it has no
 * such profile: then the chain skips it too.
 */
export function cliProfile(env: { ALIBABA_CLOUD_PROFILE?: string | undefined; ALIBABA_CLOUD_CLI_PROFILE_DISABLED?: string | undefined }, home: string): CliProfile | null {
  if (env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED?.toLowerCase() === 'true') return null;
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(/*turbopackIgnore: true*/ join(home, '.aliyun', 'config.json'), 'utf8'));
  } catch {
    return null;
  }
  if (!config || typeof config !== 'object') return null;
  const { current, profiles } = config as { current?: unknown; profiles?: unknown };
  if (!Array.isArray(profiles)) return null;
  const wanted = env.ALIBABA_CLOUD_PROFILE ?? (typeof current === 'string' ? current : undefined);
  const profile = profiles.find((entry): entry is Record<string, unknown> => Boolean(entry) && typeof entry === 'object' && (entry as { name?: unknown }).name === wanted);
  if (!profile || typeof profile.name !== 'string') return null;
  return {
    name: profile.name,
    mode: typeof profile.mode === 'string' ? profile.mode : 'AK',
    regionId: typeof profile.region_id === 'string' && profile.region_id ? profile.region_id : null,
  };
}
