import { Card, CardBody, CardHeader } from '@/components/ui/card';

/** How a receiver checks a generic webhook's signature: the same words as the README. */
export function SignatureHelp() {
  return (
    <Card>
      <CardHeader title="Verifying a generic webhook" description="Every body is signed with the webhook's secret; receivers should check it." />
      <CardBody className="space-y-2 text-sm text-muted">
        <p>
          Each POST carries <code className="font-mono text-xs text-ink">X-InvokeDeck-Timestamp</code> (Unix seconds) and{' '}
          <code className="font-mono text-xs text-ink">X-InvokeDeck-Signature: v1=&lt;hex&gt;</code>, the HMAC-SHA256 of{' '}
          <code className="font-mono text-xs text-ink">&lt;timestamp&gt;.&lt;raw body&gt;</code> keyed with the secret.
        </p>
        <p>
          Recompute it over the raw bytes, compare in constant time, and refuse a timestamp more than five minutes away. A retry keeps its{' '}
          <code className="font-mono text-xs text-ink">X-InvokeDeck-Delivery</code> ID: drop one you have already handled.
        </p>
      </CardBody>
    </Card>
  );
}
