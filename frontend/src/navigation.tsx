// Menus and routes by role: a page is listed only for the roles whose API calls it makes are allowed
// (DESIGN §1, the services' READMEs). Public pages need no login.
import type { Role } from './auth/session';
import type { MessageKey } from './i18n/zh';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** undefined: public, no login */
  roles?: Role[];
}

export const NAV: NavItem[] = [
  { path: '/national/dashboard', label: 'menuNationalDashboard', roles: ['ministry'] },
  { path: '/province/dashboard', label: 'menuDashboard', roles: ['province'] },
  { path: '/province/reviews', label: 'menuReviews', roles: ['province'] },
  { path: '/registry', label: 'menuRegistry', roles: ['city'] },
  { path: '/agencies', label: 'menuAgencies', roles: ['province', 'county'] },
  { path: '/plans', label: 'menuPlans', roles: ['province', 'city'] },
  { path: '/tasks', label: 'menuTasks', roles: ['province', 'city', 'county'] },
  { path: '/inspections', label: 'menuInspections', roles: ['province', 'city', 'county'] },
  { path: '/agency-results', label: 'menuAgencyResults', roles: ['city', 'county'] },
  { path: '/onsite', label: 'menuMyInspections', roles: ['inspector', 'expert'] },
  { path: '/my-agency', label: 'menuMyAgency', roles: ['agency'] },
  { path: '/agency/inspections', label: 'menuAgencyInspections', roles: ['agency'] },
  { path: '/agency/self-inspections', label: 'menuSelfInspections', roles: ['agency'] },
  { path: '/public/plans', label: 'menuPublicPlans' },
  { path: '/public/agencies', label: 'menuPublicAgencies' },
  { path: '/public/templates', label: 'menuPublicTemplates' },
  { path: '/public/results', label: 'menuPublicResults' },
];

export const HOME_BY_ROLE: Record<Role, string> = {
  province: '/province/dashboard',
  city: '/registry',
  county: '/agencies',
  inspector: '/onsite',
  expert: '/onsite',
  agency: '/my-agency',
  ministry: '/national/dashboard',
};

export function allowed(item: NavItem, roles: Role[]): boolean {
  return !item.roles || item.roles.some((r) => roles.includes(r));
}
