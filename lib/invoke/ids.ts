/**
 * What Alibaba's IDs look like. Checked before any ID reaches an ECS call, so a malformed or
 * hostile value is refused with its field named instead of being sent to look it up.
 */
/** ECS instances (i-…) and managed instances (mi-…: servers outside ECS registered with Cloud Assistant). */
export const INSTANCE_ID_PATTERN = /^m?i-[A-Za-z0-9]{1,64}$/;
export const MANAGED_INSTANCE_ID_PATTERN = /^mi-[A-Za-z0-9]{1,64}$/;
/** Saved commands (c-…), and Alibaba's public ones, which are referred to by their ACS-… names. */
export const COMMAND_ID_PATTERN = /^(c-[A-Za-z0-9]{1,64}|ACS-[A-Za-z0-9][A-Za-z0-9._-]{0,124})$/;

/** InvokeIds: t- then letters and digits. */
export const INVOKE_ID_PATTERN = /^t-[A-Za-z0-9]{4,64}$/;

/** The most instances one launch may name: its batches are sent by one dispatcher, its rows read on one page. */
export const MAX_LAUNCH_INSTANCES = 10_000;

export function isInstanceId(value: string): boolean {
  return INSTANCE_ID_PATTERN.test(value);
}

/** A managed instance is looked up with DescribeManagedInstances, not DescribeInstances. */
export function isManagedInstanceId(value: string): boolean {
  return MANAGED_INSTANCE_ID_PATTERN.test(value);
}

export function isCommandId(value: string): boolean {
  return COMMAND_ID_PATTERN.test(value);
}

export function isInvokeId(value: string): boolean {
  return INVOKE_ID_PATTERN.test(value);
}
