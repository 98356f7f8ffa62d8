/**
 * The CSP page's first script, evaluated before the kit is imported (page.ts): records every
 * `securitypolicyviolation` of the page, from light and shadow DOM alike (the event is composed),
 * for the test to read from `window.cspViolations`.
 */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    cspViolations: Violation[];
  }
}

window.cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => {
    window.cspViolations.push({
      directive: e.effectiveDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
    });
  },
  { capture: true },
);
