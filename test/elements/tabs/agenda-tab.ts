/**
 * A "tab" for the two-tab draft test: the member's agenda in a provider with the IndexedDB draft
 * store of `?db=` (shared by every tab of the test), as a host page would mount it.
 */
import '../../../src/define.js';
import { createDraftStore } from '../../../src/adapters/drafts.js';
import { createMemoryAdapter } from '../../../src/adapters/memory.js';
import type { TaiwaProvider } from '../../../src/elements/provider/provider.js';

const params = new URLSearchParams(location.search);
const provider = document.createElement('taiwa-provider') as TaiwaProvider;
provider.lang = 'en';
provider.adapter = createMemoryAdapter();
provider.viewer = { id: 'm1', role: 'member' };
provider.drafts = createDraftStore({ dbName: params.get('db')!, viewerId: 'm1' });
const agenda = document.createElement('taiwa-agenda');
agenda.setAttribute('session-id', 's1');
provider.append(agenda);
document.body.append(provider);
