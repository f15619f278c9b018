// Saves bytes the page holds under the name it gives: a link to an object URL, clicked. The URL outlives the
// click by a minute, so a slow browser has read it before it goes.
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
