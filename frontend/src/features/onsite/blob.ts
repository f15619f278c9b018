// Bytes behind the bearer token (thumbnails, the fact sheet PDF): an <img src> or a plain link cannot send
// the token, so these are fetched and shown as object URLs. The client's fetch wrapper answers JSON only.
import { toProblem } from '../../api/client';
import { sessionPossible, userManager } from '../../auth/oidc';

async function token(): Promise<string | undefined> {
  if (!sessionPossible()) return undefined;
  const user = await (await userManager()).getUser();
  return user && !user.expired ? user.access_token : undefined;
}

export async function fetchBlob(path: string, signal?: AbortSignal): Promise<Blob> {
  const bearer = await token();
  const res = await fetch(path, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {}, signal });
  if (!res.ok) throw await toProblem(res);
  return res.blob();
}

/** Opens the bytes in a new tab (the browser's PDF viewer prints and saves them). */
export async function openBlob(path: string): Promise<void> {
  const url = URL.createObjectURL(await fetchBlob(path));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
