/**
 * The error code each launch rule mirrors, with the HTTP status Alibaba answers it with.
 * Codes from the seed's error table (and the reference's older InvokeCommand tables) are
 * verbatim so an operator can search them. Rules the seed states without naming a code use
 * the platform's generic families, `MissingParameter.<Field>` and `InvalidParameter.<Field>`
 * (reference §2), so such a code is never mistaken for one Alibaba documents.
 */
export const INVOKE_RULE_STATUS = {
  // Documented for InvokeCommand.
  'InvalidCmdId.NotFound': 404,
  'InvalidInstance.NotFound': 404,
  'InvalidInstance.NotMatch': 403,
  'InstanceIds.ExceedLimit': 403,
  'MissingParam.Frequency': 403,
  'InvalidParam.Frequency': 403,
  'Parameter.Disabled': 404,
  'ParameterCount.ExceedLimit': 403,
  'ParameterKey.ExceedLimit': 403,
  'ParameterKey.Duplicate': 403,
  'Parameter.NotMatched': 403,
  'CmdContent.ExceedLimit': 403,
  'Username.ExceedLimit': 403,
  'Invocation.ExceedQuota': 403,
  'MissingParameter.RegionId': 400,
  'MissingParameter.CommandId': 400,
  'MissingParameter.InstanceIds': 400,
  // Ours, in the platform's generic families.
  'InvalidParameter.RegionId': 400,
  'InvalidParameter.InstanceId': 400,
  'InvalidParameter.CommandId': 400,
  'InvalidParameter.Frequency': 400,
  'InvalidParameter.Timeout': 400,
  'InvalidParameter.WorkingDir': 400,
  'InvalidParameter.WindowsPasswordName': 400,
  'MissingParameter.WindowsPasswordName': 400,
  // RunCommand (an ad-hoc script) and the fields every launch may add.
  'MissingParameter.CommandContent': 400,
  'MissingParameter.Name': 400,
  'InvalidParameter.Name': 400,
  'InvalidParameter.Type': 400,
  'InvalidParameter.ResourceTag': 400,
  'InvalidParameter.ContainerId': 400,
  'InvalidParameter.ContainerName': 400,
  'InvalidParameter.Launcher': 400,
  'InvalidParameter.OssOutputDelivery': 400,
  'InvalidParameter.ResourceGroupId': 400,
  // InvokeDeck's own rate control (a canary's first batch and pause), never sent to Alibaba.
  'InvalidParameter.RateControl': 400,
  // The command's own ParameterDefinitions mark a parameter Required.
  'MissingParameter.Parameters': 400,
  'InvalidParameter.Parameters': 400,
} as const satisfies Record<string, number>;

export type InvokeRuleCode = keyof typeof INVOKE_RULE_STATUS;

/** A rule broken by a draft: where, which code, and a sentence for the operator. */
export interface RuleIssue {
  path: (string | number)[];
  code: InvokeRuleCode;
  message: string;
  /** Extra facts for the UI, e.g. the instance and why it is ineligible. */
  details?: Record<string, string | number>;
}
