/**
 * Realistic facilitator notes for the benches that store or search notes (bench/vault,
 * bench/notes): the app's Note records (renderer/src/domain/notes/note.ts), deterministic per
 * seed, with the text of support-group notes in English, French and Arabic, and the queries a
 * facilitator types into the notes search box.
 *
 * The text is what a search index meets in a real vault, not lorem ipsum: sentences from
 * templates of what facilitators write ("Talked about the move…", "Souhaite revenir sur le
 * rendez-vous à la préfecture…", "تحدثت عن…") mixed with sentences drawn from word lists of
 * that vocabulary (Zipf-distributed, so a few words are everywhere and most are rare), members'
 * and family names, dates, times and phone numbers, the odd typo and a long tail of street and
 * place names. French is written with accents and curly or straight apostrophes, and by some
 * writers without accents; Arabic with the article and attached prefixes and suffixes
 * ("وبالمدرسة", "مدرستها"), by some writers with tashkeel, by others with bare alef, ه for ة and
 * ي for ى. Notes are mostly in one language with sentences in the others; tags in all three.
 */
import type { Note } from '../../renderer/src/domain/notes/note';

// ---- a seeded PRNG and helpers ----

export type Random = () => number;

/** mulberry32: a small seeded PRNG, so every run stores the same kind of text. */
export function prng(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

export const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** A random UUID (v4 layout) from the seeded PRNG: ids like the app's crypto.randomUUID(). */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Fisher–Yates, seeded; returns a new array. */
export function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Draws from a list with Zipf weights (rank r has weight 1 / r^s): a few common, many rare. */
class Zipf<T> {
  readonly #items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(items: readonly T[], exponent = 1) {
    this.#items = items;
    this.#cumulative = new Float64Array(items.length);
    let total = 0;
    for (let r = 0; r < items.length; r++) {
      total += 1 / (r + 1) ** exponent;
      this.#cumulative[r] = total;
    }
  }

  draw(random: Random): T {
    const target = random() * (this.#cumulative.at(-1) ?? 0);
    let low = 0;
    let high = this.#items.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return this.#items[low] as T;
  }
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

// ---- vocabulary ----

export type Language = 'en' | 'fr' | 'ar';
export const LANGUAGES: readonly Language[] = ['en', 'fr', 'ar'];

const FUNCTION_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: words(`the and to a of she he was in her his they about with for that it is not at
    had but on said this been has after have again still more when some would could very also
    we I from their them there what just one out up if so all into than then because before
    who which any only next time how much over back really felt feel`),
  fr: words(`le la les de des du un une et à en il elle ils elles a est était avait pour
    avec sur dans qui que pas ne plus très aussi mais son sa ses leur depuis après avant encore
    toujours au aux ce cette où même tout tous bien peu comme quand si on nous y lui dit veut
    elle-même beaucoup moins fois jamais déjà rien`),
  ar: words(`في من على إلى عن مع أن لا لم قد هو هي هم كان كانت بعد قبل عند منذ ذلك هذا
    هذه التي الذي كل أيضا جدا لكن ثم حتى أو إن ما ماذا كيف لأن عندما مثل بين غير فقط ربما يوم
    مرة كثيرا قليلا`),
};

const CONTENT_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: words(`group session sessions circle check-in round member members newcomer week
    weeks month months year today yesterday tomorrow evening evenings morning night nights
    weekend holiday holidays sleep sleeping slept insomnia nightmares tired exhausted anxiety
    anxious panic attack attacks worried worry worries lonely loneliness isolated alone sad
    sadness angry anger guilt guilty shame ashamed relief relieved hope hopeful progress
    setback relapse sober sobriety craving cravings drinking meeting meetings sponsor grief
    loss mourning anniversary funeral death died passed hospital appointment appointments
    doctor GP therapist counsellor medication medicines treatment diagnosis surgery pain
    housing landlord eviction rent flat council benefits universal credit job interview
    interviews unemployed work working shift shifts manager colleague colleagues school
    teacher daughter son children kids baby husband wife partner ex divorce separation
    custody mother father mum dad brother sister grandmother grandfather grandma family
    cousin aunt uncle friend friends neighbour neighbours visit visited visa asylum refugee
    caseworker social worker court hearing solicitor lawyer letter letters form forms
    paperwork phone call calls message messages text transport bus train ticket money debt
    debts budget food bank cooking walking walk walks exercise breathing grounding journal
    journaling routine memory memories photo photos crying cried tears laughed laughing
    smiled shared sharing listened listening quiet silent withdrawn engaged arrived late
    early left absent missed returned first last topic theme role-play pairs feedback
    support supportive referral referred signposted crisis helpline safety plan risk
    self-harm suicidal thoughts safeguarding concern concerned follow-up checked email
    birthday christmas ramadan eid wedding move moved moving city country home house garden
    church mosque volunteer volunteering training course english lessons language
    confidence confident boundaries boundary agreement agreements trust trusted respect
    kindness calm calmer better worse harder easier difficult hard good proud strong
    strength small steps courage afraid fear fears scared talk talked talking asked
    mentioned explained described spoke wants wanted needs needed bring brought noticed
    seemed looked thanked welcomed apologised agreed decided plans planning hopes sister's
    mother's son's`),
  fr: words(`groupe séance séances cercle tour météo membre membres nouveau nouvelle
    semaine semaines mois année aujourd’hui hier demain soir soirée soirées matin nuit nuits
    week-end vacances sommeil dormir dort insomnie cauchemars fatigue fatiguée fatigué
    épuisée épuisé angoisse angoisses anxiété inquiète inquiet inquiétude inquiétudes panique
    seule seul solitude isolement isolée triste tristesse colère culpabilité honte
    soulagement soulagée espoir progrès rechute sobriété envie boire alcool réunion réunions
    parrain marraine deuil perte décès enterrement obsèques anniversaire hôpital
    rendez-vous médecin généraliste psychologue psychiatre thérapeute médicaments traitement
    diagnostic opération douleur logement propriétaire expulsion loyer appartement HLM
    allocations CAF préfecture titre séjour récépissé emploi entretien chômage travail
    travaille patron collègue collègues école collège lycée maîtresse fille fils enfants
    bébé mari femme conjoint compagnon divorce séparation garde mère père maman papa frère
    sœur grand-mère grand-père famille cousin tante oncle amie ami amis voisine voisin
    visite demande asile réfugiée réfugié assistante sociale éducatrice tribunal audience
    avocate avocat lettre courrier dossier papiers formulaire téléphone appel appels
    message messages SMS transport bus métro ticket argent dettes budget colis alimentaire
    banque cuisine marche marcher exercice respiration ancrage journal routine souvenir
    souvenirs photo photos pleuré pleurait larmes rire ri sourire souri partagé partage
    écouté écoute silencieuse silencieux renfermée arrivée arrivé retard absente absent
    revenue revenu première premier dernière dernier thème binômes jeu rôle retour soutien
    orientation orientée crise sécurité risque pensées suicidaires automutilation
    préoccupation inquiétant suivi rappeler courriel fête Noël ramadan Aïd mariage
    déménagement déménagé déménager ville pays maison jardin église mosquée bénévole
    bénévolat formation cours français langue confiance limites accord accords respect
    gentillesse calme mieux pire difficile dur bon fière fier courage peur peurs parlé
    parler demandé évoqué expliqué raconté veut voulait besoin apporté remarqué semblait
    remercié accueilli excusée décidé projets espère élève cœur œuvre été noël
    l’hôpital l’espoir l’école l’appartement d’être d’angoisse qu’elle qu’il j’ai n’a
    s’est c’était aujourd’hui`),
  ar: words(`المجموعة الحلقة الجلسة جلسة الجلسات جولة عضو الأعضاء جديد جديدة أسبوع
    الأسبوع أسابيع شهر أشهر سنة اليوم أمس غدا المساء مساء الصباح صباحا الليل ليلة العطلة
    النوم نوم نامت أرق كوابيس تعب متعبة متعب مرهقة قلق القلق قلقة خوف الخوف هلع وحيدة وحيد
    الوحدة عزلة حزينة حزين الحزن غضب الغضب ذنب الذنب خجل ارتياح أمل الأمل تقدم انتكاسة
    اجتماع الاجتماع فقدان وفاة الوفاة جنازة العزاء ذكرى المستشفى مستشفى موعد المواعيد
    الطبيب طبيب طبيبة معالج الأخصائي النفسي أدوية الأدوية علاج العلاج ألم عملية السكن سكن
    المالك إخلاء الإيجار إيجار الشقة المساعدات عمل العمل مقابلة وظيفة بطالة المدير زميل
    زملاء المدرسة مدرسة المعلمة ابنة ابنتها ابن ابنه أطفال الأطفال زوج زوجها زوجة زوجته
    طلاق انفصال حضانة أم أمي والدتها أب أبي والده أخ أخي أخت أختها أخته جدة جدتها جد عائلة
    العائلة أسرة الأسرة صديقة صديق أصدقاء جارة جارتها زيارة طلب لجوء اللجوء لاجئ لاجئة
    الأخصائية الاجتماعية محكمة المحكمة جلسة محامي محامية رسالة أوراق الأوراق استمارة هاتف
    الهاتف مكالمة رسالة المواصلات الحافلة تذكرة مال المال ديون الديون ميزانية طعام الطعام
    بنك طبخ المشي رياضة التنفس التأمل دفتر روتين ذكريات صورة صور بكت بكى دموع ضحكت ضحك
    ابتسمت شاركت شارك استمعت استمع هادئة هادئ صامتة حضرت حضر متأخرة تأخر غائب غابت عادت
    عاد الأولى الأول الأخيرة موضوع الموضوع تمرين ثنائيات ملاحظات دعم الدعم إحالة أزمة خط
    المساعدة سلامة الأمان خطر أفكار انتحارية إيذاء متابعة المتابعة الاتصال اتصال بريد
    تحسن تحسنت صعوبة صعب الصعبة شعور تشعر يشعر الحديث تحدثت تحدث قالت قال طلبت سألت رمضان
    العيد عيد ميلاد زفاف الانتقال انتقلت المدينة البلد البيت بيت الحديقة المسجد الكنيسة
    تطوع تدريب دورة دروس اللغة الفرنسية الإنجليزية الثقة حدود اتفاق احترام لطف هدوء أفضل
    أسوأ صعبة جيد فخورة شجاعة خطوات صغيرة تريد يريد تحتاج يحتاج أحضرت لاحظت بدت شكرت
    رحبت اعتذرت قررت خطط تأمل`),
};

