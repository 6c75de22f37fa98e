import { createRoot } from 'react-dom/client';
import '../styles/index.css';
import '../styles/presentation.css';
import { PresentationApp } from '../views/presentation/presentation-app';
import { fetchPublishedDataset } from './fetch-published-dataset';
import { SERVICE_WORKER_FILE } from './sw/offline-pages';

const load = () => fetchPublishedDataset();

const root = document.getElementById('root');
if (root) createRoot(root, { onCaughtError: () => {} }).render(<PresentationApp load={load} />);

// The offline copy (the same service worker as the public page, which precaches this page too): a hall's
// network may be down once the deck is loaded. Not in the dev server (no sw.js there).
if (import.meta.env.MODE !== 'development' && 'serviceWorker' in navigator) {
  const siteRoot = document.documentElement.dataset.root ?? './';
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${siteRoot}${SERVICE_WORKER_FILE}`, { scope: siteRoot }).catch(() => {
      // No offline copy (private mode, an old browser): the deck works as before while online.
    });
  });
}
