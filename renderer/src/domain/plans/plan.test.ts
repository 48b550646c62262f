import { describe, expect, it } from 'vitest';
import {
  addDays,
  blankPlan,
  instantiateSavedTemplate,
  saveAsTemplate,
  sortedPlans,
  summarizePlan,
  duplicatePlan,
  instantiateTemplate,
  planNextSession,
  type SessionPlan,
} from './plan';
import { planTiming } from './schedule';
import { BUILT_IN_TEMPLATES, type TemplateLanguage } from './templates';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${String((n += 1))}`;
}

const place = { groupId: 'group-1', date: '2026-12-01', startTime: '18:30', venue: 'Room 2' };

describe('instantiateTemplate', () => {
  it.each(['en', 'fr', 'ar'] as const)(
    'makes a whole plan from every template, in %s',
    (language: TemplateLanguage) => {
      for (const template of BUILT_IN_TEMPLATES) {
        const plan = instantiateTemplate(template, language, place, counter('id-'));
        expect(plan.title).toBe(template.name[language]);
        expect(plan.templateId).toBe(template.id);
        expect(plan.language).toBe(language);
        expect(plan.items.map((i) => i.title)).toEqual(
          template.items.map((i) => i.title[language]),
        );
        expect(plan.items.map((i) => i.script)).toEqual(
          template.items.map((i) => i.script[language]),
        );
        // In a group, the plan follows the group's ground rules until overridden.
        expect(plan.groundRules).toBeNull();
        const loose = instantiateTemplate(
          template,
          language,
          { ...place, groupId: null },
          counter('x'),
        );
        expect(loose.groundRules).toEqual(template.groundRules[language]);
        expect(new Set([plan.id, ...plan.items.map((i) => i.id)]).size).toBe(plan.items.length + 1);
        expect(plan.items.every((i) => i.prepNotes === '')).toBe(true);
        // Built-in templates fit their intended length exactly.
        expect(planTiming(plan.startTime, plan.items, plan.intendedMinutes)?.fit).toBe('exact');
      }
    },
  );
});

describe('duplicatePlan', () => {
  it('copies everything under new ids, sharing nothing with the original', () => {
    const template = BUILT_IN_TEMPLATES[0];
    if (!template) throw new Error('no templates');
    const original = instantiateTemplate(template, 'en', place, counter('a'));
    const copy = duplicatePlan(original, counter('b'));
    expect(copy.id).not.toBe(original.id);
    expect(copy.items.map((i) => i.id).some((id) => original.items.some((o) => o.id === id))).toBe(
      false,
    );
    const withoutIds = (plan: SessionPlan) => plan.items.map((item) => ({ ...item, id: '' }));
    expect(withoutIds(copy)).toEqual(withoutIds(original));
    expect(copy.goals).not.toBe(original.goals);
    expect(copy.goals).toEqual(original.goals);
  });
});

describe('planNextSession', () => {
  const base: SessionPlan = {
    id: 'p1',
    groupId: 'g1',
    templateId: null,
    language: 'fr',
    title: 'Groupe du mardi',
    date: '2026-12-29',
    startTime: '19:00',
    intendedMinutes: 60,
    venue: 'Salle B',
    goals: ['Accueillir'],
    groundRules: null,
    items: [
      {
        id: 'i1',
        kind: 'welcome',
        title: 'Accueil',
        minutes: 60,
        script: 'Bienvenue',
        prepNotes: 'Apporter le thé',
        materials: 'Thé',
        prompt: { id: 'light-001', text: 'Une chose qui vous a fait sourire ?' },
      },
    ],
  };

  it('is a week later, same time, same structure, without this session’s preparation notes', () => {
    const next = planNextSession(base, counter('n'));
    expect(next.date).toBe('2027-01-05');
    expect(next.startTime).toBe('19:00');
    expect(next.items[0]).toMatchObject({
      title: 'Accueil',
      script: 'Bienvenue',
      materials: 'Thé',
      prepNotes: '',
      // The group had that prompt this week; next week's is chosen afresh.
      prompt: null,
    });
    expect(next.items[0]?.id).not.toBe('i1');
    expect(next.groundRules).toBeNull();
    expect(base.items[0]?.prepNotes).toBe('Apporter le thé');
  });
});

describe('addDays', () => {
  it('counts calendar days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 7)).toBe('2026-04-04');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('01/12/2026', 1)).toThrow(RangeError);
  });
});

describe('saveAsTemplate and instantiateSavedTemplate', () => {
  it('keeps structure, scripts and materials, leaves preparation notes out, and comes back whole', () => {
    const template = BUILT_IN_TEMPLATES[3];
    if (!template) throw new Error('no templates');
    const plan = instantiateTemplate(template, 'ar', place, counter('p'));
    const noted = {
      ...plan,
      groundRules: ['قاعدة خاصة'],
      items: plan.items.map((item) => ({ ...item, prepNotes: 'private prep' })),
    };
    const saved = saveAsTemplate(noted, '  دائرتنا  ', counter('t'), 1234);
    expect(saved).toMatchObject({ id: 't1', name: 'دائرتنا', language: 'ar', savedAt: 1234 });
    expect(JSON.stringify(saved)).not.toContain('private prep');
    expect(saved.groundRules).toEqual(['قاعدة خاصة']);

    const next = instantiateSavedTemplate(
      saved,
      { groupId: 'g2', date: '2027-01-05', startTime: '10:00', venue: 'Hall' },
      counter('n'),
    );
    expect(next).toMatchObject({
      groupId: 'g2',
      templateId: 't1',
      language: 'ar',
      title: 'دائرتنا',
      date: '2027-01-05',
      startTime: '10:00',
      venue: 'Hall',
      intendedMinutes: plan.intendedMinutes,
    });
    expect(next.items.map((i) => [i.kind, i.title, i.minutes, i.script, i.materials])).toEqual(
      plan.items.map((i) => [i.kind, i.title, i.minutes, i.script, i.materials]),
    );
    expect(next.items.every((i) => i.prepNotes === '')).toBe(true);
    expect(new Set(next.items.map((i) => i.id)).size).toBe(next.items.length);
  });
});

describe('blankPlan', () => {
  it("starts with a welcome and a closing and follows the group's rules", () => {
    const plan = blankPlan(
      { plan: 'New plan', welcome: 'Welcome', closing: 'Closing' },
      'en',
      place,
      counter('b'),
    );
    expect(plan.items.map((i) => [i.kind, i.title, i.minutes])).toEqual([
      ['welcome', 'Welcome', 10],
      ['closing', 'Closing', 10],
    ]);
    expect(plan.groundRules).toBeNull();
    expect(planTiming(plan.startTime, plan.items, plan.intendedMinutes)?.fit).toBe('under');
  });
});

describe('sortedPlans', () => {
  it('lists upcoming plans soonest first, then past ones latest first', () => {
    const plans = [
      { id: 'a', date: '2026-11-01', startTime: '18:00' },
      { id: 'b', date: '2026-12-01', startTime: '18:00' },
      { id: 'c', date: '2026-11-21', startTime: '19:00' },
      { id: 'd', date: '2026-11-21', startTime: '09:00' },
      { id: 'e', date: '2026-10-01', startTime: '18:00' },
    ];
    const { upcoming, past } = sortedPlans(plans, '2026-11-21');
    expect(upcoming.map((p) => p.id)).toEqual(['d', 'c', 'b']);
    expect(past.map((p) => p.id)).toEqual(['a', 'e']);
  });
});

describe('summarizePlan', () => {
  it('keeps what the list shows and nothing private', () => {
    const template = BUILT_IN_TEMPLATES[1];
    if (!template) throw new Error('no templates');
    const plan = instantiateTemplate(template, 'fr', place, counter('s'));
    const noted = { ...plan, items: plan.items.map((i) => ({ ...i, prepNotes: 'secret' })) };
    const summary = summarizePlan(noted);
    expect(summary).toEqual({
      id: plan.id,
      groupId: 'group-1',
      title: template.name.fr,
      date: '2026-12-01',
      startTime: '18:30',
      language: 'fr',
      itemCount: template.items.length,
      totalMinutes: template.intendedMinutes,
    });
    expect(JSON.stringify(summary)).not.toContain('secret');
  });
});
