import { describe, expect, it } from 'vitest';
import { sessionFromToken } from './session';

const b64 = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('session from a Keycloak access token', () => {
  it('reads roles, region, agency and the Chinese name', () => {
    const token = `x.${b64({ preferred_username: 'xinxiang-agency-1', name: '新乡演示司法鉴定中心', region_code: '410702', agency_id: 'demo-xx-01', realm_access: { roles: ['agency', 'offline_access', 'default-roles-shuangsuiji'] } })}.sig`;
    expect(sessionFromToken(token)).toEqual({ username: 'xinxiang-agency-1', name: '新乡演示司法鉴定中心', roles: ['agency'], region: '410702', agencyId: 'demo-xx-01', personId: undefined });
  });
});
