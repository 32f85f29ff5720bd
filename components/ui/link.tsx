'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import { type ComponentProps } from 'react';

/**
 * The app's link: next/link prefetching its page on intent (the pointer over it, focus, a touch)
 * rather than as soon as it scrolls into view. A list of launches shows dozens of links, and each
 * viewport prefetch (a request, then its answer decoded) ran on a phone's main thread while the
 * page was still loading. `prefetch={false}` turns intent prefetching off too.
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const href = typeof props.href === 'string' ? props.href : (props.href.pathname ?? null);
  const warm = () => {
    if (prefetch !== false && href?.startsWith('/')) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      prefetch={false}
      onMouseEnter={(event) => {
        warm();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        warm();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        warm();
        onTouchStart?.(event);
      }}
    />
  );
}
