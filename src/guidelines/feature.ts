// The guidelines feature's entry point; its table and use cases live in commands.ts and use-cases/.
export { guidelinesFeature, type GuidelinesFeatureOptions } from './commands.ts';
export { checkPrivacy } from './use-cases/deps.ts';
export { MAX_OPEN_ESCALATIONS } from './use-cases/escalate.ts';
export { voterKey } from './use-cases/feedback.ts';
