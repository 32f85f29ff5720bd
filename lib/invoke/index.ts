/**
 * The InvokeCommand rules: one schema for the launch form and the server action, plus
 * eligibility, batching, quota and the request builder. Everything here runs in the browser
 * as well as on the server.
 */
export { batchCount, planBatches, type Batch } from '@/lib/invoke/batches';
export { powerShellQuote, shellQuote, toAliyunCli, type CliShell } from '@/lib/invoke/cli';
export { INVOKE_RULE_STATUS, type InvokeRuleCode, type RuleIssue } from '@/lib/invoke/codes';
export { emptyDraft, initialParameters, invokeDraftSchema, type InvokeDraft, type ParameterEntry } from '@/lib/invoke/draft';
export {
  SCHEDULE_AGENT_MINIMUM,
  commandOs,
  compareVersions,
  eligibility,
  needsScheduleAgent,
  type Eligibility,
  type IneligibleCode,
  type ScheduleChoice,
} from '@/lib/invoke/eligibility';
export { FIELD_LABELS } from '@/lib/invoke/field-labels';
export { issueCode, toInvokeFormErrors, type InvokeFormErrors } from '@/lib/invoke/form-errors';
export {
  ecsEndpoint,
  formatHttpRequest,
  toHttpRequest,
  type HttpPreviewOptions,
  type HttpRequestPreview,
} from '@/lib/invoke/http-request';
export { DEFAULT_LIMITS, type Limits } from '@/lib/invoke/limits';
export { nextQuotaReset, quotaAllows, quotaRemaining, utcDayKey } from '@/lib/invoke/quota';
export {
  SECRET_MASK,
  buildInvokeRequests,
  toQueryParameters,
  type InvokeBatchRequest,
  type InvokeRequest,
  type MaskedInvokeRequest,
} from '@/lib/invoke/request';
export { measureContent, passedParameters, type ContentSize } from '@/lib/invoke/rules-parameters';
export { checkInvokeDraft, createInvokeSchema, type InvokeSchema, type ValidInvokeDraft } from '@/lib/invoke/schema';
export { base64EncodedLength, charLength, utf8ByteLength } from '@/lib/invoke/text-length';
export * from '@/lib/invoke/types';
