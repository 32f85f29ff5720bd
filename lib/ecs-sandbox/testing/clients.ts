import EcsModule from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import RPCClient from '@alicloud/pop-core';
import type { RunningSandbox } from '../server';

type EcsClass = typeof EcsModule;

/** The SDK is CommonJS compiled from TS: depending on the loader, the class is the default or its `.default`. */
function ecsClass(): EcsClass {
  const candidate = EcsModule as unknown as { default?: unknown };
  return (typeof candidate.default === 'function' ? candidate.default : EcsModule) as EcsClass;
}

export interface ClientOptions {
  signature?: 'v3' | 'v2';
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
}

/** The official @alicloud/ecs20140526 client pointed at the sandbox, as TOOLCHAIN.md describes. */
export function ecsClient(sandbox: RunningSandbox, options: ClientOptions = {}): InstanceType<EcsClass> {
  const Client = ecsClass();
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: options.accessKeyId ?? sandbox.accessKeyId,
      accessKeySecret: options.accessKeySecret ?? sandbox.accessKeySecret,
      securityToken: options.securityToken,
      regionId: 'cn-shanghai',
      endpoint: sandbox.endpoint,
      protocol: 'http',
      readTimeout: 15_000,
      connectTimeout: 5_000,
      signatureAlgorithm: options.signature === 'v2' ? 'v2' : undefined,
    }),
  );
}

/** @alicloud/pop-core: HMAC-SHA1, GET by default or everything in a POST form body. */
export function popClient(sandbox: RunningSandbox, options: ClientOptions = {}): RPCClient {
  return new RPCClient({
    accessKeyId: options.accessKeyId ?? sandbox.accessKeyId,
    accessKeySecret: options.accessKeySecret ?? sandbox.accessKeySecret,
    securityToken: options.securityToken,
    endpoint: sandbox.url,
    apiVersion: '2014-05-26',
    opts: { timeout: 15_000 },
  } as RPCClient.Config);
}

/** What the SDKs put on a thrown API error. */
export interface SdkError {
  code?: string;
  statusCode?: number;
  message: string;
  data?: Record<string, unknown>;
  retryAfter?: number;
}

/** Run a call that must fail and return the error for assertions. */
export async function failure(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the call to fail');
}
