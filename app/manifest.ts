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
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
}
