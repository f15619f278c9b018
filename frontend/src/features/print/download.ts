// Files behind the bearer token (PDF, .xlsx): fetched with it and saved under the name the page gives.
import { fetchBlob } from '../onsite/blob';

export async function downloadBlob(path: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await fetchBlob(path));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
