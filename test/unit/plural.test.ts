import { strict as assert } from 'assert';
import { ARTICLES_AR, TIMES_AR, arCount, enCount } from '../../server/src/core/plural';

describe('plural', () => {
  const nominative = { one: 'مرة واحدة', two: 'مرتان', few: 'مرات', many: 'مرة' };
  it('Arabic: one, dual, plural 3–10, singular accusative 11–99', () => {
    assert.equal(arCount(1, nominative), 'مرة واحدة');
    assert.equal(arCount(2, nominative), 'مرتان');
    assert.equal(arCount(3, nominative), '3 مرات');
    assert.equal(arCount(10, nominative), '10 مرات');
    assert.equal(arCount(11, nominative), '11 مرة');
    assert.equal(arCount(1, ARTICLES_AR), 'مقال واحد');
    assert.equal(arCount(2, ARTICLES_AR), 'مقالين');
    assert.equal(arCount(5, ARTICLES_AR), '5 مقالات');
    assert.equal(arCount(12, ARTICLES_AR), '12 مقالاً');
    assert.equal(arCount(99, ARTICLES_AR), '99 مقالاً');
  });
  it('Arabic: hundreds take the singular genitive, 103 the plural', () => {
    assert.equal(arCount(100, ARTICLES_AR), '100 مقال');
    assert.equal(arCount(102, ARTICLES_AR), '102 مقال');
    assert.equal(arCount(103, ARTICLES_AR), '103 مقالات');
    assert.equal(arCount(111, ARTICLES_AR), '111 مقالاً');
    assert.equal(arCount(2, TIMES_AR), 'مرتين');
    assert.equal(arCount(100, nominative), '100 مرة');
  });
  it('English', () => {
    assert.equal(enCount(1, 'time', 'times'), '1 time');
    assert.equal(enCount(2, 'time', 'times'), '2 times');
    assert.equal(enCount(0, 'article', 'articles'), '0 articles');
  });
});
