import { describe, expect, it } from 'vitest';
import { redactText } from '../../../shared/interop';

const names = { personNames: ['Maria Rossi', 'Анна', 'Busy Parent', 'Maya, 34', 'Zoë'] };
const redact = (text: string): string => redactText(text, names);

describe('redactText: e-mail addresses', () => {
  it.each([
    ['Mail me at anna.k@example.com please', 'Mail me at [email] please'],
    ['<first.last+tag@sub.example.co.uk>', '<[email]>'],
    ['пишите на иван@почта.рф.', 'пишите на [email].'],
    ['two: a@b.io, c_d@e-f.org', 'two: [email], [email]'],
  ])('%s', (input, expected) => expect(redact(input)).toBe(expected));

  it.each(['@channel said hi', 'rate was 5@home', 'user@localhost'])('leaves %s alone', (input) =>
    expect(redact(input)).toBe(input),
  );
});

describe('redactText: phone numbers', () => {
  it.each([
    ['Call +49 151 1234 5678 now', 'Call [phone] now'],
    ['ring (030) 123-4567', 'ring [phone]'],
    ['555.123.4567 is mine', '[phone] is mine'],
    ['tel 8 (495) 123-45-67', 'tel [phone]'],
    ['0044 20 7946 0958', '[phone]'],
    ['+4915112345678', '[phone]'],
    ['07700900123', '[phone]'],
    ['call 555-1234 later', 'call [phone] later'],
    ['Call +1 (555) 010-9999.', 'Call [phone].'],
  ])('%s', (input, expected) => expect(redact(input)).toBe(expected));

  it.each([
    'It took 3 days',
    'on 2026-10-31 we came back',
    'since 31.10.2026',
    'between 2019-2020',
    'costs €1 299 000',
    'costs 1.299.000 EUR',
    'costs $12,345,678.00',
    'order 1234567 went missing',
    'open 9.00 - 17.00',
    'I waited 45 minutes for 2 agents',
    'call 123-45 or 6',
  ])('leaves "%s" alone', (input) => expect(redact(input)).toBe(input));
});

describe('redactText: names', () => {
  it.each([
    ['Maria Rossi here', '[name] here'],
    ['maria rossi here', '[name] here'],
    ['Maria said hi', '[name] said hi'],
    ['Анна сказала, что всё ок', '[name] сказала, что всё ок'],
    ['АННА опять', '[name] опять'],
    ['ask Maya about it', 'ask [name] about it'],
    ['zoë was here', '[name] was here'],
    ["I'm Anna and I hate queues", "I'm [name] and I hate queues"],
    ['I’m Chloé, regular customer', 'I’m [name], regular customer'],
    ['my name is José Álvarez.', 'my name is [name].'],
    ['Dr. Smith said', 'Dr. [name] said'],
    ['Mrs Okafor helped', 'Mrs [name] helped'],
    ['меня зовут Ольга', 'меня зовут [name]'],
  ])('%s', (input, expected) => expect(redact(input)).toBe(expected));

  it.each([
    'Busybody at the till',
    'a busy morning at the till',
    'maria as a lower-case word, the way a name is not written',
    'a parent with kids',
    'Mariana is a street',
    'Annabel came too',
    "I'm Not sure about it",
    "I'm happy",
    'Drive-through was closed',
    'Mr. bean counter',
  ])('leaves "%s" alone', (input) => expect(redact(input)).toBe(input));

  it('redacts names the user lists, and nothing without names', () => {
    expect(redactText('Sarah at the till', { personNames: ['sarah'] })).toBe('[name] at the till');
    expect(redactText('Sarah at the till', { personNames: [] })).toBe('Sarah at the till');
  });

  it('treats regex characters in names literally', () => {
    expect(redactText('a.b and axb', { personNames: ['a.b'] })).toBe('[name] and axb');
  });

  it('redacts all three kinds in one quote', () => {
    expect(redact("I'm Tom, mail tom@x.com or call 0151 2345678; Maria knows")).toBe(
      "I'm [name], mail [email] or call [phone]; [name] knows",
    );
  });
});
