import { z } from 'zod';

/**
 * What a region ID looks like (cn-hangzhou, ap-southeast-1, us-west-1): the one pattern the
 * form, the environment, the URL schemas and the ECS door share. The SDK builds the API host
 * from the region, so nothing else may reach it; which regions are allowed is decided on the
 * server (lib/launches/regions.ts) against the configured ones.
 */
export const REGION_ID_PATTERN = /^[a-z]{2,}(-[a-z0-9]+){1,4}$/;
export const REGION_ID_MAX_LENGTH = 40;

export function isRegionId(value: string): boolean {
  return value.length <= REGION_ID_MAX_LENGTH && REGION_ID_PATTERN.test(value);
}

/** A region ID by its shape; the message names the field as the forms label it. */
export const regionIdSchema = z
  .string({ error: 'Region: a region ID such as cn-shanghai.' })
  // `abort`: a malformed region gets one message, and no check after it (the server's allow-list) runs.
  .max(REGION_ID_MAX_LENGTH, { message: 'Region: a region ID such as cn-shanghai.', abort: true })
  .regex(REGION_ID_PATTERN, { message: 'Region: a region ID such as cn-shanghai.', abort: true });
