import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { rendererRoot } from './vite.config';

const out = (dir: string): string => fileURLToPath(new URL(`./out/${dir}`, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: out('main'),
      rollupOptions: { input: { index: fileURLToPath(new URL('./electron/main/index.ts', import.meta.url)) } },
    },
  },
  preload: {
    build: {
      outDir: out('preload'),
      rollupOptions: {
        input: { index: fileURLToPath(new URL('./electron/preload/index.ts', import.meta.url)) },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: rendererRoot,
    plugins: [react()],
    build: {
      outDir: out('renderer'),
      rollupOptions: { input: { index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) } },
    },
  },
});
