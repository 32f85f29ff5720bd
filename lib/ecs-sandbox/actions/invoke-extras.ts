import type { Command } from '../state/types';
import { platformErrors, type ActionCall } from './context';

const CONTAINER_ID = /^(?:(?:docker|containerd|cri-o):\/\/)?[0-9a-f]{64}$/;
const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/;
const OSS_OUTPUT = /^oss:\/\/[a-z0-9][a-z0-9-]{1,61}[a-z0-9](?:\/\S*)?$/;
const RESOURCE_GROUP = /^rg-[A-Za-z0-9]{1,64}$/;
const RESERVED_KEY = /^(acs:|aliyun)/i;
const URL_TEXT = /https?:\/\//i;

/**
 * The fields InvokeCommand and RunCommand take beyond the command, targets and schedule, with
 * the rules their API pages state: ResourceTag.N (1–10 for InvokeCommand, 20 for RunCommand)
 * and Tag.N (1–20) keys and values, a container (shell scripts only), the OSS destination and
 * the resource group. Each refusal names its parameter.
 */
export function validateExtras(call: ActionCall, command: Command): void {
  const { params } = call;
  checkTags(params.tags('Tag'), 'Tag', 20, 128);

  const containerId = params.string('ContainerId');
  const containerName = params.string('ContainerName');
  if (containerId && !CONTAINER_ID.test(containerId)) {
    throw platformErrors.invalidParameter('ContainerId', 'A container ID is 64 hexadecimal characters, optionally after docker://, containerd:// or cri-o://.');
  }
  if (containerName && !CONTAINER_NAME.test(containerName)) {
    throw platformErrors.invalidParameter('ContainerName', 'A container name is letters, digits, _ . and -, starting with a letter or digit.');
  }
  if ((containerId || containerName) && command.type !== 'RunShellScript') {
    throw platformErrors.invalidParameter(containerId ? 'ContainerId' : 'ContainerName', 'Only shell scripts (RunShellScript) run in a container.');
  }
  const oss = params.string('OssOutputDelivery');
  if (oss && !OSS_OUTPUT.test(oss)) throw platformErrors.invalidParameter('OssOutputDelivery', 'Write it as oss://<bucket>/<prefix>.');
  const group = params.string('ResourceGroupId');
  if (group && !RESOURCE_GROUP.test(group)) throw platformErrors.invalidParameter('ResourceGroupId', 'A resource group ID starts with rg-.');
}

/** ResourceTag.N is judged before the tags are resolved, so a malformed key is named rather than matching nothing. */
export function validateTargetTags(call: ActionCall, action: 'InvokeCommand' | 'RunCommand'): void {
  checkTags(call.params.tags('ResourceTag'), 'ResourceTag', action === 'InvokeCommand' ? 10 : 20, 64);
}

function checkTags(tags: ReadonlyArray<{ key: string; value?: string | undefined }>, name: string, max: number, keyMax: number): void {
  if (tags.length > max) throw platformErrors.invalidParameter(`${name}.N`, `At most ${max} tags.`);
  const seen = new Set<string>();
  for (const tag of tags) {
    if (tag.key.length > keyMax || RESERVED_KEY.test(tag.key) || URL_TEXT.test(tag.key)) {
      throw platformErrors.invalidParameter(`${name}.N.Key`, `A key is at most ${keyMax} characters, cannot start with acs: or aliyun, and cannot contain http:// or https://.`);
    }
    if ((tag.value ?? '').length > 128 || URL_TEXT.test(tag.value ?? '')) {
      throw platformErrors.invalidParameter(`${name}.N.Value`, 'A value is at most 128 characters and cannot contain http:// or https://.');
    }
    if (seen.has(tag.key)) throw platformErrors.invalidParameter(`${name}.N.Key`, `The key ${tag.key} is given twice.`);
    seen.add(tag.key);
  }
}
