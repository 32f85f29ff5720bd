import { type MetadataRoute } from 'next';

/** Installable on a phone's home screen, opening on the launch form. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'InvokeDeck',
    short_name: 'InvokeDeck',
    description: 'Launch, schedule and review Cloud Assistant commands across ECS fleets.',
    start_url: '/invoke',
    display: 'standalone',
    background_color: '#f6f6f7',
    theme_color: '#f6f6f7',
    // PNGs beside the SVG: launchers that take no SVG, and a full-bleed one they can cut to their own shape.
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
