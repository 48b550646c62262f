import { useI18n } from '../../i18n/I18nProvider';
import type { TextKey } from '../../i18n/i18n';
import { Icon } from '../../ui/Icon';
import { PageHeader } from '../../ui/PageHeader';
import { useScreenHeading } from '../../ui/useScreenHeading';

const DEPTHS: readonly { level: 1 | 2 | 3; name: TextKey; body: TextKey }[] = [
  { level: 1, name: 'icebreakers.depthLight', body: 'icebreakers.depthLightBody' },
  { level: 2, name: 'icebreakers.depthModerate', body: 'icebreakers.depthModerateBody' },
  { level: 3, name: 'icebreakers.depthDeep', body: 'icebreakers.depthDeepBody' },
];

export function IcebreakersScreen() {
  const { t } = useI18n();
  const heading = useScreenHeading();
  return (
    <div className="screen">
      <PageHeader ref={heading} title={t('icebreakers.title')} lead={t('icebreakers.lead')} />
      <section aria-labelledby="depth-title" className="section">
        <h2 id="depth-title" className="section-title">
          {t('icebreakers.depthTitle')}
        </h2>
        <ul className="card-grid">
          {DEPTHS.map((d) => (
            <li key={d.level} className="card">
              {/* Depth is shown by filled rings as well as by its word, never by colour alone. */}
              <span className="depth-meter" aria-hidden="true">
                {[1, 2, 3].map((n) => (
                  <span
                    key={n}
                    className={n <= d.level ? 'depth-ring depth-ring-on' : 'depth-ring'}
                  />
                ))}
              </span>
              <h3>{t(d.name)}</h3>
              <p>{t(d.body)}</p>
            </li>
          ))}
        </ul>
      </section>
      <p className="callout">
        <Icon name="hand" size={22} />
        <span>{t('icebreakers.passNote')}</span>
      </p>
    </div>
  );
}
