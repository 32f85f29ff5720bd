import type { RuleIssue } from '@/lib/invoke/codes';
import type { InvokeDraft } from '@/lib/invoke/draft';
import { charLength } from '@/lib/invoke/text-length';
import type { InvokeContext } from '@/lib/invoke/types';
import { formatNumber } from '@/lib/format';

/** ResourceTag.N: N is 1 to 10; keys up to 64 characters, values up to 128. */
export const RESOURCE_TAGS_MAX = 10;
const TAG_KEY_MAX = 64;
const TAG_VALUE_MAX = 128;
/** Launcher: at most 1 KB. */
export const LAUNCHER_MAX = 1_024;

/** 64 hex characters, optionally after the runtime's scheme. */
const CONTAINER_ID = /^(?:(?:docker|containerd|cri-o):\/\/)?[0-9a-f]{64}$/;
/** Docker's and Kubernetes' container names: a letter or digit, then letters, digits, _ . -. */
const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/;
/** oss://bucket/prefix; bucket names are 3-63 lower-case letters, digits and hyphens. */
const OSS_OUTPUT = /^oss:\/\/[a-z0-9][a-z0-9-]{1,61}[a-z0-9](?:\/[^\s]*)?$/;
const RESOURCE_GROUP = /^rg-[A-Za-z0-9]{1,64}$/;

/** Target tags and the fields a launch may add to InvokeCommand/RunCommand, with the API's rules. */
export function extraRules(draft: InvokeDraft, context: InvokeContext): RuleIssue[] {
  return [...resourceTagRules(draft), ...containerRules(draft, context), ...otherFieldRules(draft)];
}

function resourceTagRules({ resourceTags, instanceIds }: InvokeDraft): RuleIssue[] {
  if (!resourceTags?.length) return [];
  const issues: RuleIssue[] = [];
  if (instanceIds.length > 0) {
    issues.push({ path: ['resourceTags'], code: 'InvalidParameter.ResourceTag', message: 'Target tags: target either instances by ID or by tags, not both. Clear the instance list, or remove the tags.' });
  }
  if (resourceTags.length > RESOURCE_TAGS_MAX) {
    issues.push({ path: ['resourceTags'], code: 'InvalidParameter.ResourceTag', message: `Target tags: at most ${RESOURCE_TAGS_MAX} tags (${resourceTags.length} given). Remove some.` });
  }
  const seen = new Set<string>();
  resourceTags.forEach(({ key, value }, index) => {
    const keyPath = ['resourceTags', index, 'key'];
    const problem = tagKeyProblem(key);
    if (problem) {
      issues.push({ path: keyPath, code: 'InvalidParameter.ResourceTag', message: `Target tag ${index + 1}: ${problem}` });
    } else if (seen.has(key)) {
      issues.push({ path: keyPath, code: 'InvalidParameter.ResourceTag', message: `Target tag ${index + 1}: key "${key}" is given twice. An instance has one value per key; remove one.` });
    }
    seen.add(key);
    if (charLength(value) > TAG_VALUE_MAX) {
      issues.push({ path: ['resourceTags', index, 'value'], code: 'InvalidParameter.ResourceTag', message: `Target tag ${key || index + 1}: the value is at most ${TAG_VALUE_MAX} characters.` });
    } else if (/https?:\/\//i.test(value)) {
      issues.push({ path: ['resourceTags', index, 'value'], code: 'InvalidParameter.ResourceTag', message: `Target tag ${key || index + 1}: a value cannot contain http:// or https://.` });
    }
  });
  return issues;
}

function tagKeyProblem(key: string): string | null {
  if (key.trim() === '') return 'the key is required (the value may be empty).';
  if (charLength(key) > TAG_KEY_MAX) return `the key is at most ${TAG_KEY_MAX} characters.`;
  if (/^(acs:|aliyun)/i.test(key)) return 'a key cannot start with acs: or aliyun (those are reserved for Alibaba Cloud).';
  if (/https?:\/\//i.test(key)) return 'a key cannot contain http:// or https://.';
  return null;
}

/** A container is a Linux shell feature; the API takes the ID or the name, and ignores Username and WorkingDir there. */
function containerRules({ containerId, containerName, username, workingDir }: InvokeDraft, { command }: InvokeContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const id = containerId?.trim() ?? '';
  const name = containerName?.trim() ?? '';
  if (id !== '' && !CONTAINER_ID.test(id)) {
    issues.push({ path: ['containerId'], code: 'InvalidParameter.ContainerId', message: 'Container ID: 64 hexadecimal characters, optionally after docker://, containerd:// or cri-o://.' });
  }
  if (name !== '' && !CONTAINER_NAME.test(name)) {
    issues.push({ path: ['containerName'], code: 'InvalidParameter.ContainerName', message: 'Container name: letters, digits, _ . and -, starting with a letter or digit, at most 255 characters.' });
  }
  if (id === '' && name === '') return issues;
  const field = id !== '' ? 'containerId' : 'containerName';
  const code = id !== '' ? 'InvalidParameter.ContainerId' : 'InvalidParameter.ContainerName';
  if (command && command.type !== 'RunShellScript') {
    issues.push({ path: [field], code, message: `${id !== '' ? 'Container ID' : 'Container name'}: only shell scripts run in a container (this is ${command.type}). Clear it, or choose a shell command.` });
  }
  if (username !== '' || (workingDir ?? '') !== '') {
    issues.push({ path: [field], code, message: 'In a container the API ignores Username and Working directory. Clear them, so the review shows what will really happen.' });
  }
  return issues;
}

function otherFieldRules({ launcher, ossOutputDelivery, resourceGroupId }: InvokeDraft): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (launcher !== undefined && new TextEncoder().encode(launcher).length > LAUNCHER_MAX) {
    issues.push({ path: ['launcher'], code: 'InvalidParameter.Launcher', message: `Launcher: at most ${formatNumber(LAUNCHER_MAX)} bytes. Shorten it.` });
  }
  const oss = ossOutputDelivery?.trim() ?? '';
  if (oss !== '' && !OSS_OUTPUT.test(oss)) {
    issues.push({ path: ['ossOutputDelivery'], code: 'InvalidParameter.OssOutputDelivery', message: 'OSS output delivery: write it as oss://<bucket>/<prefix>, a bucket name of 3–63 lower-case letters, digits and hyphens.' });
  }
  const group = resourceGroupId?.trim() ?? '';
  if (group !== '' && !RESOURCE_GROUP.test(group)) {
    issues.push({ path: ['resourceGroupId'], code: 'InvalidParameter.ResourceGroupId', message: 'Resource group: a resource group ID, like rg-aek2zexample01. Copy it from the Resource Management console.' });
  }
  return issues;
}
