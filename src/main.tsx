import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { rememberOpeningSearch } from '@/lib/opening-address';
import './app/app.css';

rememberOpeningSearch(window.location.search);
createRoot(document.getElementById('root')!).render(<App />);