/** Arabic nouns without the article, to decline with prefixes and suffixes ("وبالمدرسة"). */
const ARABIC_STEMS = words(`مدرسة عائلة أسرة جلسة مجموعة حلقة مستشفى طبيب موعد سكن شقة
  عمل وظيفة مقابلة محكمة أوراق رسالة هاتف مال ديون إيجار بيت مدينة ذكرى حزن قلق خوف نوم أمل
  صديقة جارة زيارة رحلة مساعدة متابعة دعم علاج دواء صحة أطفال زوج أخت أخ أم أب جدة ابنة ابن
  حياة مشكلة فكرة تجربة قصة صورة هدية كلمة دموع ليلة سنة أسبوع`);
const ARABIC_PREFIXES = ['و', 'ب', 'ل', 'ف', 'ك', 'ال', 'وال', 'بال', 'لل', 'فال'];
const ARABIC_SUFFIXES = ['ها', 'ه', 'هم', 'ي', 'نا', 'كم', 'هما'];

/** "مدرسة" + "ها" → "مدرستها", "مستشفى" + "ها" → "مستشفاها"; or a prefix, or neither. */
function declined(random: Random, stem: string): string {
  const form = random();
  if (form < 0.35) return `${pick(random, ARABIC_PREFIXES)}${stem}`;
  if (form < 0.6) {
    const base = stem.endsWith('ة')
      ? `${stem.slice(0, -1)}ت`
      : stem.endsWith('ى')
        ? `${stem.slice(0, -1)}ا`
        : stem;
    const withSuffix = `${base}${pick(random, ARABIC_SUFFIXES)}`;
    return random() < 0.3 ? `و${withSuffix}` : withSuffix;
  }
  return random() < 0.5 ? `ال${stem}` : stem;
}

