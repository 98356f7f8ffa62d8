/** SCIM filters: the grammar (through scim2-parse-filter) and SCIM's comparison rules, on known answers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FilterError, matches, parseFilter, ENTERPRISE } from '../../server/scim-filter.js';

const user = {
  id: 'u-1',
  externalId: 'AbC-1',
  userName: 'Misaki.Ito@example.com',
  displayName: '伊藤 美咲',
  emails: [
    { value: 'misaki@example.com', type: 'work', primary: true },
    { value: 'm@home.example', type: 'home' },
  ],
  active: true,
  [ENTERPRISE]: { manager: { value: 'mgr-1' }, department: 'Sales' },
  meta: { version: 'W/"3"' },
};

const yes = (f: string) => assert.equal(matches(parseFilter(f), user), true, f);
const no = (f: string) => assert.equal(matches(parseFilter(f), user), false, f);

describe('SCIM filters', () => {
  it('compares userName case-insensitively and externalId exactly', () => {
    yes('userName eq "misaki.ito@example.com"');
    yes('USERNAME Eq "MISAKI.ITO@EXAMPLE.COM"');
    yes('externalId eq "AbC-1"');
    no('externalId eq "abc-1"');
    no('userName eq "misaki"');
  });
  it('understands sw, co, ew, pr, ne, and, or, not and parentheses', () => {
    yes('userName sw "misaki"');
    yes('userName co "ITO@"');
    yes('userName ew ".com"');
    yes('timezone pr or displayName pr');
    no('timezone pr');
    yes('active eq true and not (userName eq "x")');
    no('active eq false or (userName eq "x" and displayName pr)');
    yes('displayName ne "someone else"');
  });
  it('matches multi-valued attributes on any value, and value paths', () => {
    yes('emails.value eq "m@home.example"');
    yes('emails co "home.example"');
    yes('emails[type eq "work" and value sw "misaki"]');
    no('emails[type eq "home" and value sw "misaki"]');
  });
  it('reads the enterprise extension by its URN', () => {
    yes(`${ENTERPRISE}:manager.value eq "mgr-1"`);
    yes(`${ENTERPRISE}:department eq "sales"`);
    no(`${ENTERPRISE}:manager.value eq "mgr-2"`);
  });
  it('refuses malformed filters with a FilterError', () => {
    for (const bad of ['userName eq', 'userName eq "a', 'userName eq "a" and', '(userName eq "a"', 'x'.repeat(2001)]) {
      assert.throws(() => parseFilter(bad), FilterError, bad);
    }
  });
});
