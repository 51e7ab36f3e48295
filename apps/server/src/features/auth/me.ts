import type { Me } from '@vested/contracts';
import { canOnWorkspace } from '@vested/domain';
import type { SignedIn } from '../../http/authenticate';

export function presentMe(s: SignedIn): Me {
  return {
    id: s.userId,
    email: s.email,
    name: s.name,
    role: s.role,
    locale: s.locale,
    personId: s.personId,
    csrfToken: s.csrfToken ?? '',
    can: {
      createAccount: canOnWorkspace(s, 'createAccount'),
      assignManager: canOnWorkspace(s, 'assignManager'),
      managePeople: canOnWorkspace(s, 'managePeople'),
      manageUsers: canOnWorkspace(s, 'manageUsers'),
    },
  };
}
