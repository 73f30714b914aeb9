/** A new site as SharePoint Online provisions a team site: three associated groups and one admin. */
import { randomUUID } from 'crypto';
import type { EmulatorState } from './model';
import { defaultRoleDefinitions } from './permissions';

export const FULL_CONTROL = 1073741829;
export const EDIT = 1073741830;
export const READ = 1073741826;

export function claimsLogin(email: string): string {
  return `i:0#.f|membership|${email.toLowerCase()}`;
}

export function initialState(siteTitle: string, admin: { email: string; title: string }, now: Date): EmulatorState {
  const ownersId = 3;
  const membersId = 4;
  const visitorsId = 5;
  const adminId = 6;
  const group = (Id: number, suffix: string): EmulatorState['groups'][number] => ({
    Id,
    Title: `${siteTitle} ${suffix}`,
    Description: '',
    OwnerId: ownersId,
    memberIds: Id === ownersId ? [adminId] : [],
    AllowMembersEditMembership: suffix === 'Members',
    OnlyAllowMembersViewMembership: false
  });
  return {
    version: 1,
    web: {
      Id: randomUUID(),
      Title: siteTitle,
      Description: '',
      Created: now.getTime(),
      siteId: randomUUID(),
      associatedOwnerGroupId: ownersId,
      associatedMemberGroupId: membersId,
      associatedVisitorGroupId: visitorsId
    },
    nextPrincipalId: 7,
    users: [{ Id: adminId, LoginName: claimsLogin(admin.email), Title: admin.title, Email: admin.email, IsSiteAdmin: true }],
    groups: [group(ownersId, 'Owners'), group(membersId, 'Members'), group(visitorsId, 'Visitors')],
    roleDefinitions: defaultRoleDefinitions(),
    webRoleAssignments: [
      { principalId: ownersId, roleDefinitionIds: [FULL_CONTROL] },
      { principalId: membersId, roleDefinitionIds: [EDIT] },
      { principalId: visitorsId, roleDefinitionIds: [READ] }
    ],
    lists: []
  };
}
