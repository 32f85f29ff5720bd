import { type FieldValues, type Resolver } from 'react-hook-form';
import { type z } from 'zod';

/**
 * A react-hook-form resolver that fetches its zod schema (the one the server action parses
 * with), zod and the zod resolver on the first validation, usually the first submit, rather
 * than with the page: zod is some 35 KB gzip, more than a whole page of ours.
 */
export function lazyZodResolver<Input extends FieldValues, Output>(load: () => Promise<z.ZodType<Output, Input>>): Resolver<Input, unknown, Output> {
  let ready: Promise<Resolver<Input, unknown, Output>> | undefined;
  return async (values, context, options) => {
    ready ??= Promise.all([load(), import('@hookform/resolvers/zod'), import('@/lib/zod-jitless')]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as Resolver<Input, unknown, Output>,
    );
    return (await ready)(values, context, options);
  };
}
