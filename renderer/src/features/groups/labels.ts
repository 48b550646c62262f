/** Message keys for the domain's lists (kept as literal maps so the catalog test sees each key). */
import type { TextKey } from '../../i18n/i18n';
import type { GroupKind, ItemKind } from '../../domain/plans/templates';

// Key order is display order.
export const GROUP_KIND_LABELS: Readonly<Record<GroupKind, TextKey>> = {
  'peer-led': 'groups.kindPeerLed',
  'twelve-step': 'groups.kindTwelveStep',
  grief: 'groups.kindGrief',
  'addiction-recovery': 'groups.kindAddictionRecovery',
  'chronic-illness': 'groups.kindChronicIllness',
  'mental-health': 'groups.kindMentalHealth',
  professional: 'groups.kindProfessional',
  other: 'groups.kindOther',
};

export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, TextKey>> = {
  welcome: 'plans.kindWelcome',
  'ground-rules': 'plans.kindGroundRules',
  'check-in': 'plans.kindCheckIn',
  icebreaker: 'plans.kindIcebreaker',
  sharing: 'plans.kindSharing',
  topic: 'plans.kindTopic',
  guest: 'plans.kindGuest',
  break: 'plans.kindBreak',
  closing: 'plans.kindClosing',
  other: 'plans.kindOther',
};

/** How long a new item of each kind lasts, before the facilitator changes it. */
export const ITEM_KIND_MINUTES: Readonly<Record<ItemKind, number>> = {
  welcome: 5,
  'ground-rules': 5,
  'check-in': 15,
  icebreaker: 10,
  sharing: 30,
  topic: 20,
  guest: 30,
  break: 10,
  closing: 10,
  other: 10,
};
