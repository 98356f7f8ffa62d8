// The whole built-in catalogue (ja), for defaultCatalog and the tests. An element loads only the
// sections it shows (catalog/ja/topics.ts, responses.ts, levels.ts; model/catalog-sections.ts).
import topics from './ja/topics.js';
import responses from './ja/responses.js';
import levels from './ja/levels.js';

export default { locale: 'ja' as const, topics, responses, levels };
