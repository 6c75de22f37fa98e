/**
 * The pages the service worker keeps for offline reading, as built files from the site root. Each page's
 * HTML, the scripts and styles it loads (and their imports) and the `data/` files are precached; nothing else.
 * The presentation page may add `trinh-chieu/index.html` here when it wants offline too.
 */
export const OFFLINE_PAGES: readonly string[] = [
  'cong-khai/index.html',
  // The meeting deck: a conference hall's network may be down (issue 6).
  'trinh-chieu/index.html',
];

/** Where the built service worker goes, from the site root; pages register `<root>sw.js` with scope `<root>`. */
export const SERVICE_WORKER_FILE = 'sw.js';
