import { describe, expect, it } from 'vitest';
import { externalRequests } from '../e2e/harness/network-policy';

const EXT = 'chrome-extension://abcdefghijklmnop';

describe('externalRequests', () => {
  it('allows the extension, its blobs, data URLs and named local servers', () => {
    expect(
      externalRequests(
        [`${EXT}/popup.html`, `blob:${EXT}/0b1c`, 'data:image/png;base64,AAAA', 'http://127.0.0.1:4567/chat'],
        EXT,
        ['http://127.0.0.1:4567'],
      ),
    ).toEqual([]);
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:9/',
    'http://localhost:4567/',
    'chrome-extension://another-extension/x.js',
    `https://evil.example/${EXT}/`,
    'blob:https://example.org/0b1c',
    'not a url',
  ])('reports %s', (url) => {
    expect(externalRequests([url], EXT, ['http://127.0.0.1:4567'])).toEqual([url]);
  });
});
