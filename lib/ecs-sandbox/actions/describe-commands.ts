import type { Command } from '../state/types';
import { commandView } from './command-view';
import { requireRegion, type ActionHandler } from './context';
import { contentEncoding } from './encode';
import { paginate } from './paging';
import { wildcardMatcher } from './params';

/** DescribeCommands: the region's saved commands, newest first. Public commands (Provider) are not simulated. */
export const describeCommands: ActionHandler = ({ params, ctx }) => {
  const region = requireRegion(params, 'cloud-assistant');
  const encoding = contentEncoding(params.string('ContentEncoding'));
  const commandId = params.string('CommandId');
  const type = params.string('Type');
  const name = params.string('Name');
  const description = params.string('Description');
  const nameMatches = name ? wildcardMatcher(name) : () => true;
  const descriptionMatches = description ? wildcardMatcher(description) : () => true;
  const tags = params.tags('Tag');
  const provider = params.string('Provider');
  const all = provider
    ? []
    : [...ctx.store.commands.values()]
        .filter(
          (command: Command) =>
            command.regionId === region.regionId &&
            (!commandId || command.commandId === commandId) &&
            (!type || command.type === type) &&
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
