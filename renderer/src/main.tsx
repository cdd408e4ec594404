import '@xyflow/react/dist/style.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Studio } from './app/Studio';
import { createStudioApi } from './bridge';
import { CaptureView } from './capture/CaptureView';
import { prepareDocumentReader } from './workers/documentReader';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

const api = createStudioApi();
// `?view=capture`: the same bundle draws one map statically for the PNG capture (hidden window, bench).
const isCaptureView = new URLSearchParams(window.location.search).get('view') === 'capture';
if (isCaptureView) document.documentElement.classList.add('capture-root');

// The editor opens maps; the capture view is handed one as text and needs no worker.
if (!isCaptureView) prepareDocumentReader();

createRoot(container).render(
  <StrictMode>{isCaptureView ? <CaptureView capture={api.capture} /> : <Studio api={api} />}</StrictMode>,
);
