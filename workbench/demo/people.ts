/**
 * The demo organisation: a site owner, embassy authors in several time zones, a reviewer of
 * the web communications team, a training admin of HR staff development and ordinary staff.
 * Addresses use the reserved .example domain.
 */
export interface DemoPerson {
  email: string;
  title: string;
  /** Shown in the workbench's user switcher. */
  role: string;
  /** Site groups the person belongs to, by title. */
  groups: string[];
  unit: string;
}

export const DEMO_ADMIN = { email: 'outi.omistaja@formin.example', title: 'Outi Omistaja', role: 'site owner' };

export const MEMBERS = 'Hub Members';
export const OWNERS = 'Hub Owners';

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: 'aino.virtanen@formin.example',
    title: 'Aino Virtanen',
    role: 'embassy author, Tokyo',
    groups: [MEMBERS, 'DDH Embassy Authors'],
    unit: 'Embassy of Finland, Tokyo'
  },
  {
    email: 'lars.holmberg@formin.example',
    title: 'Lars Holmberg',
    role: 'embassy author, Stockholm',
    groups: [MEMBERS, 'DDH Embassy Authors'],
    unit: 'Embassy of Finland, Stockholm'
  },
  {
    email: 'grace.miller@formin.example',
    title: 'Grace Miller',
    role: 'embassy author (local staff), Washington',
    groups: [MEMBERS, 'DDH Embassy Authors'],
    unit: 'Embassy of Finland, Washington'
  },
  {
    email: 'erik.lindqvist@formin.example',
    title: 'Erik Lindqvist',
    role: 'reviewer, web communications',
    groups: [MEMBERS, 'DDH Plan Reviewers'],
    unit: 'Communications Department, Web Communications'
  },
  {
    email: 'helmi.korhonen@formin.example',
    title: 'Helmi Korhonen',
    role: 'training admin, HR staff development',
    groups: [MEMBERS, 'DDH Training Admins'],
    unit: 'HR Staff Development'
  },
  {
    email: 'mikko.nieminen@formin.example',
    title: 'Mikko Nieminen',
    role: 'staff member, Canberra',
    groups: [MEMBERS],
    unit: 'Embassy of Finland, Canberra'
  },
  {
    email: 'sofia.jarvinen@formin.example',
    title: 'Sofia Järvinen',
    role: 'staff member, ministry',
    groups: [MEMBERS],
    unit: 'Department for Europe'
  }
];

export function loginOf(email: string): string {
  return `i:0#.f|membership|${email}`;
}
