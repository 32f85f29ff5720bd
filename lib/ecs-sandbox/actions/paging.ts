import { platformErrors } from '../wire/api-error';
import type { Params } from './params';

export interface PageOptions {
  /** Largest MaxResults/PageSize accepted. */
  max: number;
  /** DescribeInstances clamps MaxResults into [10, max]; Cloud Assistant operations reject values outside [1, max]. */
  clamp: boolean;
}

export interface Page<T> {
  items: T[];
  paging: { TotalCount: number; PageNumber: number; PageSize: number; NextToken: string };
}

/**
 * NextToken/MaxResults paging, with the deprecated PageNumber/PageSize when neither is
 * given. Tokens are opaque to callers (base64url of an offset).
 */
export function paginate<T>(all: readonly T[], params: Params, options: PageOptions): Page<T> {
  const tokenMode = params.has('MaxResults') || params.has('NextToken');
  let size: number;
  let offset: number;
  if (tokenMode) {
    const requested = options.clamp ? params.int('MaxResults') : params.int('MaxResults', { min: 1, max: options.max });
    size = options.clamp ? Math.min(options.max, Math.max(10, requested ?? 10)) : (requested ?? 10);
    offset = decodeToken(params.string('NextToken'));
  } else {
    size = params.int('PageSize', { min: 1, max: options.max }) ?? 10;
    offset = ((params.int('PageNumber', { min: 1 }) ?? 1) - 1) * size;
  }
  const items = all.slice(offset, offset + size);
  const next = offset + size < all.length ? encodeToken(offset + size) : '';
  return {
    items,
    paging: { TotalCount: all.length, PageNumber: Math.floor(offset / size) + 1, PageSize: size, NextToken: next },
  };
}

function encodeToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeToken(token: string | undefined): number {
  if (!token) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw platformErrors.invalidParameter('NextToken', 'Pass the NextToken of the previous response unchanged.');
  return Number(match[1]);
}
