import { Plan, PersonRef, emptyPlan } from '../../../src/domain/plans';

export const anna: PersonRef = { id: 11, loginName: 'i:0#.f|membership|anna.author@um.fi', title: 'Anna Author' };
export const aino: PersonRef = { id: 12, loginName: 'i:0#.f|membership|aino.author@um.fi', title: 'Aino Author' };
export const risto: PersonRef = { id: 21, loginName: 'i:0#.f|membership|risto.reviewer@um.fi', title: 'Risto Reviewer' };
export const sanna: PersonRef = { id: 31, loginName: 'i:0#.f|membership|sanna.staff@um.fi', title: 'Sanna Staff' };

/** A plan that passes every submission rule. */
export function completePlan(): Plan {
  const plan = emptyPlan();
  plan.identity = { title: 'Facebook for the Embassy in Tokyo', embassy: 'Tokyo', region: 'asiaOceania' };
  plan.channels = { channels: ['facebook', 'x'], otherChannel: '', purpose: 'activeUse' };
  plan.audiences = {
    audiences: ['finnsInHostCountry', 'mediaAndJournalists'],
    otherAudience: '',
    languages: ['ja', 'en', 'fi'],
    reasons: 'Finns in Japan follow Facebook; Japanese journalists follow X.'
  };
  plan.goals = { goals: "Reach Finns in Japan quickly and raise Finland's profile." };
  plan.content = {
    description: 'Events, services for Finns and country promotion.',
    categories: ['events', 'citizenServices', 'countryPromotion'],
    otherCategory: '',
    frequency: [
      { channel: 'facebook', amount: 3, per: 'week', note: '' },
      { channel: 'x', amount: 10, per: 'month', note: '' }
    ],
    interaction: 'Questions are answered within one working day.'
  };
  plan.webPages = { relation: 'entryChannel', details: '' };
  plan.people = {
    responsible: [{ person: anna, position: 'Press counsellor', scope: '' }],
    coordination: 'Weekly meeting on Mondays.',
    updaters: [{ person: aino, position: 'Communications assistant', scope: 'Japanese content', experience: 'Ran the embassy Flickr.' }],
    continuity: 'Two trained people at any time; handover notes.',
    officeHoursOnly: false,
    publicNotice: ''
  };
  plan.metrics = { metrics: 'Followers, shares, questions answered.' };
  plan.background = { background: 'Japan has high internet use; X and LINE are popular.' };
  return plan;
}
