/**
 * An Alibaba API error: the code passes through unchanged (operators search for it),
 * with the HTTP status the live API uses and a message that says what to do.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Errors the API gateway returns before any operation runs (reference §2). */
export const platformErrors = {
  missingParameter: (name: string) =>
    new ApiError(
      'MissingParameter',
      400,
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
    ),
  invalidParameter: (name: string, detail?: string) =>
    new ApiError('InvalidParameter', 400, `The specified parameter "${name}" is not valid.${detail ? ` ${detail}` : ''}`),
  invalidFormat: (value: string) =>
    new ApiError('InvalidParameter.Format', 400, `The specified parameter "Format" (${value}) is not valid: use JSON or XML.`),
  unknownAction: (action: string, version: string) =>
    new ApiError(
      'InvalidApi.NotFound',
      404,
      `Specified api is not found, please check your url and method. (Action=${action}, Version=${version})`,
    ),
  accessKeyNotFound: () => new ApiError('InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.'),
  incompleteSignature: (detail: string) =>
    new ApiError('IncompleteSignature', 400, `The request signature does not conform to Aliyun standards. ${detail}`),
  signatureMethod: (method: string) =>
    new ApiError('InvalidSignatureMethod', 400, `Specified signature method "${method}" is not supported.`),
  signatureMismatch: (serverStringToSign: string) =>
    new ApiError(
      'SignatureDoesNotMatch',
      400,
      `Specified signature does not match our calculation. server string to sign is:${serverStringToSign}`,
    ),
  timestampFormat: (value: string) =>
    new ApiError('InvalidTimeStamp.Format', 400, `Specified time stamp or date value "${value}" is not well formatted.`),
  timestampExpired: (value: string) =>
    new ApiError(
      'InvalidTimeStamp.Expired',
      400,
      `Specified time stamp or date value "${value}" is expired: it must be within 15 minutes of the server time (UTC).`,
    ),
  nonceUsed: () => new ApiError('SignatureNonceUsed', 400, 'Specified signature nonce was used already.'),
  securityToken: (detail: string) => new ApiError('InvalidSecurityToken.Malformed', 400, `Security token is not valid. ${detail}`),
  unsupportedMethod: (method: string) =>
    new ApiError('UnsupportedHTTPMethod', 400, `HTTP method ${method} is not supported: use GET or POST.`),
  throttled: (retryAfterMs: number) =>
    new ApiError('Throttling.User', 400, 'Request was denied due to user flow control.', {
      'x-acs-retry-after': String(retryAfterMs),
    }),
  internalDispatch: () =>
    new ApiError('InternalError.Dispatch', 500, 'An error occurred when you dispatched the request. Try again later.'),
  serviceUnavailable: () =>
    new ApiError('ServiceUnavailable', 503, 'The request has failed due to a temporary failure of the server. Try again later.'),
  internal: (detail: string) =>
    new ApiError('InternalError', 500, `The request processing has failed due to some unknown error. ${detail}`),
} as const;
