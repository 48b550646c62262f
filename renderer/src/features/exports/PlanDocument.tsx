/**
 * A whole plan on paper, for the PDF export: what the Markdown export says, laid out to read, in
 * the plan's language and direction, under the notice that the file is not encrypted. Rendered
 * only for printing (usePrintDocument).
 */
import { directionOf } from '../../../../electron/shared/languages';
import type { PlanExport } from '../../domain/exports/planExport';
import './exports.css';

function Labelled({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <p className="export-doc-labelled">
      <strong>{label}:</strong> <span className="export-doc-text">{text}</span>
    </p>
  );
}

export function PlanDocument({ doc }: { doc: PlanExport }) {
  return (
    <article
      className="export-doc"
      lang={doc.language}
      dir={directionOf(doc.language)}
      data-testid="plan-document"
    >
      <p className="export-doc-notice" data-testid="export-notice">
        {doc.notice}
      </p>
      <h1>{doc.title}</h1>
      <dl className="export-doc-facts">
        {doc.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {doc.goals.entries.length > 0 ? (
        <section>
          <h2>{doc.goals.heading}</h2>
          <ul>
            {doc.goals.entries.map((goal, index) => (
              <li key={`${String(index)}-${goal}`}>{goal}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {doc.groundRules.entries.length > 0 ? (
        <section>
          <h2>{doc.groundRules.heading}</h2>
          <ol>
            {doc.groundRules.entries.map((rule, index) => (
              <li key={`${String(index)}-${rule}`}>{rule}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <section>
        <h2>{doc.agenda.heading}</h2>
        {doc.agenda.items.map((item) => (
          <section key={item.id} className="export-doc-item">
            <h3>
              {item.starts ? <span className="export-doc-time">{item.starts}</span> : null}
              {item.title}
            </h3>
            <p className="export-doc-meta">
              {item.kind ? `${item.kind} · ` : ''}
              {item.minutes}
            </p>
            {item.script ? (
              <>
                <p className="export-doc-label">{doc.labels.script}</p>
                <blockquote className="export-doc-script">{item.script}</blockquote>
              </>
            ) : null}
            <Labelled label={doc.labels.prompt} text={item.prompt} />
            <Labelled label={doc.labels.materials} text={item.materials} />
            {item.prepNotes !== null ? (
              <Labelled label={doc.labels.prepNotes} text={item.prepNotes} />
            ) : null}
          </section>
        ))}
      </section>
    </article>
  );
}
