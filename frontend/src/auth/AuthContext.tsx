import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from 'oidc-client-ts';
import { setTokenSource } from '../api/client';
import { completeLoginIfReturning, login, logout, sessionPossible, userManager } from './oidc';
import { sessionFromToken, type Role, type Session } from './session';
import { clearCachedUserData } from '../sw/register';

interface Auth {
  ready: boolean;
  session: Session | null;
  error?: string;
  login: (returnTo?: string) => void;
  logout: () => void;
  hasRole: (...roles: Role[]) => boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    let detach = () => {};
    if (!sessionPossible()) {
      setReady(true);
      return;
    }
    userManager()
      .then(async (um) => {
        setTokenSource(async () => {
          const current = await um.getUser();
          return current && !current.expired ? current.access_token : undefined;
        });
        const onLoaded = (u: User) => setUser(u);
        const onUnloaded = () => setUser(null);
        const onRenewError = () => setUser(null);
        um.events.addUserLoaded(onLoaded);
        um.events.addUserUnloaded(onUnloaded);
        um.events.addSilentRenewError(onRenewError);
        detach = () => {
          um.events.removeUserLoaded(onLoaded);
          um.events.removeUserUnloaded(onUnloaded);
          um.events.removeSilentRenewError(onRenewError);
        };
        const u = await completeLoginIfReturning(um);
        if (!cancelled) setUser(u);
      })
      .catch((e: Error) => !cancelled && setError(e.message))
      .finally(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
      detach();
    };
  }, []);

  const value = useMemo<Auth>(() => {
    const session = user ? sessionFromToken(user.access_token) : null;
    return {
      ready,
      session,
      error,
      login: (returnTo) => void login(returnTo ?? window.location.hash.replace(/^#/, '') ?? '/'),
      // the cached API answers go before the redirect, so the next user of the device finds none
      logout: () => void clearCachedUserData().catch(() => undefined).finally(() => logout()),
      hasRole: (...roles) => !!session && roles.some((r) => session.roles.includes(r)),
    };
  }, [user, ready, error]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** For component tests: a fixed session without Keycloak. */
export function FixedAuthProvider({ session, children }: { session: Session | null; children: ReactNode }) {
  const value: Auth = {
    ready: true,
    session,
    login: () => {},
    logout: () => {},
    hasRole: (...roles) => !!session && roles.some((r) => session.roles.includes(r)),
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
