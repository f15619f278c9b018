// OIDC authorization code + PKCE (S256) against Keycloak's public client shuangsuiji-spa, with silent
// renewal (refresh-token grant, automatic) and logout through Keycloak's end-session endpoint.
// oidc-client-ts is loaded only when someone signs in or is signed in: a visitor's first page skips it.
import type { User, UserManager } from 'oidc-client-ts';

export const OIDC_AUTHORITY = import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/shuangsuiji';
export const OIDC_CLIENT_ID = import.meta.env.VITE_OIDC_CLIENT_ID ?? 'shuangsuiji-spa';
const STORE_KEY = `oidc.user:${OIDC_AUTHORITY}:${OIDC_CLIENT_ID}`;

let manager: Promise<UserManager> | null = null;

export function userManager(): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(
    ({ UserManager: Manager, WebStorageStateStore }) =>
      new Manager({
        authority: OIDC_AUTHORITY,
        client_id: OIDC_CLIENT_ID,
        redirect_uri: `${window.location.origin}/`,
        post_logout_redirect_uri: `${window.location.origin}/`,
        response_type: 'code',
        scope: 'openid profile email',
        automaticSilentRenew: true,
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      }),
  );
  return manager;
}

const returning = () => {
  const params = new URLSearchParams(window.location.search);
  return params.has('state') && (params.has('code') || params.has('error'));
};

/** Whether the OIDC library is needed at start: coming back from Keycloak, or a session is stored. */
export function sessionPossible(): boolean {
  return returning() || window.sessionStorage.getItem(STORE_KEY) !== null;
}

/** After Keycloak sends the browser back (?code=&state=), completes the login and returns where to go. */
export async function completeLoginIfReturning(um: UserManager): Promise<User | null> {
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && params.has('state')) {
    const user = await um.signinRedirectCallback();
    const returnTo = typeof user.state === 'string' ? user.state : undefined;
    window.history.replaceState(null, '', `${window.location.pathname}${returnTo ? '#' + returnTo : ''}`);
    return user;
  }
  if (params.has('error') && params.has('state')) {
    window.history.replaceState(null, '', window.location.pathname);
  }
  const user = await um.getUser();
  return user && !user.expired ? user : null;
}

export async function login(returnTo: string) {
  await (await userManager()).signinRedirect({ state: returnTo });
}

export async function logout() {
  const um = await userManager();
  const user = await um.getUser();
  await um.removeUser();
  await um.signoutRedirect({ id_token_hint: user?.id_token });
}
