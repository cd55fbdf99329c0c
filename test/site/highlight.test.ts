import { describe, expect, it } from 'vitest';
import { markHtml, rebaseSrc, splitText, textToHtml, type Mark } from '../../generator/site/highlight.ts';
import { clockAt } from '../../generator/site/islands/run-of-show-clock.tsx';

const mark = (excerpt: string, ref = 'finding-1'): Mark => ({ excerpt, ref, severity: 'error', title: `[r] "<x>"` });

describe('finding marks', () => {
  it('marks every occurrence in text between tags, never inside markup', () => {
    const html = '<p title="保证治愈">本院保证治愈，<b>保证治愈</b>。</p>';
    const out = markHtml(html, [mark('保证治愈')]);
    expect(out.match(/<mark /g)).toHaveLength(2);
    expect(out).toContain('<p title="保证治愈">');
    expect(out).toContain('title="[r] &quot;&lt;x&gt;&quot;"');
  });

  it('matches excerpts containing characters that HTML escapes', () => {
    expect(markHtml('<p>a &lt;script&gt; b</p>', [mark('<script>')])).toContain('<mark');
    expect(markHtml('<p>x</p>', [mark('x')])).toBe('<p>x</p>');
  });

  it('splits plain text, longest excerpt first', () => {
    const pieces = splitText('可以根治，保证治愈', [mark('治愈'), mark('保证治愈', 'finding-2')]);
    expect(pieces).toEqual(['可以根治，', { text: '保证治愈', mark: expect.objectContaining({ ref: 'finding-2' }) }]);
  });
});

describe('page paths and text', () => {
  it('rebases OUT-relative image sources for a page one folder down, leaving absolute ones', () => {
    expect(rebaseSrc('<img src="a/assets/x.png"><img src="https://h/x.png"><img src="data:x">', 1))
      .toBe('<img src="../a/assets/x.png"><img src="https://h/x.png"><img src="data:x">');
  });

  it('escapes text put on the clipboard as HTML', () => {
    expect(textToHtml('a<b>\nc\n\nd')).toBe('<p>a&lt;b>' + '<br>c</p><p>d</p>');
  });

  it('counts clock times across midnight', () => {
    expect(clockAt('23:30', 45)).toBe('00:15');
    expect(clockAt('19:00', 57)).toBe('19:57');
  });
});
