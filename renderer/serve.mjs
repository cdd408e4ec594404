// `npm run web`: serves the built renderer (out/renderer) on http://127.0.0.1:5173, the way the e2e
// tests and the benchmark see it. Build first (`vite build`, which `npm run web` does).
import { preview } from 'vite';

const server = await preview({ preview: { host: '127.0.0.1', port: 5173, strictPort: true, open: false } });
server.printUrls();

const stop = () => server.close().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
