/**
 * What GET /api/ecs/instances answers: a page of a region's fleet snapshot and how fresh that
 * snapshot is. Shared by the route, the picker's data hook and the benchmarks.
 */

/**
 * One candidate instance: DescribeInstances joined with DescribeCloudAssistantStatus, or a
 * managed instance from DescribeManagedInstances (no ECS status, zone or type: those are empty).
 * The instance picker's PickerInstance has this shape.
 */
export interface FleetInstance {
  instanceId: string;
  name: string;
  hostName: string;
  privateIp: string;
  publicIp: string;
  osType: 'linux' | 'windows';
  osName: string;
  /** Running, Stopped, Starting, Stopping, Pending; empty for a managed instance. */
  status: string;
  networkType: 'vpc' | 'classic';
  zoneId: string;
  instanceType: string;
  tags: { key: string; value: string }[];
  agentOnline: boolean;
  agentVersion: string;
  kind?: 'ecs' | 'managed';
  /** How the classic network is judged in this mode (live mode warns). */
  classicNetwork?: 'refuse' | 'warn';
}

/** How fresh a region's snapshot is, and whether a read is on its way. */
export interface FleetReadState {
  /** When the last good read ended (ISO), or null before the first. */
  readAt: string | null;
  durationMs: number | null;
  instanceCount: number | null;
  /** A read is running, or was asked for and has not started yet. */
  refreshing: boolean;
  /** When a read was last asked for (the Refresh button, a launch sent). */
  requestedAt: string | null;
  /** The last attempt's failure, kept until a read succeeds; the snapshot before it still stands. */
  lastError: { code: string; message: string; at: string } | null;
}

export interface FleetPage extends FleetReadState {
  instances: FleetInstance[];
  /** Opaque; pass it back for the next page. Null on the last page. */
  nextToken: string | null;
  /** Every instance of the snapshot (on each page, so the first tells the picker its total). */
  totalCount: number | null;
}

/** The first page is small, so the picker shows rows at once; the rest come in large pages. */
export const FLEET_FIRST_PAGE_SIZE = 100;
export const FLEET_PAGE_SIZE = 1_000;
