/** A client of MSGraphClientV3's shape that calls the workbench's Graph stand-in (workbench/graph/mail.ts) as the given person. */
import type { GraphMailClient } from '../../src/data/messages';
import type { MailStandIn } from '../../workbench/graph/mail';

export function graphClientAs(mail: MailStandIn, login: string): GraphMailClient {
  return {
    api: (path) => ({
      post: async (content) => {
        const response = (await mail.handle(
          new Request(`https://graph.microsoft.com/v1.0${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Emulator-User': login },
            body: JSON.stringify(content)
          })
        )) as Response;
        if (!response.ok)
          throw Object.assign(new Error(`Graph answered ${response.status}`), { status: response.status, body: await response.text() });
        return undefined;
      }
    })
  };
}
