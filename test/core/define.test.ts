import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/core/define.js';

describe('define', () => {
  it('registers once and lets a second copy of the kit load without throwing', () => {
    class A extends LitElement {
      static version = '1.0.0';
    }
    class B extends LitElement {
      static version = '1.1.0';
    }
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      define('taiwa-define-test', A);
      define('taiwa-define-test', A);
      expect(warnings).to.have.length(0);
      define('taiwa-define-test', B);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('taiwa-define-test')).to.equal(A);
    expect(String(warnings[0])).to.contain('1.0.0');
  });
});
