/**
 * The safety card: what a facilitator needs at once when someone in the room is in crisis. Local
 * crisis contacts (entered by the facilitator), a grounding script to read aloud, and the
 * confidentiality statement. Empty texts mean the built-in ones, in the facilitator's language.
 */

export const SAFETY_ID = 'safety';
export const CONTACT_NAME_MAX = 80;
export const CONTACT_PHONE_MAX = 40;
export const CONTACT_NOTE_MAX = 200;
export const MAX_CONTACTS = 20;
export const SAFETY_TEXT_MAX = 4000;

export interface CrisisContact {
  readonly id: string;
  readonly name: string;
  readonly phone: string;
  /** "24/7", "for under-25s", "ask for the duty nurse". */
  readonly note: string;
}

export interface SafetyCard {
  readonly id: typeof SAFETY_ID;
  readonly contacts: readonly CrisisContact[];
  /** "" : the built-in grounding script. */
  readonly groundingScript: string;
  /** "" : the built-in statement (a group's own statement comes first when it has one). */
  readonly confidentiality: string;
}

export const EMPTY_SAFETY_CARD: SafetyCard = {
  id: SAFETY_ID,
  contacts: [],
  groundingScript: '',
  confidentiality: '',
};

/** A phone number as dialled: digits, "+", and nothing else ("+33 1 45 39 40 00" → "+33145394000"). */
export function dialable(phone: string): string {
  const digits = phone
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const kept = digits.replace(/[^\d+]/g, '');
  const bare = kept.replace(/\+/g, '');
  // "+" counts only in front, even after spaces or invisible marks pasted before it.
  return bare === '' ? '' : (kept.startsWith('+') ? '+' : '') + bare;
}

/** What is missing before a contact can be kept: a name and something to dial. */
export function contactProblem(
  contact: Pick<CrisisContact, 'name' | 'phone'>,
): 'name' | 'phone' | null {
  if (contact.name.trim() === '') return 'name';
  if (dialable(contact.phone).replace('+', '').length < 2) return 'phone';
  return null;
}
