import { SearchX } from 'lucide-react';

import { NotFoundPanel } from '@/components/ui/not-found-panel';

/** An InvokeId that is not one, or that neither Alibaba nor InvokeDeck knows (answered with 404). */
export default function InvokeIdNotFound() {
  return (
    <NotFoundPanel heading="InvokeId not found" title="Nothing to show for this InvokeId" icon={<SearchX />} back={{ href: '/invocations', label: 'Back to invocations' }}>
      InvokeIds look like t-hz0jdf1a2b3c. Alibaba Cloud keeps an invocation for 30 days; InvokeDeck keeps what it launched. Check the ID and its region.
    </NotFoundPanel>
  );
}