const NAMES = words(`Samira Karim Fatima Youssef Amina Mehdi Nadia Omar Leïla Hélène Chloé
  Zoé Noël Jérôme François Anaïs Mary John Priya Tom Grace David Aisha Bilal Joséphine Inès
  Rachid Sofiane Malika Gaëlle Benoît Céline Théo Maëlle Linda Peter Ahmed Moussa Aminata
  Mariam Ibrahim Khadija Hassan Ioana Olena Dmytro Sarah Elijah Margaret Siobhan Chidi`);
const ARABIC_NAMES = words(`سميرة كريم فاطمة يوسف أمينة مهدي نادية عمر ليلى خديجة مريم
  إبراهيم حسن رشيد مليكة أحمد موسى سارة زينب هدى علي عائشة بلال سلمى ياسين`);

const FAMILY: Readonly<Record<Language, readonly string[]>> = {
  en: words(`mother father sister brother daughter son husband wife grandmother aunt cousin
    partner`),
  fr: words(`mère père sœur frère fille fils mari femme grand-mère tante cousine compagnon`),
  ar: words(`والدتها والده أختها أخيه ابنتها ابنه زوجها زوجته جدتها عمتها خالتها`),
};

const TOPICS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'the housing appointment',
    'the job interview',
    'the court hearing',
    'the anniversary of the funeral',
    'sleep and the long evenings',
    'the visa paperwork',
    'the benefits letter',
    'going back to work',
    'the school meeting',
    'the first Christmas alone',
    'the new medication',
    'her sister’s visit',
  ],
  fr: [
    'le rendez-vous à la préfecture',
    'l’entretien d’embauche',
    'l’audience au tribunal',
    'l’anniversaire du décès',
    'le sommeil et les longues soirées',
    'le dossier de titre de séjour',
    'la lettre de la CAF',
    'la reprise du travail',
    'la réunion à l’école',
    'le premier Noël sans lui',
    'le nouveau traitement',
    'la visite de sa sœur',
  ],
  ar: [
    'موعد السكن',
    'مقابلة العمل',
    'جلسة المحكمة',
    'ذكرى الوفاة',
    'النوم والأمسيات الطويلة',
    'أوراق اللجوء',
    'رسالة المساعدات',
    'العودة إلى العمل',
    'اجتماع المدرسة',
    'أول عيد بدونه',
    'العلاج الجديد',
    'زيارة أختها',
  ],
};

