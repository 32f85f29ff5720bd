/**
 * An error with a code, an HTTP status and a message meant for a person. Anything thrown
 * that is not an AppError is logged on the server and replaced by a generic message.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 401, 'Your session has ended. Sign in again.');

export const forbidden = (needed: string) =>
  new AppError('FORBIDDEN', 403, `This needs the ${needed} role. Ask an admin if you should have it.`);

export const notFound = (what: string) => new AppError('NOT_FOUND', 404, `${what} was not found.`);

export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError('INVALID', 422, message, fieldErrors);
