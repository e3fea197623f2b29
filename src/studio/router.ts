import { useEffect, useState } from 'preact/hooks';

/** Where the Studio is: every screen has an address, so reloads and links keep their place. */
export type Route =
  | { screen: 'home' }
  | { screen: 'list'; type: string }
  | { screen: 'edit'; type: string; slug: string; tab?: string }
  | { screen: 'new'; type: string }
  | { screen: 'invite'; code: string }
  | { screen: 'reset'; code: string }
  | { screen: 'admin'; page: string }
  | { screen: 'missing' };

const BASE = '/studio/';

/** The route a path names (`/studio/roles/mlops-engineer/history`). */
export function parseRoute(pathname: string): Route {
  if (!pathname.startsWith(BASE.slice(0, -1))) return { screen: 'missing' };
  const parts = pathname
    .slice(BASE.length)
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  const [first, second, third] = parts;
  if (!first) return { screen: 'home' };
  if (first === 'invite' && second) return { screen: 'invite', code: second };
  if (first === 'reset' && second) return { screen: 'reset', code: second };
  if (first === 'admin' && second) return { screen: 'admin', page: second };
  if (parts.length === 1) return { screen: 'list', type: first };
  if (second === 'new' && parts.length === 2) return { screen: 'new', type: first };
  return { screen: 'edit', type: first, slug: second!, ...(third && { tab: third }) };
}

/** The path of a route (the inverse of `parseRoute`). */
export function pathOf(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.screen) {
    case 'home':
    case 'missing':
      return BASE;
    case 'list':
      return `${BASE}${enc(route.type)}/`;
    case 'new':
      return `${BASE}${enc(route.type)}/new`;
    case 'edit':
      return `${BASE}${enc(route.type)}/${enc(route.slug)}${route.tab ? `/${enc(route.tab)}` : ''}`;
    case 'invite':
      return `${BASE}invite/${enc(route.code)}`;
    case 'reset':
      return `${BASE}reset/${enc(route.code)}`;
    case 'admin':
      return `${BASE}admin/${enc(route.page)}`;
  }
}

type Guard = () => boolean;
let guard: Guard | null = null;

/**
 * Asks before the app moves away while `dirty()` says there are unsaved changes (in-app links
 * and the browser's own navigation alike). One guard at a time: the open editor's.
 */
export function useLeaveGuard(dirty: () => boolean, message: string): void {
  useEffect(() => {
    guard = () => !dirty() || window.confirm(message);
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      guard = null;
      window.removeEventListener('beforeunload', beforeUnload);
    };
  });
}

/** Goes to `path` inside the app (the page is not reloaded), unless the guard says no. */
export function navigate(path: string, { replace = false } = {}): boolean {
  if (guard && !guard()) return false;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  return true;
}

/** The current route, following links inside the app and the back button. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    // Links to the Studio's own paths stay in the app (plain clicks only: a new tab is a new tab).
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a');
      if (!link || link.target || link.hasAttribute('download')) return;
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
      event.preventDefault();
      navigate(url.pathname + url.search);
    };
    window.addEventListener('popstate', update);
    document.addEventListener('click', click);
    return () => {
      window.removeEventListener('popstate', update);
      document.removeEventListener('click', click);
    };
  }, []);
  return route;
}
