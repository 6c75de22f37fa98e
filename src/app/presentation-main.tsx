import { createRoot } from 'react-dom/client';
import '../styles/index.css';
import '../styles/presentation.css';
import { PresentationApp } from '../views/presentation/presentation-app';
import { fetchPublishedDataset } from './fetch-published-dataset';

const load = () => fetchPublishedDataset();

const root = document.getElementById('root');
if (root) createRoot(root, { onCaughtError: () => {} }).render(<PresentationApp load={load} />);
