import { type InvocationSnapshot } from './snapshot';

/**
 * An InvokeId as the review page shows it: live from ECS, or our last snapshot when Alibaba
 * no longer knows it. Parameter values that are (or look) secret are masked on the server.
 */
export interface InvocationView {
  invokeId: string;
  regionId: string;
  source: 'live' | 'snapshot';
  /** Set when source is 'snapshot': why the live state is not available. */
  staleReason: string | null;
  snapshotAt: string | null;
  invocationStatus: string;
  commandId: string;
  commandName: string;
  commandType: string;
  commandContent: string;
  parameters: { name: string; value: string; secret: boolean }[];
  repeatMode: string;
  frequency: string;
  timeout: number;
  username: string;
  creationTime: string | null;
  instances: InvocationSnapshot['instances'];
  /** Present when the InvokeId was launched through InvokeDeck. */
  launch: { launchId: string; createdBy: string; createdAt: string; batchIndex: number; batchCount: number } | null;
}
