import { describe, expect, it } from 'vitest';

import { addressProblem, isPrivateAddress, urlHint, urlProblem } from './url-policy';

describe('where webhooks may post', () => {
  it('takes https to public hosts; refuses other schemes and credentials in the URL', () => {
    expect(urlProblem('https://hooks.slack.com/services/T/B/x', false)).toBeNull();
    expect(urlProblem('ftp://example.com/x', false)).toMatch(/https/);
    expect(urlProblem('https://user:pw@example.com/x', false)).toMatch(/user name or password/);
    expect(urlProblem('not a url', false)).toBe('URL: not a URL.');
  });

  it('refuses private, loopback and metadata addresses unless allowed; plain http only to those, and only when allowed', () => {
    for (const host of ['127.0.0.1', 'localhost', '10.1.2.3', '192.168.1.5', '169.254.169.254', '[::1]', '[fd00::1]']) {
      expect(urlProblem(`https://${host}/hook`, false)).toMatch(/private and loopback/);
      expect(urlProblem(`http://${host}/hook`, true)).toBeNull();
    }
    expect(urlProblem('http://example.com/hook', true)).toMatch(/must use https/);
    expect(urlProblem('http://example.com/hook', false)).toMatch(/must use https/);
  });

  it('checks the address a name resolves to when connecting', () => {
    expect(isPrivateAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(addressProblem('10.0.0.8', 'https:', false)).toMatch(/refused/);
    expect(addressProblem('10.0.0.8', 'http:', true)).toBeNull();
    expect(addressProblem('93.184.216.34', 'http:', true)).toMatch(/public address/);
    expect(addressProblem('93.184.216.34', 'https:', false)).toBeNull();
  });

  it('shows only the scheme and host', () => {
    expect(urlHint('https://oapi.dingtalk.com/robot/send?access_token=abc')).toBe('https://oapi.dingtalk.com/…');
    expect(urlHint('https://hooks.example.com')).toBe('https://hooks.example.com');
  });
});
