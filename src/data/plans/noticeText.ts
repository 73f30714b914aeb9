/**
 * What the e-mail of a plan's turn says (notices.ts), in Finnish, Swedish and English: the hub knows
 * no one's language, so each message carries all three. Loaded with the first message sent.
 */
import { fill, inEachLanguage, Localised } from '../messages';
import type { OwedNotice } from './notices';

const SUBJECTS: Record<OwedNotice['kind'], Localised> = {
  submitted: { fi: 'Uusi suunnitelma tarkistettavana: {0}', sv: 'Ny plan att granska: {0}', en: 'A plan to review: {0}' },
  requestChanges: {
    fi: 'Suunnitelmaasi pyydetään muutoksia: {0}',
    sv: 'Ändringar begärs i din plan: {0}',
    en: 'Changes requested in your plan: {0}'
  },
  approve: { fi: 'Suunnitelmasi on hyväksytty: {0}', sv: 'Din plan har godkänts: {0}', en: 'Your plan was approved: {0}' },
  sendStartupInstructions: {
    fi: 'Käynnistysohjeet suunnitelmaasi: {0}',
    sv: 'Startinstruktioner för din plan: {0}',
    en: 'Start-up instructions for your plan: {0}'
  }
};

const OPENINGS: Record<OwedNotice['kind'], Localised> = {
  submitted: {
    fi: '{1} lähetti suunnitelman "{0}" tarkistettavaksi.',
    sv: '{1} skickade planen "{0}" för granskning.',
    en: '{1} sent the plan "{0}" for review.'
  },
  requestChanges: {
    fi: '{1} pyytää muutoksia suunnitelmaan "{0}". Kommentit näkyvät suunnitelman sivulla.',
    sv: '{1} begär ändringar i planen "{0}". Kommentarerna finns på planens sida.',
    en: '{1} asks for changes to the plan "{0}". The comments are on the plan\'s page.'
  },
  approve: {
    fi: '{1} hyväksyi suunnitelman "{0}". Seuraava vaihe: arkistoi se asianhallintajärjestelmään.',
    sv: '{1} godkände planen "{0}". Nästa steg: arkivera den i ärendehanteringssystemet.',
    en: '{1} approved the plan "{0}". Next step: file it in the records system.'
  },
  sendStartupInstructions: {
    fi: '{1} lähetti käynnistysohjeet suunnitelmaan "{0}".',
    sv: '{1} skickade startinstruktioner för planen "{0}".',
    en: '{1} sent start-up instructions for the plan "{0}".'
  }
};

const COMMENT: Localised = { fi: 'Kommentti:', sv: 'Kommentar:', en: 'Comment:' };
const OPEN: Localised = { fi: 'Avaa suunnitelmat:', sv: 'Öppna planerna:', en: 'Open the plans:' };

/** The message's subject and text in each language. */
export function noticeText(
  kind: OwedNotice['kind'],
  planTitle: string,
  actor: string,
  comment: string,
  pageUrl: string
): { subject: Localised; body: Localised } {
  return inEachLanguage((language) => {
    const lines = [fill(OPENINGS[kind][language], planTitle, actor)];
    if (comment.trim()) lines.push('', COMMENT[language], comment.trim());
    if (pageUrl) lines.push('', `${OPEN[language]} ${pageUrl}`);
    return { subject: fill(SUBJECTS[kind][language], planTitle), lines };
  });
}
