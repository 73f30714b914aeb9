/**
 * What the session page and the admin's registrations table say of registrations: refusals,
 * statuses in the third person, attendance, moves (domain codes → text). Apart from text.ts so
 * that only those views' chunks carry them.
 */
import { Attendance, CancelRefusal, QueueMoveRefusal, RegistrationStatus, SignUpRefusal } from '../../../domain/training';
import { format } from '../../../ui/format';

export function refusalText(reason: SignUpRefusal | CancelRefusal, s: ITrainingRegistryWebPartStrings): string {
  switch (reason) {
    case 'sessionCancelled':
      return s.RefusedSessionCancelled;
    case 'sessionStarted':
      return s.RefusedSessionStarted;
    case 'deadlinePassed':
      return s.RefusedDeadlinePassed;
    case 'alreadyRegistered':
      return s.AlreadyRegistered;
    case 'alreadyCancelled':
      return s.RefusedAlreadyCancelled;
    default:
      return s.RefusedNotRegistered;
  }
}

export function moveRefusalText(reason: QueueMoveRefusal, s: ITrainingRegistryWebPartStrings): string {
  return reason === 'noRoomInQueue' ? s.MoveRefusedNoRoom : s.MoveRefused;
}

/** Someone's status in the admin's table and the CSV export. */
export function adminStatusText(status: RegistrationStatus, s: ITrainingRegistryWebPartStrings): string {
  switch (status.code) {
    case 'confirmed':
      return s.AdminStatusConfirmed;
    case 'waiting':
      return format(s.AdminStatusWaiting, status.position);
    case 'cancelled':
      return s.AdminStatusCancelled;
    case 'sessionCancelled':
      return s.AdminStatusSessionCancelled;
    default:
      return s.StatusNotRegistered;
  }
}

export function attendanceText(attendance: Attendance | undefined, s: ITrainingRegistryWebPartStrings): string {
  return attendance === 'attended' ? s.AttendanceAttended : attendance === 'noShow' ? s.AttendanceNoShow : s.AttendanceNotMarked;
}
