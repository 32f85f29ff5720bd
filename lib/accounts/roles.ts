/** Roles, weakest first: each includes everything the ones before it may do. */
export const ROLES = ['viewer', 'operator', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: 'Reads launches, outputs and presets',
  operator: 'Also launches, stops and manages presets',
  admin: 'Also manages operators',
};

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
