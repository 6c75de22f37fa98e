import { createRoot } from 'react-dom/client';
import { localeFromSearch } from '../i18n/locale';
import '../styles/index.css';
import '../styles/presentation.css';
import { PresentationApp } from '../views/presentation/presentation-app';
import { fetchPublishedDataset } from './fetch-published-dataset';
import { keepOffline } from './sw/keep-offline';
import { warmIntl } from './warm-intl';

const load = () => fetchPublishedDataset();

const root = document.getElementById('root');
if (root) {
  createRoot(root, { onCaughtError: () => {} }).render(<PresentationApp load={load} />);
  // While the deck's data loads: the first slide's numbers and sorted names need them (src/app/warm-intl.ts).
  setTimeout(() => warmIntl(localeFromSearch(window.location.search)), 0);
}

// The offline copy: a conference hall's network may be down once the deck is loaded.
keepOffline('trinh-chieu/');
