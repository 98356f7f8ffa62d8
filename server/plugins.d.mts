// Types for the demo's vite config; the implementation is plain JavaScript for Node.
import type { Plugin } from 'vite';

export function taiwaApiVitePlugin(options?: { control?: boolean }): Plugin;
export const taiwaApiMiddleware: (req: unknown, res: unknown, next: () => void) => void;
export const plugins: unknown[];
