import { SERVICE_WORKER_FILE } from './offline-pages';

/**
 * Registers the site's service worker and asks it to keep `page` (a site-root folder such as `cong-khai/`) and
 * what it loads for offline use. Each page asks for itself only, so a citizen reading the public page on a
 * metered connection never downloads the meeting deck, and the deck is kept once a clerk has opened it.
 * Marks `<html data-offline="ready">` once the copy is saved. Starts once the page has loaded (at once if it
 * already has). Not in the dev server (there is no sw.js there).
 */
export function keepOffline(page: string): void {
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  const root = document.documentElement.dataset.root ?? './';
  const keep = async () => {
    try {
      await navigator.serviceWorker.register(`${root}${SERVICE_WORKER_FILE}`, { scope: root });
      const registration = await navigator.serviceWorker.ready;
      const channel = new MessageChannel();
      const kept = new Promise<unknown>((resolve) => {
        channel.port1.onmessage = resolve;
      });
      registration.active?.postMessage({ type: 'keep', page }, [channel.port2]);
      await kept;
      document.documentElement.dataset.offline = 'ready';
    } catch {
      // No offline copy (private mode, an old browser, a full disk): the page works as before while online.
    }
  };
  // After the page has loaded, so the service worker and its downloads never compete with the first paint.
  if (document.readyState === 'complete') void keep();
  else window.addEventListener('load', keep, { once: true });
}
