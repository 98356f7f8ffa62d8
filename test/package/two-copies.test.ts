// Two copies of the kit on one portal page: the first copy's tags stay, the second copy warns and
// never throws, whether it is the same version or another one.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define, VERSION } from '../../src/core/define.js';
import { TaiwaAgenda } from '../../src/elements/agenda/agenda.js';
import '../../src/elements/agenda/define.js';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('two copies of Taiwa on one page', () => {
  it('a second copy of the same version is skipped with a warning', () => {
    // A second bundle of the kit carries its own class for each tag, with the same version.
    class SecondCopy extends TaiwaAgenda {}
    const warnings = captureWarnings(() => expect(() => define('taiwa-agenda', SecondCopy)).not.to.throw());
    expect(customElements.get('taiwa-agenda')).to.equal(TaiwaAgenda);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<taiwa-agenda>').and.contain('same version').and.contain(VERSION);
  });

  it('a second copy of another version is skipped with a warning naming both versions', () => {
    class Older extends TaiwaAgenda {
      static override version = '0.0.9';
    }
    const warnings = captureWarnings(() => expect(() => define('taiwa-agenda', Older)).not.to.throw());
    expect(customElements.get('taiwa-agenda')).to.equal(TaiwaAgenda);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(VERSION).and.contain('0.0.9');
  });

  it('the same class registered again (the kit entry and an element entry) stays silent', () => {
    const warnings = captureWarnings(() => define('taiwa-agenda', TaiwaAgenda));
    expect(warnings).to.deep.equal([]);
  });

  it('a registration the browser refuses is a warning, not an exception', () => {
    class Mine extends LitElement {}
    customElements.define('host-own-name', Mine);
    const warnings = captureWarnings(() => {
      expect(() => define('taiwa-copies-test', Mine)).not.to.throw();
      expect(() => define('NotAValidName', class extends LitElement {})).not.to.throw();
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<taiwa-copies-test> not registered');
    expect(customElements.get('taiwa-copies-test')).to.equal(undefined);
  });
});
