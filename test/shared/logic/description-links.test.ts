import { describe, expect, it } from 'vitest';
import { findDescriptionLinks, MAX_DESCRIPTION_LINKS, MAX_LINK_LENGTH } from '../../../shared/logic';

const hrefs = (text: string) => findDescriptionLinks(text).map(({ href }) => href);

describe('findDescriptionLinks', () => {
  it('finds http and https links in prose and strips the punctuation after them', () => {
    expect(
      hrefs(
        'See https://example.com/a?b=1. Also http://example.org/x, and (https://example.net/y); ' +
          '"https://example.com/q" or https://example.com/z!? Done: https://example.com/w:',
      ),
    ).toEqual([
      'https://example.com/a?b=1',
      'http://example.org/x',
      'https://example.net/y',
      'https://example.com/q',
      'https://example.com/z',
      'https://example.com/w',
    ]);
  });

  it('keeps parentheses the URL itself opened (Wikipedia) and drops an unbalanced closing one', () => {
    expect(hrefs('Read https://en.wikipedia.org/wiki/Mercury_(planet).')).toEqual([
      'https://en.wikipedia.org/wiki/Mercury_(planet)',
    ]);
    expect(hrefs('(see https://en.wikipedia.org/wiki/Mercury_(planet))')).toEqual([
      'https://en.wikipedia.org/wiki/Mercury_(planet)',
    ]);
    expect(hrefs('[https://example.com/list]')).toEqual(['https://example.com/list']);
  });

  it('never returns another scheme, a UNC path or a protocol-relative URL', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript://%0aalert(1)',
      'javascript:https://example.com',
      'file:///etc/passwd',
      'file://server/share',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '\\\\server\\share\\x',
      '//evil.test/path',
      'mailto:someone@example.com',
      'ftp://example.com/file',
      'xhttps://example.com',
      'x//https://example.com',
    ];
    for (const text of hostile) expect(hrefs(text), text).toEqual([]);
  });

  it('refuses a user name or password in the URL, which hides the real host', () => {
    expect(hrefs('http://user:pw@evil.test https://bank.example@evil.test/login')).toEqual([]);
  });

  it('shows a look-alike host in its punycode form', () => {
    // "exаmple" with a Cyrillic "а".
    const [link] = findDescriptionLinks('https://ex\u0430mple.com/pay');
    expect(link?.host).toBe('xn--exmple-4nf.com');
    expect(link?.display).toBe('xn--exmple-4nf.com/pay');
    expect(link?.href).toBe('https://xn--exmple-4nf.com/pay');
  });

  it('stops at markup, quotes and bidirectional controls', () => {
    expect(hrefs('<a href="https://example.com/a">x</a>')).toEqual(['https://example.com/a']);
    expect(hrefs('https://example.com/ok\u202egnp.exe')).toEqual(['https://example.com/ok']);
  });

  it('shortens the display to host and path, and keeps the port', () => {
    const [short, long] = findDescriptionLinks(
      `https://example.com/ http://example.com:8080/${'a'.repeat(100)}`,
    );
    expect(short).toEqual({ href: 'https://example.com/', host: 'example.com', display: 'example.com' });
    expect(long?.host).toBe('example.com:8080');
    expect(long?.display).toHaveLength(60);
    expect(long?.display.startsWith('example.com:8080/aaa')).toBe(true);
    expect(long?.display.endsWith('…')).toBe(true);
  });

  it('lists each link once, caps the count and refuses over-long URLs', () => {
    expect(hrefs('https://example.com/a https://EXAMPLE.com/a https://example.com/a.')).toEqual([
      'https://example.com/a',
    ]);
    const many = Array.from({ length: 30 }, (_, index) => `https://example.com/${index}`).join(' ');
    expect(hrefs(many)).toHaveLength(MAX_DESCRIPTION_LINKS);
    expect(hrefs(`https://example.com/${'x'.repeat(MAX_LINK_LENGTH)}`)).toEqual([]);
  });

  it('finds nothing in text without links, or in a bare scheme', () => {
    expect(hrefs('')).toEqual([]);
    expect(hrefs('Call us at example.com or www.example.com')).toEqual([]);
    expect(hrefs('https:// and http://')).toEqual([]);
  });
});
