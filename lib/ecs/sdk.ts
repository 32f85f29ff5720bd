import 'server-only';

import CredentialModule, { Config as CredentialConfig } from '@alicloud/credentials';
import EcsModule from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';

import { CredentialsUnavailableError } from './errors';
import type { EcsCredentials, ResolvedOptions } from './options';

/**
 * The only place the official SDK client is built. Both packages are CommonJS: bundlers and
 * vitest hand us the class, Node's own ESM loader (tsx) the module object around it.
 */
function unwrapDefault<T>(module: T): T {
  const inner = (module as { default?: T }).default;
  return typeof module === 'function' || inner === undefined ? module : inner;
}

const Ecs = unwrapDefault(EcsModule);
const Credential = unwrapDefault(CredentialModule);

export type SdkClient = InstanceType<typeof EcsModule>;
type SdkCredential = InstanceType<typeof CredentialModule>;

/**
 * The default chain (environment keys, profile file, STS, ECS RAM role, OIDC), with its
 * failures made recognisable: they surface as CredentialsUnavailable, not as an unknown error.
 */
class ChainCredential extends Credential {
  override async getCredential(): ReturnType<SdkCredential['getCredential']> {
    try {
      return await super.getCredential();
    } catch {
      // The provider's message may name files or tokens; the hint says where to look.
      throw new CredentialsUnavailableError('The Alibaba credentials chain found no usable credentials.');
    }
  }
}

export function createCredential(credentials: EcsCredentials | null): SdkCredential {
  if (!credentials) return new ChainCredential();
  const { accessKeyId, accessKeySecret, securityToken } = credentials;
  const config = securityToken
    ? new CredentialConfig({ type: 'sts', accessKeyId, accessKeySecret, securityToken })
    : new CredentialConfig({ type: 'access_key', accessKeyId, accessKeySecret });
  return new Credential(config);
}

/** One SDK client per region (and endpoint), built on first use and kept. */
export class SdkClients {
  private readonly clients = new Map<string, SdkClient>();
  private readonly credential: SdkCredential;

  constructor(private readonly options: ResolvedOptions) {
    this.credential = createCredential(options.credentials);
  }

  for(region: string): SdkClient {
    const { endpoint } = this.options;
    const key = `${region}\u0000${endpoint ? `${endpoint.protocol}://${endpoint.host}` : ''}`;
    let client = this.clients.get(key);
    if (!client) {
      client = new Ecs(
        new $OpenApiUtil.Config({
          credential: this.credential,
          regionId: region,
          // httpx applies `connectTimeout` as a socket idle timeout for the whole exchange, so
          // passed as is it would also cut every answer slower than it. Give it the attempt's full
          // budget; the transport's deadline bounds the attempt either way.
          connectTimeout: this.options.connectTimeoutMs + this.options.readTimeoutMs,
          readTimeout: this.options.readTimeoutMs,
          // V3 (ACS3-HMAC-SHA256) is the SDK's default; we keep it.
          ...(endpoint && { endpoint: endpoint.host, protocol: endpoint.protocol }),
        }),
      );
      this.clients.set(key, client);
    }
    return client;
  }
}
