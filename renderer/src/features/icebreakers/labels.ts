import type { ContentNote, Depth } from '../../domain/icebreakers/prompt';
import type { TextKey } from '../../i18n/i18n';

export const DEPTH_LABELS: Readonly<Record<Depth, TextKey>> = {
  light: 'icebreakers.depthLight',
  moderate: 'icebreakers.depthModerate',
  deep: 'icebreakers.depthDeep',
};

export const DEPTH_LEVEL: Readonly<Record<Depth, 1 | 2 | 3>> = { light: 1, moderate: 2, deep: 3 };

export const NOTE_LABELS: Readonly<Record<ContentNote, TextKey>> = {
  family: 'contentNote.family',
  loss: 'contentNote.loss',
  substances: 'contentNote.substances',
  body: 'contentNote.body',
  health: 'contentNote.health',
  relationships: 'contentNote.relationships',
  childhood: 'contentNote.childhood',
  faith: 'contentNote.faith',
  money: 'contentNote.money',
  work: 'contentNote.work',
  food: 'contentNote.food',
};
