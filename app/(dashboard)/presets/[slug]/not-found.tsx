import { LinkIcon } from 'lucide-react';

import { NotFoundPanel } from '@/components/ui/not-found-panel';

/** A link to no preset (answered with 404). */
export default function PresetNotFound() {
  return (
    <NotFoundPanel heading="Preset not found" title="No preset at this link" icon={<LinkIcon />} back={{ href: '/presets', label: 'Browse presets' }}>
      The link may have been cut short when it was copied. Preset links look like /presets/prod-web-patch-k3x9qa.
    </NotFoundPanel>
  );
}
