/**
 * Irregular English verb forms. Regular ones are matched by their "-ed"
 * ending; these are the rest that sellers use. The past tense tells an action
 * that was done; the participle makes a perfect ("have taken") or a passive
 * ("were sent"), after retext-passive's list of irregular participles.
 */
export const irregularPastTense = [
  'began', 'bought', 'brought', 'built', 'caught', 'chose', 'cut', 'dealt', 'did', 'drew', 'drove', 'fed', 'felt', 'found', 'fought', 'gave', 'got',
  'had', 'held', 'hid', 'hit', 'hung', 'kept', 'knew', 'laid', 'led', 'left', 'lent', 'let', 'lost', 'made', 'meant', 'met', 'paid', 'put', 'quit',
  'ran', 'rang', 'read', 'rebuilt', 'redid', 'reran', 'reset', 'rewrote', 'rose', 'said', 'sat', 'saw', 'sent', 'set', 'shook', 'shot',
  'shut', 'sold', 'sought', 'spent', 'spoke', 'split', 'spread', 'stood', 'struck', 'swore', 'swept', 'taught', 'told', 'thought', 'threw',
  'took', 'tore', 'understood', 'undertook', 'upheld', 'went', 'withdrew', 'withheld', 'won', 'wrote',
];

export const irregularParticiples = [
  'arisen', 'awoken', 'been', 'beaten', 'become', 'begun', 'bent', 'bound', 'bitten', 'blown', 'broken', 'bred', 'brought', 'broadcast', 'built', 'burnt',
  'burst', 'bought', 'cast', 'caught', 'chosen', 'come', 'cost', 'cut', 'dealt', 'done', 'drawn', 'driven', 'eaten', 'fallen', 'fed', 'felt', 'fought',
  'found', 'fit', 'forbidden', 'forecast', 'foreseen', 'forgotten', 'forgiven', 'frozen', 'gotten', 'given', 'gone', 'ground', 'grown', 'hung', 'heard',
  'hidden', 'hit', 'held', 'hurt', 'kept', 'known', 'laid', 'led', 'left', 'lent', 'let', 'lost', 'made', 'meant', 'met', 'mistaken', 'overcome',
  'overlooked', 'overseen', 'overtaken', 'paid', 'proven', 'put', 'quit', 'read', 'rebuilt', 'redone', 'rerun', 'reset', 'rewritten', 'rid', 'risen',
  'run', 'said', 'seen', 'sought', 'sold', 'sent', 'set', 'shaken', 'shed', 'shot', 'shown', 'shrunk', 'shut', 'spoken', 'spent', 'split', 'spread',
  'stolen', 'stuck', 'struck', 'sworn', 'swept', 'taken', 'taught', 'torn', 'told', 'thought', 'thrown', 'understood', 'undertaken', 'upheld', 'upset',
  'woken', 'worn', 'wound', 'won', 'withdrawn', 'withheld', 'written',
];

/**
 * Participles after "be" that describe a state or point inside the document
 * rather than hide who acted: "we were unaware", "is located in", "the
 * invoices are attached".
 */
export const statePredicates = [
  'based', 'located', 'situated', 'supposed', 'used to', 'interested', 'concerned', 'committed', 'dedicated', 'determined', 'pleased', 'satisfied',
  'qualified', 'required', 'allowed', 'expected', 'scheduled', 'designed', 'called', 'named', 'known', 'born', 'tired', 'related', 'married',
  'attached', 'enclosed', 'included', 'shown', 'listed', 'outlined', 'described', 'detailed', 'summarized', 'summarised', 'mentioned', 'provided below',
  'aware', 'unaware', 'sorry', 'prepared', 'equipped', 'authorized', 'authorised', 'registered', 'licensed', 'certified', 'closed', 'open',
  'finished', 'done', 'gone', 'involved', 'worried', 'surprised', 'confused', 'disappointed', 'devastated', 'frustrated', 'shocked', 'upset',
  'unexpected', 'affected', 'unaffected', 'needed', 'intended', 'limited', 'entitled', 'focused', 'complicated', 'experienced', 'skilled', 'established', 'sold out', 'out of stock',
  'prohibited', 'permitted', 'banned', 'restricted', 'owned', 'protected', 'trademarked', 'copyrighted', 'patented',
];