const DAYS: Readonly<Record<Language, readonly string[]>> = {
  en: words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday'),
  fr: words('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  ar: words('الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'),
};

const PLACES = words(`Oakfield Marston Belleville Ménilmontant Croix-Rousse Villeurbanne
  Saint-Denis Bobigny Vénissieux Roubaix Moorside Ashby Kingsway Grangetown Larchmont
  Hôtel-Dieu Pitié-Salpêtrière Lariboisière Bichat Necker`);

/**
 * Sentences facilitators write, with slots: {name} a member, {family} a relative, {day}, {time},
 * {topic}, {place}, {n} a small number.
 */
const TEMPLATES: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'Talked about the first weeks after the move and how hard the evenings still are.',
    '{name} asked the group to keep the phone list up to date before the holidays.',
    'Said sleep is better since starting the walking routine with a neighbour.',
    'Would like to bring up {topic} again next time, if there is room.',
    'Quiet today; listened mostly and thanked the others at the end.',
    'Mentioned {topic} on {day} and asked for a check-in afterwards.',
    'Shared a memory of her {family} that moved several people in the circle.',
    'Feels the group helped with the conversation she had been dreading at home.',
    '{name} arrived late ({time}) and left before the closing round.',
    'Follow-up: call {name} before {day} about {topic}.',
    'Cried when talking about her {family}; {name} sat with her during the break.',
    'Referred to the helpline and the GP at {place}; agreed a safety plan with {n} contacts.',
    'First session for {name}, welcomed by the group; came with her {family}.',
    'Has not had a drink for {n} weeks and wanted the group to know.',
    'The landlord in {place} sent another letter; worried about eviction.',
    'Anxiety much worse this week, panic attacks on the bus again.',
    'Asked whether the next session could start at {time} because of the school run.',
    'We did the grounding exercise twice; {name} said it helped.',
    'Missed the last {n} sessions, says work shifts changed.',
    'Remember to print the leaflets about bereavement support for {day}.',
  ],
  fr: [
    'A parlé des premières semaines après le déménagement et de la difficulté des soirées.',
    'Souhaite revenir sur {topic} la prochaine fois.',
    'Se sent mieux depuis qu’elle marche le matin avec une voisine du quartier.',
    'A demandé si la séance de {day} pouvait commencer à {time}.',
    'Très ému en évoquant son {family} ; le groupe a pris le temps de l’écouter.',
    'Remercie le cercle pour les conseils sur la lettre à la caisse d’allocations.',
    'Peu de paroles aujourd’hui, mais présente et attentive jusqu’à la fin.',
    '{name} propose d’apporter du thé à la menthe pour la prochaine rencontre.',
    'Rappeler {name} avant {day} au sujet de {topic}.',
    'Rendez-vous à l’hôpital {place} le {day} à {time}, inquiète pour les résultats.',
    'A pleuré en parlant de sa {family} ; {name} est restée avec elle à la pause.',
    'Orientée vers la ligne d’écoute et le médecin ; plan de sécurité avec {n} contacts.',
    'Première séance pour {name}, bien accueillie ; venue avec sa {family}.',
    'N’a pas bu depuis {n} semaines et voulait que le groupe le sache.',
    'Le propriétaire à {place} a encore écrit ; peur de l’expulsion.',
    'Angoisse beaucoup plus forte cette semaine, crises de panique dans le métro.',
    'Exercice d’ancrage fait deux fois ; {name} dit que ça l’a aidée.',
    'Absente aux {n} dernières séances à cause de ses horaires de travail.',
    'Penser à imprimer les brochures sur l’accompagnement du deuil pour {day}.',
    'Inquiétude au sujet de l’école de son fils ; rendez-vous avec la maîtresse à {time}.',
  ],
  ar: [
    'تحدثت عن الأسابيع الأولى بعد الانتقال وعن صعوبة الأمسيات حتى الآن.',
    'طلب {name} من المجموعة تحديث قائمة أرقام الهاتف قبل العطلة.',
    'قالت إن نومها تحسن منذ أن بدأت المشي صباحاً مع جارتها.',
    'يود أن يعود إلى {topic} في اللقاء القادم إن سمح الوقت.',
    'كانت هادئة اليوم واستمعت أكثر مما تكلمت وشكرت الجميع في النهاية.',
    'ذكر {topic} يوم {day} وطلب أن نطمئن عليه بعدها.',
    'شاركت ذكرى عن {family} أثرت في عدد من أفراد الحلقة.',
    'يشعر أن المجموعة ساعدته في الحديث الذي كان يخشاه في البيت.',
    'وصلت {name} متأخرة الساعة {time} وغادرت قبل جولة الختام.',
    'متابعة: الاتصال بـ{name} قبل يوم {day} بخصوص {topic}.',
    'بكت وهي تتحدث عن {family}، وجلست معها {name} أثناء الاستراحة.',
    'تمت إحالتها إلى خط المساعدة والطبيب، واتفقنا على خطة أمان مع {n} أشخاص.',
    'أول جلسة لـ{name}، رحبت بها المجموعة وجاءت مع {family}.',
    'لم يشرب منذ {n} أسابيع وأراد أن تعرف المجموعة ذلك.',
    'أرسل المالك رسالة أخرى، وهي قلقة من الإخلاء.',
    'القلق أشد هذا الأسبوع، ونوبات هلع في الحافلة من جديد.',
    'قمنا بتمرين التنفس مرتين، وقالت {name} إنه ساعدها.',
    'غابت عن آخر {n} جلسات بسبب تغير مواعيد العمل.',
    'تذكير: طباعة منشورات دعم الفقد ليوم {day}.',
    'قلق بشأن مدرسة ابنها، وموعد مع المعلمة الساعة {time}.',
  ],
};

const AGENDA_ITEMS = [
  'Welcome and grounding',
  'Check-in round',
  'Open circle',
  'Closing words',
  'Accueil et ancrage',
  'Tour de météo intérieure',
  'Cercle ouvert',
  'Mot de la fin',
  'الترحيب والتهيئة',
  'جولة الاطمئنان',
  'الحلقة المفتوحة',
  'كلمة الختام',
];

