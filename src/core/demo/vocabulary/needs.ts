/** Factual and emotional needs of the customer's people (sachliche und emotionale Anforderungen). */
import type { RelationshipKind } from '../../model/index.js';
import type { PositionKey } from './positions.js';

export const FACTUAL_NEEDS: Readonly<Record<PositionKey, readonly string[]>> = {
  top: [
    'Wachstum ohne zusätzliche Fixkosten',
    'Liefertreue gegenüber den eigenen Großkunden sichern',
    'Investitionen mit Amortisation unter drei Jahren',
  ],
  cfo: [
    'Transparente Gesamtkosten über die Lebensdauer',
    'Planbare Kosten durch Festpreise und Rahmenverträge',
    'Kapitalbindung im Ersatzteillager senken',
  ],
  cto: [
    'Standardisierte Komponenten über alle Werke',
    'Anlagenverfügbarkeit über 98 %',
    'Technologischer Vorsprung gegenüber dem Wettbewerb',
  ],
  purchasing: [
    'Wettbewerbsfähige Preise und klare Konditionen',
    'Weniger Lieferanten für Automatisierungskomponenten',
    'Verlässliche Lieferzeiten auch bei Engpässen',
  ],
  buyer: ['Schnelle, vollständige Angebote', 'Preisstabilität über die Vertragslaufzeit'],
  production: [
    'Weniger ungeplante Stillstände',
    'Kürzere Rüstzeiten',
    'Mehr Ausbringung ohne zusätzliche Linie',
  ],
  maintenance: [
    'Ersatzteile innerhalb von 24 Stunden',
    'Ferndiagnose und kurze Reaktionszeiten',
    'Entlastung des knappen Instandhaltungsteams',
  ],
  quality: [
    'Lückenlose Dokumentation für Audits',
    'Prozessfähigkeit nachweisen (Cpk ≥ 1,33)',
    'Rückverfolgbarkeit bis zur Charge',
  ],
  logistics: ['Termintreue in der Auslieferung', 'Transparenz über Bestände und Durchlaufzeiten'],
  it: ['IT-Sicherheit der vernetzten Anlagen', 'Saubere Schnittstelle zum ERP', 'Keine Insellösungen'],
  engineering: [
    'Komponenten mit langer Lieferbarkeit',
    'Technische Beratung schon in der Konstruktionsphase',
  ],
  maintenanceEngineer: ['Gut dokumentierte Komponenten', 'Schulung an den neuen Antrieben'],
  assistant: ['Gut vorbereitete Termine und kurze Entscheidungsvorlagen'],
  sales: ['Lieferfähigkeit als Verkaufsargument', 'Referenzen für die eigene Kundenakquise'],
  hr: ['Qualifizierung der Mitarbeitenden', 'Weiterbildung als Mittel gegen Fluktuation'],
  energy: ['Energieverbrauch senken (ISO 50001)', 'Messbare CO₂-Einsparung für den Nachhaltigkeitsbericht'],
};

export const EMOTIONAL_NEEDS: readonly string[] = [
  'Will als Modernisierer im Haus wahrgenommen werden',
  'Braucht Sicherheit: keine Experimente vor dem nächsten Audit',
  'Legt Wert auf persönliche Betreuung durch unsere Geschäftsleitung',
  'Möchte bei Entscheidungen früh eingebunden werden',
  'Schätzt Verlässlichkeit mehr als den letzten Euro',
  'Sucht Anerkennung durch die Geschäftsführung',
  'Misstraut Vertriebsversprechen, will belastbare Zahlen sehen',
  'Möchte ein Vorzeigeprojekt für die eigene Karriere',
  'Loyal zu langjährigen Partnern',
  'Fürchtet Mehrarbeit für das eigene Team',
  'Ehrgeizig, will den eigenen Bereich ausbauen',
  'Schätzt Fachgespräche auf Augenhöhe',
  'Will keine Überraschungen im Budget',
  'Kurz vor dem Ruhestand, möchte nichts mehr riskieren',
];

/** Emotional needs behind a critical or hostile attitude towards us. */
export const CRITICAL_EMOTIONAL_NEEDS: readonly string[] = [
  'Steht dem Wettbewerber nahe (früherer Arbeitgeber)',
  'Fühlt sich bei der letzten Reklamation übergangen',
  'Hält uns für zu teuer und sagt das offen',
  'Hat das Projekt des Vorgängers mit uns nie unterstützt',
  'Sorgt sich, durch unsere Lösung an Einfluss zu verlieren',
];

/** Notes on informal relationships, by kind. */
export const RELATIONSHIP_NOTES: Readonly<Partial<Record<RelationshipKind, readonly string[]>>> = {
  influences: [
    'Wird bei technischen Fragen immer zuerst gefragt',
    'Bereitet die Entscheidungsvorlagen vor',
    'Gemeinsam im Lenkungskreis Digitalisierung',
  ],
  trusts: ['Arbeiten seit über zehn Jahren zusammen', 'Hat ihn/sie ins Unternehmen geholt'],
  conflicts: [
    'Streit um das Instandhaltungsbudget',
    'Konkurrieren um die Nachfolge in der Geschäftsführung',
    'Uneinig über Make-or-buy bei der Wartung',
  ],
  friends: ['Kennen sich aus dem Studium', 'Spielen zusammen im Tennisverein', 'Fahrgemeinschaft zum Werk'],
  mentors: ['Förderer seit dem Traineeprogramm', 'Hat die Einarbeitung begleitet'],
};
