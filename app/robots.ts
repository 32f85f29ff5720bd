import { type MetadataRoute } from 'next';

/** An operations console: nothing of it belongs in a search engine. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', disallow: '/' } };
}