const TAGS: Readonly<Record<Language, readonly string[]>> = {
  en: ['follow-up', 'housing', 'grief', 'work', 'family', 'health', 'safety', 'sobriety'],
  fr: ['suivi', 'logement', 'deuil', 'travail', 'famille', 'santé', 'sécurité', 'à rappeler'],
  ar: ['متابعة', 'سكن', 'حزن', 'عمل', 'عائلة', 'صحة', 'سلامة', 'عاجل'],
};

// ---- writers' habits ----

const TASHKEEL = ['\u064e', '\u064f', '\u0650', '\u0652', '\u064b'];
const SHADDA = '\u0651';

/** Partial vocalisation: a haraka after some letters, the odd shadda. */
function vocalised(random: Random, word: string): string {
  let out = '';
  for (const char of word) {
    out += char;
    if (char >= '\u0621' && char <= '\u064a' && random() < 0.45) {
      if (random() < 0.1) out += SHADDA;
      out += pick(random, TASHKEEL);
    }
  }
  return out;
}

/** Typed without hamza on alef, ه for final ة, ي for final ى: as many people type Arabic. */
const lazyArabic = (word: string): string =>
  word.replace(/[أإآ]/g, 'ا').replace(/ة$/u, 'ه').replace(/ى$/u, 'ي');

/** French typed without accents (but with its ligatures spelled out), as on a phone in a hurry. */
const withoutAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .normalize('NFC');

/** One slip of the keyboard: a letter dropped, doubled or swapped with the next. */
function typo(random: Random, word: string): string {
  const chars = Array.from(word);
  if (chars.length < 4) return word;
  const at = between(random, 1, chars.length - 2);
  const kind = random();
  if (kind < 0.4) chars.splice(at, 1);
  else if (kind < 0.7) chars.splice(at, 0, chars[at] ?? '');
  else [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
  return chars.join('');
}

const SYLLABLES = words(`ka ri mo la be to na shi fa ro de lu ver an mar tin son ley ham
  ford wick by ton dale mont bel roc vil ette oux gnac ier ade`);

/** A street, family name or small place nobody else mentions: the long tail of real text. */
function rareName(random: Random): string {
  const n = between(random, 2, 4);
  const name = Array.from({ length: n }, () => pick(random, SYLLABLES)).join('');
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

// ---- notes ----

export interface NotesCorpusOptions {
  /** Body length in characters (a random length in this range, per note). */
  readonly minChars: number;
  readonly maxChars: number;
  /** Share of notes per language (the rest of each note's sentences mix the others in). */
  readonly languageShare?: Readonly<Record<Language, number>>;
  readonly groupIds: readonly string[];
  readonly membersByGroup: Readonly<Record<string, readonly string[]>>;
  /** Epoch ms: notes are written over the two years before it. */
  readonly now: number;
}

interface Writer {
  readonly language: Language;
  readonly lazyArabic: boolean;
  readonly tashkeel: boolean;
  readonly accents: boolean;
  readonly curlyApostrophes: boolean;
}

class TextMaker {
  readonly #content: Readonly<Record<Language, Zipf<string>>>;
  readonly #function: Readonly<Record<Language, Zipf<string>>>;
  readonly #arabicStems: Zipf<string>;

  constructor(random: Random) {
    // Which words are common is a property of the corpus: fixed by the seed.
    const zipf = (list: Readonly<Record<Language, readonly string[]>>, s: number) => ({
      en: new Zipf(shuffled(random, list.en), s),
      fr: new Zipf(shuffled(random, list.fr), s),
      ar: new Zipf(shuffled(random, list.ar), s),
    });
    this.#content = zipf(CONTENT_WORDS, 0.9);
    this.#function = zipf(FUNCTION_WORDS, 1.1);
    this.#arabicStems = new Zipf(shuffled(random, ARABIC_STEMS), 0.9);
  }

  /** A sentence drawn from the vocabulary, 6–16 words. */
  freeSentence(random: Random, language: Language): string {
    const n = between(random, 6, 16);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      let word = this.#word(random, language);
      // Nobody writes "the the": draw again.
      for (let again = 0; again < 3 && word === out.at(-1); again++)
        word = this.#word(random, language);
      out.push(word);
      if (i > 2 && i < n - 2 && random() < 0.08) out.push(language === 'ar' ? '،' : ',');
    }
    const sentence = out.join(' ').replace(/ ([,،])/g, '$1');
    const end = random() < 0.9 ? '.' : random() < 0.5 ? '?' : '!';
    return language === 'ar'
      ? `${sentence}${end === '?' ? '؟' : end}`
      : `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${end}`;
  }

  #word(random: Random, language: Language): string {
    const roll = random();
    let word: string;
    if (roll < 0.35) word = this.#function[language].draw(random);
    else if (roll < 0.38) word = this.name(random, language);
    else if (roll < 0.41) word = this.number(random, language);
    else if (roll < 0.43) word = rareName(random);
    else if (language === 'ar' && roll < 0.7)
      word = declined(random, this.#arabicStems.draw(random));
    else word = this.#content[language].draw(random);
    return roll > 0.975 ? typo(random, word) : word;
  }

  name(random: Random, language: Language): string {
    return language === 'ar' && random() < 0.8 ? pick(random, ARABIC_NAMES) : pick(random, NAMES);
  }

  time(random: Random, language: Language): string {
    const h = between(random, 8, 20);
    const m = pick(random, ['00', '15', '30', '45']);
    return language === 'fr' ? `${h}h${m}` : `${h}:${m}`;
  }

  /** A time, a date, a phone number or a small number. */
  number(random: Random, language: Language): string {
    const kind = random();
    if (kind < 0.3) return this.time(random, language);
    if (kind < 0.5)
      return `${between(random, 1, 28)}/${String(between(random, 1, 12)).padStart(2, '0')}`;
    if (kind < 0.6)
      return `0${between(random, 6, 7)}${Array.from({ length: 8 }, () => between(random, 0, 9)).join('')}`;
    return String(between(random, 2, 30));
  }

  templateSentence(random: Random, language: Language): string {
    return pick(random, TEMPLATES[language]).replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'name':
          return this.name(random, language);
        case 'family':
          return pick(random, FAMILY[language]);
        case 'day':
          return pick(random, DAYS[language]);
        case 'time':
          return this.time(random, language);
        case 'topic':
          return pick(random, TOPICS[language]);
        case 'place':
          return random() < 0.7 ? pick(random, PLACES) : rareName(random);
        default:
          return String(between(random, 2, 9));
      }
    });
  }

  /** What the writer's fingers make of a sentence in `language`. */
  written(random: Random, writer: Writer, language: Language, sentence: string): string {
    if (language === 'fr') {
      const text = writer.accents ? sentence : withoutAccents(sentence);
      return writer.curlyApostrophes ? text.replace(/'/g, '’') : text.replace(/’/g, "'");
    }
    if (language === 'ar' && (writer.lazyArabic || writer.tashkeel)) {
      return sentence
        .split(' ')
        .map((word) => {
          let w = writer.lazyArabic && random() < 0.6 ? lazyArabic(word) : word;
          if (writer.tashkeel && random() < 0.35) w = vocalised(random, w);
          return w;
        })
        .join(' ');
    }
    return sentence;
  }

  /** A note's body: a first line, then paragraphs (and the odd list) up to the target length. */
  body(random: Random, writer: Writer, target: number): string {
    const main = writer.language;
    const other = () =>
      pick(
        random,
        LANGUAGES.filter((l) => l !== main),
      );
    const sentence = (language: Language) =>
      this.written(
        random,
        writer,
        language,
        random() < 0.5
          ? this.templateSentence(random, language)
          : this.freeSentence(random, language),
      );
    const title = this.written(
      random,
      writer,
      main,
      `${pick(random, AGENDA_ITEMS.slice(LANGUAGES.indexOf(main) * 4, LANGUAGES.indexOf(main) * 4 + 4))} — ${this.name(random, main)}`,
    );
    let text = title;
    while (text.length < target) {
      const paragraph: string[] = [];
      const sentences = between(random, 2, 5);
      const list = random() < 0.15;
      for (let i = 0; i < sentences; i++) {
        const language = random() < 0.88 ? main : other();
        paragraph.push(`${list ? '- ' : ''}${sentence(language)}`);
      }
      text += `\n\n${paragraph.join(list ? '\n' : ' ')}`;
    }
    if (text.length <= target + 80) return text;
    // Cut at the last word boundary before the target, as a note ends mid-thought.
    const cut = text.lastIndexOf(' ', target);
    return text.slice(0, cut > target / 2 ? cut : target);
  }
}

