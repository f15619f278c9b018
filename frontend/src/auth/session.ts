// Who is signed in, read from the Keycloak access token: roles (realm_access), region_code, agency_id,
// person_id and the display name (DESIGN §1).
export type Role = 'province' | 'city' | 'county' | 'inspector' | 'expert' | 'agency' | 'ministry';
export const ROLES: Role[] = ['province', 'city', 'county', 'inspector', 'expert', 'agency', 'ministry'];

/** The ministry's region_code: the whole country (ADR 0006), never a GB/T 2260 region. */
export const NATION = '000000';

export interface Session {
  username: string;
  name: string;
  roles: Role[];
  region: string;
  agencyId?: string;
  personId?: string;
}

export function decodeJwt(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function sessionFromToken(token: string): Session {
  const claims = decodeJwt(token);
  const realmRoles = ((claims.realm_access as { roles?: string[] } | undefined)?.roles ?? []) as string[];
  return {
    username: String(claims.preferred_username ?? claims.sub ?? ''),
    name: String(claims.name ?? claims.given_name ?? claims.preferred_username ?? ''),
    roles: ROLES.filter((r) => realmRoles.includes(r)),
    region: String(claims.region_code ?? ''),
    agencyId: claims.agency_id ? String(claims.agency_id) : undefined,
    personId: claims.person_id ? String(claims.person_id) : undefined,
  };
}

/** The role whose pages a user sees first, when a user has several. */
export function primaryRole(session: Session | null): Role | undefined {
  return session?.roles[0];
}
