import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/**
 * A static site: relative asset paths so dist/ works from any folder or host, and module
 * workers so the simulation worker can import the engine like any other module.
 */
export default defineConfig({
  base: './',
  plugins: [solid()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  server: { port: 5173 },
});
