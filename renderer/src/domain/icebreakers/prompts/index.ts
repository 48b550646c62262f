/**
 * The built-in prompts, one JSON file per depth so the wording (the part reviewers and
 * translators read) stays apart from code. Loaded with the library screen, not at start.
 */
import { asPrompt, type BuiltInPrompt } from '../prompt';
import deep from './deep.json';
import light from './light.json';
import moderate from './moderate.json';

export const BUILT_IN_PROMPTS: readonly BuiltInPrompt[] = [...light, ...moderate, ...deep].map(
  (entry: unknown) => asPrompt(entry),
);
