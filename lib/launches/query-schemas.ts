import { z } from 'zod';

/** Shapes of what the review pages pass in URLs: an InvokeId, a region, an instance ID. */
export const invokeIdSchema = z.string().regex(/^t-[A-Za-z0-9]{4,64}$/, 'InvokeId: it starts with t- followed by letters and digits, like t-hz0jdf1a2b3c.');
export const regionSchema = z.string().regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, 'Region: a region ID such as cn-shanghai.');
export const instanceIdSchema = z.string().regex(/^i-[A-Za-z0-9]{4,64}$/, 'Instance: an instance ID such as i-uf6abc123.');
