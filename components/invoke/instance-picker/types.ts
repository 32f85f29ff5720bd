import { type PickerFleet } from '@/components/invoke/instance-picker/fleet-freshness';
import { type PickerFilters } from '@/components/invoke/instance-picker/filter';
import { type FleetInstance } from '@/lib/fleet/types';

/** One candidate instance: a row of the region's fleet snapshot, as GET /api/ecs/instances answers it. */
export type PickerInstance = FleetInstance;

/** What the search box and the filters hold. */
export interface PickerSearch {
  query: string;
  filters: PickerFilters;
}

/** An eligible row may carry a warning (live mode's classic network), shown beside "Eligible". */
export type PickerEligibility = { eligible: true; warning?: string } | { eligible: false; reason: string };

export interface InstancePickerProps {
  instances: readonly PickerInstance[];
  /** Decided by the form from the chosen command and repeat mode; called per row, memoise inside. */
  eligibility: (instance: PickerInstance) => PickerEligibility;
  selected: readonly string[];
  onChange: (instanceIds: string[]) => void;
  /** Paging progress while the form loads DescribeInstances page by page; null when done. */
  loading: { loaded: number; total: number | null } | null;
  /** A load error to show in place. */
  error?: string | undefined;
  /** The form's validation error for "instanceIds". */
  fieldError?: string | undefined;
  disabled?: boolean;
  /** The search to start with, e.g. one a preset kept. */
  initialSearch?: PickerSearch | undefined;
  /** Told of every change to the search, for a form that saves it. */
  onSearchChange?: ((search: PickerSearch) => void) | undefined;
  /** Offers "keep this search instead of the list" for presets and links. */
  keepSearch?: { checked: boolean; onChange: (checked: boolean) => void } | undefined;
  /** How fresh the fleet snapshot behind the list is, with its Refresh. */
  fleet?: PickerFleet | undefined;
}
