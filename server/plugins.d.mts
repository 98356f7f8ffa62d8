// Types for the demo's vite config; the implementation is plain JavaScript for Node.
import type { Plugin } from 'vite';

export function taiwaApiVitePlugin(): Plugin;
export function taiwaApiWdsPlugin(): unknown;
export const plugins: unknown[];
