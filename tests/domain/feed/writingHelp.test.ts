import {
  bodyHints,
  ETIQUETTE_POINTS,
  GOOD_CONDUCT_POINTS,
  headlineHints,
  isPersonalIdentityCode,
  privacyWarnings,
  writingHints
} from '../../../src/domain/feed';

describe('headline hints', () => {
  it('is quiet for a short headline that starts with its keyword', () => {
    expect(headlineHints('Kriisiviestinnän opit Japanin maanjäristyksestä', ['kriisiviestintä'])).toEqual([]);
  });

  it('asks for a headline, and a shorter one', () => {
    expect(headlineHints('  ')).toEqual(['headlineMissing']);
    expect(headlineHints('x'.repeat(70))).toEqual([]);
    expect(headlineHints('Tuhkapilvi ' + 'x'.repeat(60))).toEqual(['headlineLong']);
  });

  it('flags all caps but not acronyms', () => {
    expect(headlineHints('TÄRKEÄÄ TIETOA KAIKILLE')).toEqual(['headlineAllCaps']);
    expect(headlineHints('EU ja YK: yhteinen viesti')).toEqual([]);
  });

  it('wants the key word first', () => {
    expect(headlineHints('Tietoa kriisiviestinnästä')).toEqual(['headlineStartsWithFiller']);
    expect(headlineHints('Some thoughts on Twitter')).toEqual(['headlineStartsWithFiller']);
    expect(headlineHints('Mitä opimme viime keväänä Japanista', ['japani'])).toEqual(['headlineKeywordLate']);
    expect(headlineHints('Mitä opimme viime keväänä', ['japani'])).toEqual(['headlineWithoutKeyword']);
  });
});

describe('body hints', () => {
  it('reminds about keywords and length', () => {
    expect(bodyHints('<p>Teksti</p>', [])).toEqual(['keywordsMissing']);
    expect(bodyHints('<p>Teksti</p>', ['  '])).toEqual(['keywordsMissing']);
    expect(bodyHints('<p>Teksti</p>', ['kriisi'])).toEqual([]);
    expect(bodyHints(`<p>${'sana '.repeat(601)}</p>`, ['kriisi'])).toEqual(['bodyLong']);
  });
});

describe('privacy warnings', () => {
  it('recognises a valid Finnish personal identity code, not a look-alike', () => {
    expect(isPersonalIdentityCode('131052-308T')).toBe(true);
    expect(isPersonalIdentityCode('010594Y9032')).toBe(true);
    expect(isPersonalIdentityCode('131052-308U')).toBe(false);
    expect(privacyWarnings('Henkilötunnus 131052-308T löytyi.')).toEqual([{ code: 'personalIdentityCode', excerpt: '131052-308T' }]);
    expect(privacyWarnings('Tilausnumero 131052-308U')).toEqual([]);
  });

  it('finds phone numbers but not dates or years', () => {
    expect(privacyWarnings('Soita +358 40 123 4567 tai 040-765 4321.').map((w) => w.excerpt)).toEqual(['+358 40 123 4567', '040-765 4321']);
    expect(privacyWarnings('Koulutus 10.3.2026 klo 10–12, vuosina 2010-2011.')).toEqual([]);
  });

  it('finds private e-mail addresses, not colleagues’ work addresses', () => {
    const warnings = privacyWarnings('Lähetä matti.meikalainen@gmail.com tai vko-20@formin.fi', { organisationDomains: ['formin.fi'] });
    expect(warnings).toEqual([{ code: 'emailAddress', excerpt: 'matti.meikalainen@gmail.com' }]);
  });

  it('finds security markings in Finnish, Swedish and English', () => {
    const codes = (text: string): string[] => privacyWarnings(text).map((w) => `${w.code}:${w.excerpt}`);
    expect(codes('Tämä muistio on LUOTTAMUKSELLINEN.')).toEqual(['confidentialMarking:luottamuksellinen']);
    expect(codes('Salaista tietoa')).toEqual(['confidentialMarking:salaista']);
    expect(codes('Omfattas av sekretess enligt lag')).toEqual(['confidentialMarking:sekretess']);
    expect(codes('Hemliga uppgifter')).toEqual(['confidentialMarking:hemliga']);
    expect(codes('Confidential: do not share')).toEqual(['confidentialMarking:confidential']);
    expect(codes('KÄYTTÖ RAJOITETTU')).toEqual(['confidentialMarking:käyttö rajoitettu']);
    expect(codes('The secretary opened the meeting')).toEqual([]);
  });

  it('combines all hints for a draft', () => {
    const hints = writingHints({ title: 'Tietoa koulutuksesta', bodyHtml: '<p>Soita 040 123 4567</p>', keywords: [] });
    expect(hints).toEqual({
      headline: ['headlineStartsWithFiller'],
      body: ['keywordsMissing'],
      privacy: [{ code: 'phoneNumber', excerpt: '040 123 4567' }]
    });
  });
});

describe('etiquette', () => {
  it('lists the ten points in the action plan’s order', () => {
    expect(ETIQUETTE_POINTS).toHaveLength(10);
    expect(new Set(ETIQUETTE_POINTS).size).toBe(10);
    expect(ETIQUETTE_POINTS[0]).toBe('quickButAccurate');
    expect(ETIQUETTE_POINTS[6]).toBe('diplomacyOnline');
    expect(ETIQUETTE_POINTS[9]).toBe('shareExperiences');
    expect(GOOD_CONDUCT_POINTS).toHaveLength(8);
  });
});
