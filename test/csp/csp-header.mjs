// The strict Content-Security-Policy of the CSP mode (issue 15, item 3), set by the test runner's
// dev server on everything under /test/csp/: the page there (test/csp/page.html) runs the kit as a
// host with that policy would, without the runner's inline scripts. A koa middleware for
// web-test-runner.config.mjs.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export async function strictCsp(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
}
