// The whole built-in catalogue (en), for defaultCatalog and the tests. An element loads only the
// sections it shows (catalog/en/topics.ts, responses.ts, levels.ts; model/catalog-sections.ts).
import topics from './en/topics.js';
import responses from './en/responses.js';
import levels from './en/levels.js';

export default { locale: 'en' as const, topics, responses, levels };
