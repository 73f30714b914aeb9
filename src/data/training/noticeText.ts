/**
 * What the e-mail of a training session says (notices.ts), in Finnish, Swedish and English: the
 * hub knows no one's language, so each message carries all three. Times are written in Helsinki
 * time with the zone named, as the session page shows them. Loaded with the first message sent.
 */
import { formatZonedRange, HELSINKI_TIME_ZONE, Session } from '../../domain/training';
import { fill, inEachLanguage, Localised, MessageLanguage } from '../messages';

export type TrainingNoticeKind = 'seat' | 'seatFromWaitingList' | 'changed' | 'changedWaiting' | 'cancelled';

const SUBJECTS: Record<TrainingNoticeKind, Localised> = {
  seat: { fi: 'Ilmoittautumisesi on vahvistettu: {0}', sv: 'Din anmälan är bekräftad: {0}', en: 'Your sign-up is confirmed: {0}' },
  seatFromWaitingList: {
    fi: 'Sait paikan jonosta: {0}',
    sv: 'Du fick en plats från kön: {0}',
    en: 'You got a seat from the waiting list: {0}'
  },
  changed: { fi: 'Koulutus on muuttunut: {0}', sv: 'Utbildningen har ändrats: {0}', en: 'The training session has changed: {0}' },
  changedWaiting: { fi: 'Koulutus on muuttunut: {0}', sv: 'Utbildningen har ändrats: {0}', en: 'The training session has changed: {0}' },
  cancelled: { fi: 'Koulutus on peruttu: {0}', sv: 'Utbildningen har ställts in: {0}', en: 'The training session was cancelled: {0}' }
};

const OPENINGS: Record<TrainingNoticeKind, Localised> = {
  seat: {
    fi: 'Sinulla on paikka koulutuksessa "{0}".',
    sv: 'Du har en plats på utbildningen "{0}".',
    en: 'You have a seat in the training session "{0}".'
  },
  seatFromWaitingList: {
    fi: 'Koulutuksesta "{0}" vapautui paikka, ja se on nyt sinun.',
    sv: 'En plats blev ledig på utbildningen "{0}", och den är nu din.',
    en: 'A seat became free in the training session "{0}", and it is now yours.'
  },
  changed: {
    fi: 'Koulutuksen "{0}" aikaa, paikkaa tai kokouslinkkiä on muutettu. Paikkasi on voimassa.',
    sv: 'Tid, plats eller möteslänk för utbildningen "{0}" har ändrats. Din plats gäller.',
    en: 'The time, place or meeting link of the training session "{0}" has changed. Your seat stands.'
  },
  changedWaiting: {
    fi: 'Koulutuksen "{0}" aikaa, paikkaa tai kokouslinkkiä on muutettu. Olet yhä jonossa.',
    sv: 'Tid, plats eller möteslänk för utbildningen "{0}" har ändrats. Du står fortfarande i kön.',
    en: 'The time, place or meeting link of the training session "{0}" has changed. You are still on the waiting list.'
  },
  cancelled: {
    fi: 'Koulutus "{0}" on peruttu. Ilmoittautumisesi ei ole enää voimassa.',
    sv: 'Utbildningen "{0}" har ställts in. Din anmälan gäller inte längre.',
    en: 'The training session "{0}" was cancelled. Your registration no longer applies.'
  }
};

const WHEN: Localised = { fi: 'Aika:', sv: 'Tid:', en: 'When:' };
const WHERE: Localised = { fi: 'Paikka:', sv: 'Plats:', en: 'Where:' };
const CALENDAR: Localised = {
  fi: 'Liitteenä on kalenteritiedosto (.ics), joka päivittää kalenterisi.',
  sv: 'Bifogad finns en kalenderfil (.ics) som uppdaterar din kalender.',
  en: 'The calendar file (.ics) attached updates your calendar.'
};
const OPEN: Localised = { fi: 'Avaa koulutukset:', sv: 'Öppna utbildningarna:', en: 'Open the training sessions:' };
const LOCALES: Record<MessageLanguage, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' };

/** The message's subject and text in each language. */
export function trainingNoticeText(
  kind: TrainingNoticeKind,
  session: Session,
  pageUrl: string,
  withCalendar: boolean
): { subject: Localised; body: Localised } {
  return inEachLanguage((language) => {
    const lines = [fill(OPENINGS[kind][language], session.title), ''];
    lines.push(`${WHEN[language]} ${formatZonedRange(session.start, session.end, LOCALES[language], HELSINKI_TIME_ZONE).text}`);
    if (session.place && session.place.trim()) lines.push(`${WHERE[language]} ${session.place.trim()}`);
    if (withCalendar) lines.push('', CALENDAR[language]);
    if (pageUrl) lines.push('', `${OPEN[language]} ${pageUrl}`);
    return { subject: fill(SUBJECTS[kind][language], session.title), lines };
  });
}
