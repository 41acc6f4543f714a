import { describe, expect, it } from 'vitest';
import { deidentify, expectKept, expectRemoved, type Planted } from './table';

const emails: Planted[] = [
  ['escribe a jacinta at gmail dot com', 'jacinta'],
  ['jacinta [at] gmail [dot] com', 'jacinta'],
  ['jacinta(at)gmail(dot)com', 'jacinta'],
  ['correo: jacinta arroba gmail punto com', 'jacinta'],
  ['jacinta @ gmail . com', 'jacinta'],
  ['JACINTA AT GMAIL DOT COM', 'JACINTA'],
  ['jacinta.leiva77 at gmail.com', 'jacinta.leiva77'],
  ['jacinta {at} hotmail {dot} cl', 'jacinta'],
  ['leiva77 @hotmail.com', 'leiva77'],
  ['jacinta at gmail', 'jacinta'],
  ['rosaquiroz1958 en hotmail', 'rosaquiroz1958'],
  ['su correo del trabajo es jmardones89 (el de gmail).', 'jmardones89'],
  ['e-mail: dawn.bishop', 'dawn.bishop'],
];

const links: Planted[] = [
  ['perfil facebook.com/leiva77', 'leiva77'],
  ['instagram.com/benja_2017', 'benja_2017'],
  ['le escribió por wa.me/56987654321', '56987654321'],
  ['tiktok.com/@benjaleiva', 'benjaleiva'],
  ['linktr.ee/benjaleiva', 'benjaleiva'],
  ['bit.ly/3abcXYZ', '3abcXYZ'],
  ['t.me/benja_leiva', 'benja_leiva'],
  ['youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
];

const handles: Planted[] = [
  ['le escribía @leiva77 todas las noches', 'leiva77'],
  ['IG: benja_leiva', 'benja_leiva'],
  ['insta @benja.leiva', 'benja.leiva'],
  ['tiktok: @xbenja', 'xbenja'],
  ['su insta es benja.leiva', 'benja.leiva'],
  ['Snapchat - benja2017', 'benja2017'],
  ['discord: benjaleiva#1234', 'benjaleiva'],
  ['her username is sk8r_girl', 'sk8r_girl'],
  ['Instagram: jacintaleiva', 'jacintaleiva'],
];

const nearMisses = [
  'nos vemos @ 3pm',
  'meet @3pm',
  'l@s niñ@s y tod@s l@s apoderad@s',
  'llegó tarde.me dijo que no',
  'she was at home. Then we left',
  'EE.UU. y S.A. etc.',
  'a 10.km/h',
  'y/o',
  'Facebook: no tiene',
  'IG: cerrada',
  'a las 3 p.m.',
  'talked about Instagram and TikTok',
  'the dot on the map',
  'we met at school and talked',
  '5 @ $2 each',
  'trabaja en outlook',
  'el correo es importante.',
  'su insta es importante.',
];

describe('e-mail addresses, links and handles', () => {
  it.each(emails)('removes the e-mail address in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], '[e-mail removed]');
  });

  it.each(links)('removes the link in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], '[link removed]');
  });

  it.each(handles)('removes the handle in %j', (sentence, planted) => {
    expectRemoved([sentence, planted], '[handle removed]');
  });

  it('keeps the platform, so a supervisor knows where contact happened', () => {
    expect(deidentify('IG: benja_leiva; tiktok @benja', 'es')).toBe(
      'IG: [usuario eliminado]; tiktok [usuario eliminado]',
    );
  });

  it.each(nearMisses)('leaves %j as it was', (sentence) => {
    expectKept(sentence);
  });
});
