import * as assert from 'node:assert/strict';
import { applyConfigChange } from '../../server/src/lsp/team-config-edit';

describe('team file edits', () => {
  it('creates the file with the change', () => {
    assert.equal(applyConfigChange(undefined, { kind: 'add-to-list', key: 'quotes.terms', value: 'الربيع العربي' }), '{\n  "quotes": {\n    "terms": [\n      "الربيع العربي"\n    ]\n  }\n}\n');
  });

  it('adds several values once each and keeps the other keys', () => {
    const out = applyConfigChange('{"rules": {"boilerplate": "error"}, "boilerplate": {"allow": ["أ"]}}', { kind: 'add-to-list', key: 'boilerplate.allow', value: ['أ', 'ب', 'ج'] });
    assert.deepEqual(JSON.parse(out!), { rules: { boilerplate: 'error' }, boilerplate: { allow: ['أ', 'ب', 'ج'] } });
  });

  it('keeps tabs and CRLF line ends', () => {
    const out = applyConfigChange('{\r\n\t"rules": {}\r\n}\r\n', { kind: 'add-to-list', key: 'quotes.terms', value: 'س' });
    assert.equal(out, '{\r\n\t"rules": {},\r\n\t"quotes": {\r\n\t\t"terms": [\r\n\t\t\t"س"\r\n\t\t]\r\n\t}\r\n}\r\n');
  });

  it('sets a canonical name, moving the old canonical spelling to the variants', () => {
    const out = applyConfigChange('{"names": [{"canonical": "ترامب", "variants": ["ترمپ"]}, "جيفري"]}', { kind: 'set-name', canonical: 'ترمب', variants: ['ترامب'] });
    assert.deepEqual(JSON.parse(out!).names, [{ canonical: 'ترمب', variants: ['ترمپ', 'ترامب'] }, 'جيفري']);
  });

  it('never overwrites a file it cannot parse', () => {
    assert.equal(applyConfigChange('{"rules": ', { kind: 'add-to-list', key: 'quotes.terms', value: 'س' }), undefined);
    assert.equal(applyConfigChange('[1]', { kind: 'add-to-list', key: 'quotes.terms', value: 'س' }), undefined);
  });
});
