// Node worker threads do not inherit the parent's TypeScript loader: register tsx, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./node-blocks.worker.ts');
