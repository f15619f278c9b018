// OIDC authorization code + PKCE (S256) against Keycloak's public client shuangsuiji-spa, with silent
// renewal (refresh token grant, automatic) and logout through Keycloak's end-session endpoint.
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

export const OIDC_AUTHORITY = import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/shuangsuiji';
export const OIDC_CLIENT_ID = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'shuangsuiji-spa';

let manager: UserManager | null = null;

export function userManager(): UserManager {
  manager ??= new UserManager({
    authority: OIDC_AUTHORITY,
    client_id: OIDC_CLIENT_ID,
    redirect_uri: `${window.location.origin}/`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  return manager;
}

/** After Keycloak sends the browser back (?code=&state=), completes the login and returns where to go. */
export async function completeLoginIfReturning(): Promise<{ user: User | null; returnTo?: string }> {
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && params.has('state')) {
    const user = await userManager().signinRedirectCallback();
    const returnTo = typeof user.state === 'string' ? user.state : undefined;
    window.history.replaceState(null, '', `${window.location.pathname}${returnTo ? '#' + returnTo : ''}`);
    return { user, returnTo };
  }
  if (params.has('error') && params.has('state')) {
    window.history.replaceState(null, '', window.location.pathname);
  }
  const user = await userManager().getUser();
  return { user: user && !user.expired ? user : null };
}

export function login(returnTo: string) {
  return userManager().signinRedirect({ state: returnTo });
}

export async function logout() {
  const um = userManager();
  const user = await um.getUser();
  await um.removeUser();
  await um.signoutRedirect({ id_token_hint: user?.id_token });
}
