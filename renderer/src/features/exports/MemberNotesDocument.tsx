/**
 * One member's notes on paper, for a clinic's record: who and which group, when it was
 * exported, the notice that the file is not encrypted, then every note oldest first with its
 * time, session, incident flag and tags. In the app's language; each note's text in its own
 * direction. Rendered only for printing (usePrintDocument).
 */
import type { MemberNotesDocument as MemberNotes } from '../../domain/exports/memberNotes';
import { formatDate, formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import './exports.css';
import { noticeOf } from './exportWords';

export function MemberNotesDocument({ doc }: { doc: MemberNotes }) {
  const { t, language, dir } = useI18n();
  const when = (at: number) => ({ date: formatDate(at, language), time: formatTime(at, language) });
  return (
    <article className="export-doc" lang={language} dir={dir} data-testid="member-notes-document">
      <p className="export-doc-notice" data-testid="export-notice">
        {noticeOf(t, language, doc.exportedAt)}
      </p>
      <h1>
        <bdi>{t('exports.memberDocTitle', { name: doc.memberName })}</bdi>
      </h1>
      <dl className="export-doc-facts">
        <div>
          <dt>{t('exports.group')}</dt>
          <dd>
            <bdi>{doc.groupName}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('exports.member')}</dt>
          <dd>
            <bdi>{doc.memberName}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('exports.exported')}</dt>
          <dd>{t('exports.at', when(doc.exportedAt))}</dd>
        </div>
        <div>
          <dt>{t('notes.title')}</dt>
          <dd>{t('exports.noteCount', { count: doc.entries.length })}</dd>
        </div>
      </dl>
      <ol className="export-doc-notes">
        {doc.entries.map((entry) => (
          <li key={entry.id} className="export-doc-note" data-testid="exported-note">
            <h2>{t('notes.written', when(entry.writtenAt))}</h2>
            <p className="export-doc-meta">
              {entry.incident ? (
                <strong className="export-doc-incident">{t('notes.incidentBadge')}</strong>
              ) : null}
              {entry.session ? (
                <span>
                  {entry.session.title
                    ? t('exports.inSession', { title: entry.session.title })
                    : t('exports.inASession')}
                  {entry.session.stamp
                    ? ` · ${t('notes.stampedAt', {
                        time: formatTime(entry.session.stamp.at, language),
                        item: entry.session.stamp.itemTitle,
                      })}`
                    : null}
                </span>
              ) : null}
              {entry.editedAt !== null ? (
                <span>{t('exports.changed', when(entry.editedAt))}</span>
              ) : null}
              {entry.tags.length > 0 ? (
                <span>
                  {t('notes.tags')}:{' '}
                  {entry.tags.map((tag) => (
                    <bdi key={tag} className="export-doc-tag">
                      #{tag}
                    </bdi>
                  ))}
                </span>
              ) : null}
            </p>
            <div className="export-doc-text" dir="auto">
              {entry.body}
            </div>
          </li>
        ))}
      </ol>
    </article>
  );
}
