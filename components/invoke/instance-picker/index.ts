/**
 * The launch form's instance picker. The form decides eligibility (from the chosen command
 * and repeat mode) and owns the selection; the picker owns search, filters and keyboard.
 */
export { InstancePicker } from '@/components/invoke/instance-picker/instance-picker';
export type { InstancePickerProps, PickerEligibility, PickerInstance, PickerSearch } from '@/components/invoke/instance-picker/types';
export { resolveInstanceFilter, type ResolvedFilter } from '@/components/invoke/instance-picker/resolve-filter';
export { instanceFilterOf, pickerSearchOf } from '@/components/invoke/instance-picker/kept-search';
