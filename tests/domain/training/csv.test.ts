import { csvCell, csvSeparatorForLocale, participantsCsv, ParticipantCsvText, toCsv } from '../../../src/domain/training';
import { makeRegistrations, makeSession } from './fixtures';

const text: ParticipantCsvText = {
  headers: {
    name: 'Nimi',
    email: 'Sähköposti',
    unit: 'Yksikkö/edustusto',
    status: 'Tila',
    registeredAt: 'Ilmoittautunut',
    attended: 'Läsnä'
  },
  status: (s) => (s.code === 'waiting' ? `Jonossa ${s.position}` : s.code === 'confirmed' ? 'Vahvistettu' : 'Peruttu'),
  attendance: (a) => (a === 'attended' ? 'Kyllä' : a === 'noShow' ? 'Ei' : '')
};

/** Minimal RFC 4180 reader, to check the file round-trips. */
function parse(csv: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('participant CSV', () => {
  const session = makeSession({ capacity: 2 });
  const regs = makeRegistrations(4);
  regs[0].person = { id: 1, name: 'Mäkelä, Åsa "Åke"', email: 'asa@example.fi', unit: 'Suurlähetystö\nTukholma' };
  regs[1].person = { id: 2, name: '=HYPERLINK("http://evil.example","x")', email: '+358401234567', unit: '@SUM(A1)' };
  regs[1].attendance = 'attended';
  regs[2].person = { id: 3, name: '-2+3', email: 'ö@example.fi', unit: '\tTab' };
  regs[3].cancelled = true;
  regs[0].registeredAt = new Date('2026-02-01T22:30:00Z'); // 2 Feb 00:30 in Helsinki

  it('starts with a BOM, separates by ; in Finnish and ends records with CRLF', () => {
    const csv = participantsCsv(session, regs, { locale: 'fi-FI', text });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFNimi;Sähköposti;Yksikkö/edustusto;Tila;Ilmoittautunut;Läsnä');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips names with quotes, separators and line breaks, and keeps ä ö å', () => {
    const csv = participantsCsv(session, regs, { locale: 'fi-FI', text });
    const rows = parse(csv.slice(1), ';');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(['Mäkelä, Åsa "Åke"', 'asa@example.fi', 'Suurlähetystö\nTukholma', 'Vahvistettu', '2026-02-02 00:30', '']);
    expect(csv).toContain('"Mäkelä, Åsa ""Åke"""');
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toContain('Mäkelä');
  });

  it('defuses formula injection with a leading apostrophe', () => {
    const rows = parse(participantsCsv(session, regs, { locale: 'fi-FI', text }).slice(1), ';');
    expect(rows[2]).toEqual([
      '\'=HYPERLINK("http://evil.example","x")',
      "'+358401234567",
      "'@SUM(A1)",
      'Vahvistettu',
      '2026-02-01 11:01',
      'Kyllä'
    ]);
    expect(rows[3].slice(0, 4)).toEqual(["'-2+3", 'ö@example.fi', "'\tTab", 'Jonossa 1']);
    expect(rows[4][3]).toBe('Peruttu');
  });

  it('uses , for English and any separator the caller asks for', () => {
    expect(csvSeparatorForLocale('en-GB')).toBe(',');
    expect(csvSeparatorForLocale('sv-SE')).toBe(';');
    expect(csvSeparatorForLocale('fi')).toBe(';');
    const en = participantsCsv(session, regs, { locale: 'en-US', text });
    expect(en.split('\r\n')[0]).toBe('\uFEFFNimi,Sähköposti,Yksikkö/edustusto,Tila,Ilmoittautunut,Läsnä');
    expect(parse(en.slice(1), ',')[1][0]).toBe('Mäkelä, Åsa "Åke"');
    const tab = participantsCsv(session, regs, { locale: 'fi-FI', text, separator: '\t' });
    expect(tab.split('\r\n')[0]).toBe('\uFEFFNimi\tSähköposti\tYksikkö/edustusto\tTila\tIlmoittautunut\tLäsnä');
  });

  it('quotes only when needed', () => {
    expect(csvCell('Åbo', ';')).toBe('Åbo');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('line\r\nbreak', ',')).toBe('"line\r\nbreak"');
    expect(csvCell('=1+1', ',')).toBe("'=1+1");
    expect(csvCell('\r=1', ',')).toBe('"\'\r=1"');
    expect(
      toCsv(
        [
          ['a', 'b'],
          ['c', 'd']
        ],
        ';'
      )
    ).toBe('\uFEFFa;b\r\nc;d\r\n');
  });
});
