// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Alibaba SDK is large and CommonJS: keep it out of the server bundle (TOOLCHAIN.md).
  // Kysely too: bundled, each route got its own copy, and the database handle shared through
  // globalThis failed `instanceof` checks (which dialect am I on?) against another copy's classes.
  serverExternalPackages: ['@alicloud/ecs20140526', '@alicloud/openapi-core', '@alicloud/credentials', 'kysely'],
  poweredByHeader: false,
  // The dev server logs server-action arguments by default; a launch's arguments can hold
  // secret parameter values, which must never reach a log line.
  logging: { serverFunctions: false },
  reactStrictMode: true,
  // Browser-test suites build into their own folder so two suites (or a developer's
  // `npm start`) never serve files another build is replacing.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typedRoutes: false,
  // `NEXT_BROWSER_SOURCE_MAPS=1 next build`: maps of the browser chunks, to see what a page's first load is made of.
  productionBrowserSourceMaps: process.env.NEXT_BROWSER_SOURCE_MAPS === '1',
  // Content-Security-Policy (with a nonce per response) and HSTS are set per request in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // No page of ours needs a device, a payment sheet or another window's handle.
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
