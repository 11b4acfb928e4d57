/**
 * Excuses: not knowing the rule, being new. Offered as the root cause they
 * name no step of the seller's process (the vague rule says so there);
 * anywhere else they are a stock line (the boilerplate rule's).
 */
const policyNouns = '(?:policy|policies|rule|rules|requirement|requirements|guidelines?|terms)';

export const excusePatterns = [
  // "I was not aware of this policy", "I was unaware of the policies of Amazon"
  `(?:i|we) (?:was|were) (?:not |un)aware (?:of|that) (?:this|the|amazon(?:'s|’s)?|these|such|any|all|its|their) (?:\\S+ )?${policyNouns}`,
  `(?:i|we) (?:did not|didn't|didn’t) know (?:about |of )?(?:this|the|amazon(?:'s|’s)?|these|all) (?:\\S+ )?${policyNouns}`,
  // "As a new seller", "due to being a new seller"
  // "Used sold as new – Seller ID" names a policy: the article, or a plural, makes it the seller.
  '(?:as|being|due to being|because (?:i am|we are|i was|we were)|since (?:i am|we ' +
    'are|i was|we were)) (?:a|an) (?:new|newer|inexperienced|first-time|beginner|novice) ' +
    '(?:\\w+ )?(?:seller|business|company|store|account)',
  '(?:as|being) (?:new|inexperienced|first-time|beginner|novice) (?:\\w+ )?(?:sellers|businesses|companies)',
  '(?:i|we) (?:was|were|am|are) (?:new|inexperienced) (?:to|on|at|in) (?:selling|amazon|the platform|e-?commerce|online selling)',
  '(?:my|our) (?:lack of|limited|insufficient|poor) (?:\\S+ )?(?:knowledge|experience|understanding|awareness|education|familiarity)',
];
