import type { Command } from '../state/types';
import { commandView } from './command-view';
import { requireRegion, type ActionHandler } from './context';
import { contentEncoding } from './encode';
import { paginate } from './paging';
import { wildcardMatcher } from './params';

/**
 * DescribeCommands: the region's saved commands, newest first. With `Provider` it lists
 * Alibaba's public commands instead: `AlibabaCloud` names every provider, a longer name
 * (e.g. `AlibabaCloud.ECS.GuestOS`) only that one; `Latest=true` keeps each one's newest version.
 */
export const describeCommands: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const encoding = contentEncoding(params.string('ContentEncoding'));
  const commandId = params.string('CommandId');
  const type = params.string('Type');
  const name = params.string('Name');
  const description = params.string('Description');
  const resourceGroupId = params.string('ResourceGroupId');
  const nameMatches = name ? wildcardMatcher(name) : () => true;
  const descriptionMatches = description ? wildcardMatcher(description) : () => true;
  const tags = params.tags('Tag');
  const provider = params.string('Provider');
  const latestOnly = params.bool('Latest') ?? false;
  const source = provider ? [...ctx.store.publicCommands.values()].filter((command) => providerMatches(command, provider) && (!latestOnly || command.latest)) : [...ctx.store.commands.values()];
  const all = source
    .filter(
      (command: Command) =>
        command.regionId === region.regionId &&
        (!commandId || command.commandId === commandId) &&
        (!type || command.type === type) &&
        (!resourceGroupId || command.resourceGroupId === resourceGroupId) &&
        nameMatches(command.name) &&
        descriptionMatches(command.description) &&
        tags.every((tag) => command.tags.some((t) => t.key === tag.key && (tag.value === undefined || t.value === tag.value))),
    )
    .sort((a, b) => b.creationTime - a.creationTime || (a.name < b.name ? -1 : 1));
  const page = paginate(all, params, { max: 50, clamp: false });
  const invokeTimes = new Map<string, number>();
  for (const invocation of ctx.store.invocations.values()) {
    invokeTimes.set(invocation.commandId, (invokeTimes.get(invocation.commandId) ?? 0) + 1);
  }
  return {
    Commands: { Command: page.items.map((command) => commandView(command, encoding, invokeTimes.get(command.commandId) ?? 0)) },
    ...page.paging,
  };
};

function providerMatches(command: Command, provider: string): boolean {
  const own = command.provider ?? '';
  return own === provider || own.startsWith(`${provider}.`);
}
