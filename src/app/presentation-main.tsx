import { createRoot } from 'react-dom/client';
import '../styles/index.css';
import '../styles/presentation.css';
import { PresentationApp } from '../views/presentation/presentation-app';
import { fetchPublishedDataset } from './fetch-published-dataset';
import { keepOffline } from './sw/keep-offline';

const load = () => fetchPublishedDataset();

const root = document.getElementById('root');
if (root) createRoot(root, { onCaughtError: () => {} }).render(<PresentationApp load={load} />);

// The offline copy: a conference hall's network may be down once the deck is loaded.
keepOffline('trinh-chieu/');
