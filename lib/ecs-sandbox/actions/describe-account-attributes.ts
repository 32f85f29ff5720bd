import { platformErrors, requireRegion, type ActionHandler, type SandboxContext } from './context';

/** The Cloud Assistant quotas; the sandbox does not enforce a command count, so the documented floor is reported. */
const COMMAND_COUNT = 500;
const MAX_NAMES = 8;

/**
 * DescribeAccountAttributes, for Cloud Assistant's two quotas: `max-axt-invocation-daily`
 * (runs per region per day, the sandbox's configured limit) and `max-axt-command-count`.
 * Other documented attributes (vCPU quotas, security groups, …) are answered with no values.
 */
export const describeAccountAttributes: ActionHandler = ({ params, ctx }) => {
  requireRegion(params, 'ecs');
  const names = params.list('AttributeName');
  if (names.length > MAX_NAMES) throw platformErrors.invalidParameter('AttributeName.N', `At most ${MAX_NAMES} names.`);
  const wanted = names.length ? names : ['max-axt-command-count', 'max-axt-invocation-daily'];
  return {
    AccountAttributeItems: {
      AccountAttributeItem: wanted.map((name) => ({ AttributeName: name, AttributeValues: { ValueItem: values(name, ctx) } })),
    },
  };
};

function values(name: string, ctx: SandboxContext): Array<Record<string, unknown>> {
  const value = name === 'max-axt-invocation-daily' ? ctx.limits.dailyInvocations : name === 'max-axt-command-count' ? COMMAND_COUNT : null;
  return value === null ? [] : [{ Value: String(value), Count: 1 }];
}
