import 'server-only';

import { type InvokeBatchRequest, type InvokeRequest } from '@/lib/invoke/request';
import { SECRET_MASK } from '@/lib/invoke/secrets';

/**
 * What every batch of a launch sends, stored with the launch: the request without its
 * instances and ClientToken, secret parameter values masked. The values travel per batch,
 * sealed (secret-box.ts), and are put back just before the call.
 */
export interface RequestTemplate {
  request: Omit<InvokeRequest, 'InstanceId' | 'ClientToken'>;
  /** Keys of `request.Parameters` whose real values are sealed with each batch. */
  secretNames: string[];
}

/** Split the built requests of a launch into the stored template and the values to seal. */
export function splitRequest(batches: readonly InvokeBatchRequest[]): { template: RequestTemplate; secrets: Record<string, string> } {
  const [first] = batches;
  if (!first) throw new Error('a launch without batches has no request');
  const { InstanceId: _ids, ClientToken: _token, ...masked } = first.masked;
  const real = first.request.Parameters ? (JSON.parse(first.request.Parameters) as Record<string, string>) : {};
  const shown = masked.Parameters ? (JSON.parse(masked.Parameters) as Record<string, string>) : {};
  const secrets = Object.fromEntries(Object.entries(real).filter(([name, value]) => shown[name] === SECRET_MASK && value !== SECRET_MASK));
  return { template: { request: { ...masked }, secretNames: Object.keys(secrets) }, secrets };
}

/** The call one batch makes: the template, its instances and token, the secrets back in place. */
export function requestFor(template: RequestTemplate, batch: { instanceIds: string[]; clientToken: string }, secrets: Readonly<Record<string, string>>): InvokeRequest {
  const request: InvokeRequest = { ...template.request, InstanceId: batch.instanceIds, ClientToken: batch.clientToken };
  if (template.request.Parameters && template.secretNames.length) {
    const parameters = JSON.parse(template.request.Parameters) as Record<string, string>;
    for (const name of template.secretNames) {
      const value = secrets[name];
      if (value === undefined) throw new Error(`the sealed secrets lack ${name}`);
      parameters[name] = value;
    }
    request.Parameters = JSON.stringify(parameters);
  }
  return request;
}
