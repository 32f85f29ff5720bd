import { formatInZone } from '@/lib/schedule';

// Up to ~420 zones are listed; each offset is worked out once per page load.
const offsets = new Map<string, string>();

/** A zone's offset from UTC now ("GMT+8"), for the zone list. */
export function zoneOffset(zone: string): string {
  let offset = offsets.get(zone);
  if (offset === undefined) {
    try {
      offset = formatInZone(new Date(), zone).offset;
    } catch {
      offset = '';
    }
    offsets.set(zone, offset);
  }
  return offset;
}
