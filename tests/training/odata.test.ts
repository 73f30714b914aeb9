/** @jest-environment node */
import { odataDate, odataInteger, odataString } from '../../src/data/odata';
import { TRAINING_LISTS, REGISTRATION_FIELDS } from '../../src/lists/trainingLists';
import { provision } from '../../src/lists/provision';
import { createTestSite } from '../support/sp';

describe('OData literals', () => {
  test('strings double their apostrophes', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString("''")).toBe("''''''");
    expect(odataString('plain')).toBe("'plain'");
  });
  test('dates are UTC datetime literals; invalid dates and non-integers are refused', () => {
    expect(odataDate(new Date(Date.UTC(2026, 2, 10, 8)))).toBe("datetime'2026-03-10T08:00:00.000Z'");
    expect(() => odataDate(new Date(NaN))).toThrow(RangeError);
    expect(odataInteger(42)).toBe('42');
    expect(() => odataInteger(1.5)).toThrow(RangeError);
    expect(() => odataInteger(NaN)).toThrow(RangeError);
  });
  test('an escaped apostrophe finds the row and cannot widen the query', async () => {
    const site = createTestSite();
    const sp = site.spAs(site.adminLogin);
    await provision(sp);
    const items = sp.web.lists.getByTitle(TRAINING_LISTS.registrations.title).items;
    await items.add({ Title: 'a', SessionId: 1, ParticipantId: 6, [REGISTRATION_FIELDS.sessionPerson]: "x' or Title eq 'a" });
    await items.add({ Title: 'b', SessionId: 1, ParticipantId: 6, [REGISTRATION_FIELDS.sessionPerson]: 'other' });
    const rows = await items.filter(`${REGISTRATION_FIELDS.sessionPerson} eq ${odataString("x' or Title eq 'a")}`)<
      Array<{ Title: string }>
    >();
    expect(rows.map((r) => r.Title)).toEqual(['a']);
  });
});