function writerFor(random: Random, language: Language): Writer {
  return {
    language,
    lazyArabic: random() < 0.4,
    tashkeel: random() < 0.25,
    accents: random() < 0.88,
    curlyApostrophes: random() < 0.6,
  };
}

function chooseLanguage(random: Random, share: Readonly<Record<Language, number>>): Language {
  const total = share.en + share.fr + share.ar;
  const roll = random() * total;
  return roll < share.en ? 'en' : roll < share.en + share.fr ? 'fr' : 'ar';
}

const TWO_YEARS_MS = 2 * 365 * 24 * 3_600_000;

/** `count` notes as the app stores them, deterministic for a given `random`. */
export function makeNotes(count: number, random: Random, options: NotesCorpusOptions): Note[] {
  const maker = new TextMaker(random);
  const share = options.languageShare ?? { en: 0.4, fr: 0.3, ar: 0.3 };
  return Array.from({ length: count }, () => {
    const language = chooseLanguage(random, share);
    const writer = writerFor(random, language);
    const createdAt = options.now - Math.floor(random() * TWO_YEARS_MS);
    const edited = random() < 0.35;
    const groupId = random() < 0.85 ? pick(random, options.groupIds) : null;
    const members = groupId === null ? [] : (options.membersByGroup[groupId] ?? []);
    const memberId = members.length > 0 && random() < 0.6 ? pick(random, members) : null;
    const sessionId = groupId !== null && random() < 0.5 ? seededUuid(random) : null;
    const tagCount = random() < 0.3 ? 0 : between(random, 1, 4);
    const tags = new Set<string>();
    for (let i = 0; i < tagCount; i++)
      tags.add(pick(random, TAGS[random() < 0.8 ? language : pick(random, LANGUAGES)]));
    return {
      id: seededUuid(random),
      createdAt,
      editedAt: edited ? createdAt + Math.floor(random() * 30 * 24 * 3_600_000) : createdAt,
      groupId,
      sessionId,
      memberId,
      incident: random() < 0.03,
      body: maker.body(random, writer, between(random, options.minChars, options.maxChars)),
      tags: [...tags],
      stamp:
        sessionId !== null && random() < 0.4
          ? { at: createdAt, itemTitle: pick(random, AGENDA_ITEMS) }
          : null,
    };
  });
}

