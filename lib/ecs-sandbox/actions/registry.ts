import { createCommand, deleteCommand, modifyCommand } from './commands';
import type { ActionHandler } from './context';
import { describeAccountAttributes } from './describe-account-attributes';
import { describeCloudAssistantStatus } from './describe-cloud-assistant-status';
import { describeCommands } from './describe-commands';
import { describeInstances } from './describe-instances';
import { describeInvocationResults } from './describe-invocation-results';
import { describeInvocations } from './describe-invocations';
import { describeManagedInstances } from './describe-managed-instances';
import { describeRegions } from './describe-regions';
import { deleteInstance, rebootInstance, startInstance, stopInstance } from './instance-power';
import { invokeCommand } from './invoke-command';
import { modifyInvocationAttribute } from './modify-invocation-attribute';
import { runCommand } from './run-command';
import { stopInvocation } from './stop-invocation';
import { tagResources, untagResources } from './tag-resources';

export const API_VERSION = '2014-05-26';

/** The ECS 2014-05-26 operations the sandbox answers; anything else is InvalidApi.NotFound. */
export const ACTIONS: Readonly<Record<string, ActionHandler>> = {
  DescribeRegions: describeRegions,
  DescribeAccountAttributes: describeAccountAttributes,
  DescribeInstances: describeInstances,
  DescribeCloudAssistantStatus: describeCloudAssistantStatus,
  DescribeManagedInstances: describeManagedInstances,
  DescribeCommands: describeCommands,
  CreateCommand: createCommand,
  ModifyCommand: modifyCommand,
  DeleteCommand: deleteCommand,
  InvokeCommand: invokeCommand,
  RunCommand: runCommand,
  DescribeInvocations: describeInvocations,
  DescribeInvocationResults: describeInvocationResults,
  ModifyInvocationAttribute: modifyInvocationAttribute,
  StopInvocation: stopInvocation,
  StartInstance: startInstance,
  StopInstance: stopInstance,
  RebootInstance: rebootInstance,
  DeleteInstance: deleteInstance,
  TagResources: tagResources,
  UntagResources: untagResources,
};

/** Actions that change state (the rest are reads); persistence writes after these. */
export const MUTATING_ACTIONS = new Set([
  'CreateCommand', 'ModifyCommand', 'DeleteCommand', 'InvokeCommand', 'RunCommand', 'ModifyInvocationAttribute', 'StopInvocation', 'StartInstance', 'StopInstance', 'RebootInstance', 'DeleteInstance',
]);
