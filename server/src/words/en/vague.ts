/** Promises with nothing a reviewer can check, grouped by what would fix them. */
export const vagueGroups: { kind: 'when' | 'how-often' | 'what' | 'which' | 'never-again'; patterns: string[] }[] = [
  { kind: 'when', patterns: ['as soon as possible', 'asap', '(?<!as )soon(?! as| after| afterwards)', 'in the near future', 'at some point', 'eventually', 'in due course', 'shortly'] },
  { kind: 'how-often', patterns: ['regularly', 'periodically', 'from time to time', 'frequently', 'occasionally', 'constantly', 'on a regular basis', 'routinely'] },
  {
    kind: 'what',
    patterns: [
      'improv(?:e|ed|es|ing) (?:our |the |all |overall |its )?(?:\\w+ )?(?:process|processes|procedures?|systems?|operations?|services?|quality|performance|standards?|workflows?|practices|business)',
      'try (?:harder|our best|to do better|to improve)',
      'do (?:better|our best|everything (?:we|i) can|everything possible)',
      '(?:be|being) more (?:careful|vigilant|attentive|diligent|cautious)',
      'more careful(?:ly)?',
      'pay (?:more|closer|extra) attention',
      'work harder',
      'best efforts',
      'whatever it takes',
      'strive to',
      'look into (?:it|this|the matter|the issue)',
    ],
  },
  { kind: 'which', patterns: ['(?:all )?(?:appropriate|necessary|relevant|proper|needed|required) (?:measures|steps|actions?|changes|precautions)', 'all necessary'] },
  {
    kind: 'never-again',
    patterns: [
      "(?:make sure|ensure|guarantee|see to it)(?: that)? (?:this|it|this issue|the issue|such (?:issues?|problems?|incidents?)|this problem|the problem|this mistake|that) (?:does not|doesn't|will not|won't|never|do not|don't|cannot|can't|can not) (?:happen|occur|recur|repeat)(?:s|ed)?",
      "(?:will|would|shall) never (?:happen|occur) again",
      '(?:take|taking|took|have taken) (?:steps|measures|action) to (?:ensure|prevent|avoid)',
    ],
  },
];