/** A roster of groups and their members' ids, as the notes refer to them. */
export function makeRoster(
  random: Random,
  groups = 12,
  membersPerGroup = 15,
): { groupIds: string[]; membersByGroup: Record<string, string[]> } {
  const groupIds = Array.from({ length: groups }, () => seededUuid(random));
  const membersByGroup = Object.fromEntries(
    groupIds.map((id) => [id, Array.from({ length: membersPerGroup }, () => seededUuid(random))]),
  );
  return { groupIds, membersByGroup };
}

// ---- queries ----

export type QueryKind =
  | 'whole word'
  | 'prefix'
  | 'several words'
  | 'accents stripped'
  | 'arabic variant'
  | 'tashkeel'
  | 'name'
  | 'tag'
  | 'first letter';

export interface Query {
  readonly text: string;
  readonly language: Language;
  readonly kind: QueryKind;
}

/**
 * Queries a facilitator types, hand-written: topics, names, places, tags, as whole words,
 * prefixes (as typed so far) and several words; French with and without accents, Arabic with
 * and without the article, bare alef for أ/إ/آ, ه for ة, ي for ى, with tashkeel.
 */
const CURATED: readonly (readonly [Language, QueryKind, string])[] = [
  ...(
    [
      ['whole word', 'housing sleep anxiety interview hospital grief anniversary landlord'],
      ['whole word', 'eviction benefits panic daughter sister school sponsor relapse crisis'],
      ['whole word', 'helpline self-harm visa asylum grandmother lonely breathing rent debt'],
      ['whole word', 'nightmares funeral medication custody caseworker'],
      ['prefix', 'hous slee anx interv hosp grie annivers landl evic bene pan daugh sis'],
      ['prefix', 'scho spons rel cris help gra lon brea ch gr th sl wo fo'],
      ['tag', 'follow-up follow safety sobriety'],
      ['name', 'Samira Karim Priya Grace Siobhan'],
    ] as const
  ).flatMap(([kind, list]) => words(list).map((q) => ['en', kind, q] as const)),
  ...(
    [
      'job interview',
      'housing appointment',
      'safety plan',
      'court hearing',
      'panic attacks',
      'next week',
      'first session',
      'her mother',
      'new medication',
      'sleep better',
      'job interv',
      'school run',
      'phone list up',
      'first christmas alone',
    ] as const
  ).map((q) => ['en', 'several words', q] as const),
  ...(
    [
      ['whole word', 'hôpital préfecture réunion déménagement inquiétude sœur cœur espoir'],
      ['whole word', 'logement loyer allocations CAF séjour entretien chômage enfants école'],
      ['whole word', 'grand-mère médecin psychologue angoisse sommeil cauchemars colère'],
      ['whole word', 'culpabilité rechute été fatiguée épuisée noël aujourd’hui l’espoir'],
      ['accents stripped', 'hopital prefecture reunion demenagement inquietude soeur coeur'],
      ['accents stripped', 'sejour chomage ecole grand-mere medecin colere culpabilite'],
      ['accents stripped', "ete fatiguee epuisee noel aujourd'hui l'espoir d'espoir"],
      ['prefix', 'hôp hop préf pref démén demen inqui épuis epuis angoi cauch méd med'],
      ['prefix', 'loge all rend ent chôm chom ps re'],
      ['tag', 'suivi santé sante rappeler'],
      ['name', 'Hélène Helene Jérôme Jerome François Francois Anaïs Anais Leïla Leila'],
    ] as const
  ).flatMap(([kind, list]) => words(list).map((q) => ['fr', kind, q] as const)),
  ...(
    [
      ['several words', 'titre de séjour'],
      ['several words', 'titre de sejour'],
      ['several words', 'rendez-vous préfecture'],
      ['several words', 'rendez vous prefecture'],
      ['several words', 'plan de sécurité'],
      ['several words', 'crises de panique'],
      ['several words', 'lettre CAF'],
      ['several words', 'premier Noël'],
      ['several words', 'premier noel'],
      ['several words', 'sa sœur'],
      ['several words', 'grand mere'],
      ['several words', 'ligne d’écoute'],
      ['several words', "ligne d'ecoute"],
      ['several words', 'l’hôpital Bichat'],
    ] as const
  ).map(([kind, q]) => ['fr', kind, q] as const),
  ...(
    [
      ['whole word', 'المستشفى مستشفى مدرسة المدرسة أسرة الأسرة عائلة العائلة أمي إيجار'],
      ['whole word', 'الإيجار قلق القلق أرق موعد طبيب سكن السكن لجوء اللجوء أوراق حزن'],
      ['whole word', 'ذكرى جلسة الجلسة اجتماع متابعة رمضان العيد نوم النوم كوابيس خوف'],
      ['whole word', 'وحيدة أطفال الأطفال ابنتها زوجها طلاق والمدرسة بالمستشفى مدرستها'],
      ['arabic variant', 'مستشفي مدرسه المدرسه اسرة اسره الاسرة عائله امي ايجار الايجار'],
      ['arabic variant', 'ارق اوراق ذكري جلسه متابعه وحيده اطفال الاطفال ابراهيم'],
      ['tashkeel', 'مُسْتَشْفَى المَدْرَسَة أُسْرَة قَلَق'],
      ['prefix', 'مستش مدر اسر عائ اجتم متاب لجو اور كواب ال مح طب'],
      ['name', 'سميرة سميره كريم فاطمة فاطمه يوسف إبراهيم خديجة'],
      ['tag', 'متابعة سكن عاجل صحة'],
    ] as const
  ).flatMap(([kind, list]) => words(list).map((q) => ['ar', kind, q] as const)),
  ...(
    [
      'موعد الطبيب',
      'مقابلة عمل',
      'مقابله العمل',
      'خطة أمان',
      'خطه امان',
      'جلسة المحكمة',
      'خط المساعدة',
      'أوراق اللجوء',
      'اوراق اللجوء',
      'نوبات هلع',
      'ذكرى الوفاة',
      'مدرسة ابنها',
    ] as const
  ).map((q) => ['ar', 'several words', q] as const),
];

