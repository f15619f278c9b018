import { describe, expect, it } from 'vitest';
import { NAV, allowed } from './navigation';
import type { Role } from './auth/session';

const menu = (roles: Role[]) => NAV.filter((n) => allowed(n, roles)).map((n) => n.path);

describe('menus by role', () => {
  it('a visitor sees only public pages', () => {
    expect(menu([])).toEqual(['/public/plans', '/public/agencies', '/public/templates', '/public/results']);
  });
  it('the city keeps the registry, plans and tasks; the province its dashboard', () => {
    expect(menu(['city'])).toEqual(expect.arrayContaining(['/registry', '/plans', '/tasks']));
    expect(menu(['city'])).not.toContain('/province/dashboard');
    expect(menu(['province'])).toEqual(expect.arrayContaining(['/province/dashboard', '/province/reviews', '/plans', '/agencies']));
    expect(menu(['city'])).not.toContain('/province/reviews');
    expect(menu(['province'])).not.toContain('/registry');
  });
  it('the ministry is offered the national dashboard and the public pages only', () => {
    expect(menu(['ministry']).filter((p) => !p.startsWith('/public'))).toEqual(['/national/dashboard']);
    expect(menu(['province'])).not.toContain('/national/dashboard');
  });
  it('inspectors, experts and agencies are offered nothing they may not do', () => {
    expect(menu(['inspector']).filter((p) => !p.startsWith('/public'))).toEqual(['/onsite']);
    expect(menu(['expert']).filter((p) => !p.startsWith('/public'))).toEqual(['/onsite']);
    expect(menu(['agency']).filter((p) => !p.startsWith('/public'))).toEqual(['/my-agency', '/agency/inspections', '/agency/self-inspections']);
    expect(menu(['county']).filter((p) => !p.startsWith('/public'))).toEqual(['/agencies', '/tasks', '/inspections', '/agency-results']);
  });
});
