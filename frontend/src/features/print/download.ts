// Files behind the bearer token (PDF, .xlsx): fetched with it and saved under the name the page gives.
import { saveFile } from '../../lib/saveFile';
import { fetchBlob } from '../onsite/blob';

export async function downloadBlob(path: string, fileName: string): Promise<void> {
  saveFile(await fetchBlob(path), fileName);
}
