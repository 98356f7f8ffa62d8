// Runs test/**/*.test.ts in a real headless Chromium (Debian's, found by scripts/find-chrome.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { plugins as serverPlugins } from './server/plugins.mjs';
import { httpEcho, tsForMissingJs } from './test/adapters/http-echo.mjs';
import { strictCsp } from './test/csp/csp-header.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chromium found: install chromium (Debian: apt-get install chromium) or set CHROME_PATH.');
}

export default {
  // test/server/ runs under node --test (scripts/test-server.mjs), not in the browser.
  files: ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  middleware: [httpEcho, tsForMissingJs(process.cwd()), strictCsp],
  testsFinishTimeout: 20 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), ...serverPlugins],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROME_ARGS, '--disable-dev-shm-usage'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
