import { isReleased } from '../simulation/power';
import type { Instance } from '../state/types';
import { ApiError } from '../wire/api-error';
import { platformErrors, requireRegion, type ActionCall, type ActionHandler } from './context';

/** ResourceId.N per call, Tag.N per call, and tags one resource may carry (ECS's documented limits). */
const RESOURCES_MAX = 50;
const TAGS_PER_CALL_MAX = 20;
const TAGS_PER_RESOURCE_MAX = 20;

/**
 * TagResources / UntagResources for ResourceType=instance: how an operator tags an instance
 * from the console or the CLI, so a tag target (ResourceTag.N) picks it up at its next call.
 */
export const tagResources: ActionHandler = (call) => {
  const instances = targetInstances(call);
  const tags = call.params.tags('Tag');
  if (!tags.length) throw platformErrors.missingParameter('Tag.N');
  if (tags.length > TAGS_PER_CALL_MAX) throw platformErrors.invalidParameter('Tag.N', `At most ${TAGS_PER_CALL_MAX} tags per call.`);
  for (const tag of tags) {
    if (!tag.key || tag.key.length > 128) throw new ApiError('InvalidTagKey.Malformed', 400, 'The specified Tag.n.Key is invalid: 1 to 128 characters.');
    if (/^(acs:|aliyun)/i.test(tag.key) || /https?:\/\//i.test(tag.key)) {
      throw new ApiError('InvalidTagKey.Malformed', 400, 'The specified Tag.n.Key is invalid: it cannot start with aliyun or acs:, or contain http:// or https://.');
    }
    if ((tag.value ?? '').length > 128 || /https?:\/\//i.test(tag.value ?? '')) {
      throw new ApiError('InvalidTagValue.Malformed', 400, 'The specified Tag.n.Value is invalid: at most 128 characters, without http:// or https://.');
    }
  }
  for (const instance of instances) {
    const next = [...instance.tags];
    for (const tag of tags) {
      const existing = next.findIndex((t) => t.key === tag.key);
      const value = { key: tag.key, value: tag.value ?? '' };
      if (existing >= 0) next[existing] = value;
      else next.push(value);
    }
    if (next.length > TAGS_PER_RESOURCE_MAX) {
      throw new ApiError('InvalidTagCount', 400, `${instance.instanceId} would carry ${next.length} tags; at most ${TAGS_PER_RESOURCE_MAX}.`);
    }
  }
  for (const instance of instances) applyTags(call, instance, tags.map((tag) => ({ key: tag.key, value: tag.value ?? '' })));
  return {};
};

export const untagResources: ActionHandler = (call) => {
  const instances = targetInstances(call);
  const all = call.params.bool('All') ?? false;
  const keys = call.params.list('TagKey');
  if (!all && !keys.length) throw platformErrors.missingParameter('TagKey.N');
  for (const instance of instances) {
    instance.tags = all ? [] : instance.tags.filter((tag) => !keys.includes(tag.key));
    keepTags(call, instance);
  }
  return {};
};

function targetInstances(call: ActionCall): Instance[] {
  const region = requireRegion(call.params, 'ecs');
  const type = call.params.required('ResourceType');
  if (type !== 'instance') throw platformErrors.invalidParameter('ResourceType', 'The sandbox tags instances only (ResourceType=instance).');
  const ids = [...new Set(call.params.list('ResourceId'))];
  if (!ids.length) throw platformErrors.missingParameter('ResourceId.N');
  if (ids.length > RESOURCES_MAX) throw platformErrors.invalidParameter('ResourceId.N', `At most ${RESOURCES_MAX} resources per call.`);
  const now = call.ctx.clock.now();
  return ids.map((id) => {
    const instance = call.ctx.store.instances.get(id);
    if (!instance || instance.managed || instance.regionId !== region.regionId || isReleased(instance, now)) {
      throw new ApiError('InvalidResourceId.NotFound', 404, `The specified ResourceIds are not found in our records: ${id}.`);
    }
    return instance;
  });
}

function applyTags(call: ActionCall, instance: Instance, tags: Array<{ key: string; value: string }>): void {
  const given = new Map(tags.map((tag) => [tag.key, tag.value]));
  const kept = instance.tags.filter((tag) => !given.has(tag.key)).map((tag) => ({ ...tag }));
  instance.tags = [...kept, ...tags];
  keepTags(call, instance);
}

/** Only an instance's runtime is persisted: the tags ride along there. */
function keepTags(call: ActionCall, instance: Instance): void {
  instance.runtime.tags = instance.tags.map((tag) => ({ ...tag }));
  call.ctx.store.touchInstance(instance);
}
