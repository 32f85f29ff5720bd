/**
 * The code each rule of a saved command mirrors, with its HTTP status. CreateCommand and
 * ModifyCommand document few codes of their own: `CmdContent.ExceedLimit` and
 * `ParameterCount.ExceedLimit` are Alibaba's; the rest are the platform's generic families
 * (`MissingParameter.<Field>`, `InvalidParameter.<Field>`), which the sandbox answers as
 * `MissingParameter`/`InvalidParameter` naming the field.
 */
export const COMMAND_RULE_STATUS = {
  'MissingParameter.Name': 400,
  'InvalidParameter.Name': 400,
  'InvalidParameter.Description': 400,
  'InvalidParameter.Type': 400,
  'MissingParameter.CommandContent': 400,
  'CmdContent.ExceedLimit': 403,
  'InvalidParameter.WorkingDir': 400,
  'InvalidParameter.Timeout': 400,
  'ParameterCount.ExceedLimit': 403,
} as const satisfies Record<string, number>;

export type CommandRuleCode = keyof typeof COMMAND_RULE_STATUS;

export interface CommandIssue {
  path: string[];
  code: CommandRuleCode;
  message: string;
}
