import '@xyflow/react/dist/style.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Studio } from './app/Studio';
import { createStudioApi } from './bridge';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <Studio api={createStudioApi()} />
  </StrictMode>,
);
