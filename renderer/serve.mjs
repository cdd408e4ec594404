// `npm run web`: serves the built renderer (out/renderer) on this machine only, the way the e2e tests and
// the benchmark see it. Build first (`vite build`, which `npm run web` does). PORT overrides 5173.
import { preview } from 'vite';

const DEFAULT_PORT = 5173;
const requested = process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(requested);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${requested}".`);
  process.exit(1);
}

let server;
try {
  server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
} catch (error) {
  const inUse = error instanceof Error && /in use|EADDRINUSE/i.test(error.message);
  console.error(
    inUse
      ? `Port ${port} is already in use: stop what is using it, or choose another port, e.g. PORT=8080 npm run web.`
      : `Journey Studio could not be served: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`Journey Studio is running at ${url} — press Ctrl+C to stop.`);

const stop = () => server.close().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