/** The first keystroke of a search: one letter, a run over a large part of the index. */
const FIRST_LETTERS: readonly (readonly [Language, string])[] = [
  ['en', 'h'],
  ['en', 's'],
  ['en', 'a'],
  ['en', 't'],
  ['fr', 'é'],
  ['fr', 'e'],
  ['fr', 'l'],
  ['fr', 'd'],
  ['ar', 'ا'],
  ['ar', 'م'],
  ['ar', 'ع'],
  ['ar', 'و'],
];

const FRENCH = new Set(
  [...CONTENT_WORDS.fr, ...FUNCTION_WORDS.fr].flatMap((w) => {
    const lower = w.toLowerCase();
    return [lower, withoutAccents(lower)];
  }),
);

/** The language of a few words of a note, for the queries drawn from notes. */
function languageOf(tokens: readonly string[]): Language {
  if (tokens.some((t) => /[\u0600-\u06ff]/.test(t))) return 'ar';
  return tokens.some((t) => FRENCH.has(t.toLowerCase()) || /[éèàùçêôîœ]/i.test(t)) ? 'fr' : 'en';
}

/**
 * The queries: the hand-written ones, and `drawn` more taken from the notes themselves (one to
 * three neighbouring words of a random note, whole or cut to the prefix typed so far, French
 * sometimes without accents, Arabic sometimes with bare alef or ه), so they find what is there.
 * `firstLetters` are the one-letter queries, kept apart.
 */
export function makeQueries(
  random: Random,
  notes: readonly Note[],
  drawn: number,
): { queries: Query[]; firstLetters: Query[] } {
  const queries: Query[] = CURATED.map(([language, kind, text]) => ({ language, kind, text }));
  const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  let guard = 0;
  while (queries.length < CURATED.length + drawn && guard++ < drawn * 20) {
    const note = pick(random, notes);
    const tokens = note.body.match(wordPattern) ?? [];
    if (tokens.length < 10) continue;
    const start = between(random, 0, tokens.length - 4);
    const count = random() < 0.55 ? 1 : random() < 0.7 ? 2 : 3;
    const chosen = tokens.slice(start, start + count).filter((t) => t.length >= 3);
    if (chosen.length === 0) continue;
    const language = languageOf(chosen);
    let text = chosen.join(' ');
    let kind: QueryKind = chosen.length > 1 ? 'several words' : 'whole word';
    const form = random();
    if (form < 0.35) {
      // Still typing the last word.
      const last = Array.from(chosen.at(-1) ?? '');
      const typed = last.slice(0, between(random, 2, Math.max(2, last.length - 1))).join('');
      text = [...chosen.slice(0, -1), typed].join(' ');
      kind = 'prefix';
    } else if (form < 0.5 && language === 'fr' && withoutAccents(text) !== text) {
      text = withoutAccents(text);
      kind = 'accents stripped';
    } else if (form < 0.5 && language === 'ar' && lazyArabic(text) !== text) {
      text = text.split(' ').map(lazyArabic).join(' ');
      kind = 'arabic variant';
    }
    if (random() < 0.3) text = text.toLowerCase();
    queries.push({ language, kind, text });
  }
  const firstLetters = FIRST_LETTERS.map(([language, text]) => ({
    language,
    kind: 'first letter' as const,
    text,
  }));
  return { queries, firstLetters };
}

/**
 * Pairs of queries that must find the same notes (the index forgives accents, Arabic letter
 * forms, tashkeel and the article): checked by the page before anything is timed.
 */
export const EQUIVALENT_QUERIES: readonly (readonly [string, string])[] = [
  ['hôpital', 'hopital'],
  ['inquiétude', 'inquietude'],
  ['sœur', 'soeur'],
  ['l’espoir', "d'espoir"],
  ['المستشفى', 'مستشفي'],
  ['أسرة', 'اسره'],
  ['الإيجار', 'ايجار'],
  ['مُسْتَشْفَى', 'مستشفى'],
];
