/**
 * Saves `blob` as `fileName` through an `<a download>` and a `blob:` URL (allowed by the page's CSP), then
 * frees the URL. Browser-only.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
