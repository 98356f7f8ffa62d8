// Dev-server plugins that give the tests (and the demo) a real HTTP backend. Empty until the REST
// contract lands; the test runner and vite read this list.
export const plugins = [];
