import type { MessageTemplate } from '../types.js';

/**
 * Planning and opportunity analyses: Verkaufschancen, Maßnahmenplan, konkrete Projekte,
 * KAM-Aufwand vs. Ergebnis and the Aufbauprozess checklist.
 */
export const planningMessages = {
  // Analyse der Verkaufschancen
  'horizons.gap.none': {
    de: 'Keine Verkaufschancen erfasst: Ohne Potenziale lässt sich nicht entscheiden, ob sich der Ausbau zum Key Account lohnt.',
    en: 'No opportunities recorded: without potentials there is no basis for deciding whether to develop this key account.',
  },
  'horizons.gap.shortTermOnly': {
    de: 'Nur der Bedarf des aktuellen Jahres ist bekannt: Es sind keine mittel- oder langfristigen Verkaufschancen erfasst.',
    en: "Only the current year's demand is known: no medium- or long-term opportunities are recorded.",
  },

  // Maßnahmenplanung über die Zeitachse
  'plan.gap.noPlan': {
    de: 'Kein Maßnahmenplan: Es fehlen Ziele pro Jahr, Verantwortliche und Kapazität.',
    en: 'No action plan: goals per year, owner and capacity are missing.',
  },
  'plan.gap.noGoal': {
    de: 'Kein Umsatzziel für {year} im Maßnahmenplan.',
    en: 'No revenue target for {year} in the action plan.',
  },
  'plan.gap.behindPlan': {
    de: 'Planlücke {year}: Ziel {target}, gewonnen {won}, gewichtete Pipeline {pipeline} – es fehlen {gap}.',
    en: 'Plan gap {year}: target {target}, won {won}, weighted pipeline {pipeline} – {gap} missing.',
  },
  'plan.gap.overdueActions': {
    de: 'Überfällige Maßnahmen: {count} (fällig vor heute, weder erledigt noch abgebrochen).',
    en: 'Overdue actions: {count} (due before today, neither done nor cancelled).',
  },
  'plan.gap.actionsAtRisk': {
    de: 'Gefährdete Maßnahmen: {count} (bald fällig, aber noch nicht weit genug).',
    en: 'Actions at risk: {count} (due soon but not far enough along).',
  },
  'plan.gap.capacityExceeded': {
    de: 'Kapazität {year} überschritten: {planned} Std. geplant, {capacity} Std. verfügbar.',
    en: 'Capacity {year} exceeded: {planned} h planned, {capacity} h available.',
  },

  // Konkrete Projekte analysieren
  'projects.gap.eventDriven': {
    de: 'Ereignisgetrieben: „{deal}“ ({amount}) ist das {multiple}-Fache des Jahresumsatzes {year} ({revenue}) – vor einer Investition bewerten.',
    en: 'Event-driven: “{deal}” ({amount}) is {multiple} times the {year} annual revenue ({revenue}) – assess before investing.',
  },
  'projects.gap.eventDrivenNoRevenue': {
    de: 'Ereignisgetrieben: „{deal}“ ({amount}) bei einem Kunden ohne Umsatz in {year} – vor einer Investition bewerten.',
    en: 'Event-driven: “{deal}” ({amount}) from a customer without revenue in {year} – assess before investing.',
  },
  'projects.gap.decisionOverdue': {
    de: 'Entscheidungstermin überschritten: „{deal}“ sollte am {date} entschieden sein und ist noch offen.',
    en: 'Decision date passed: “{deal}” was due for a decision on {date} and is still open.',
  },
  'projects.gap.resourceHoursMissing': {
    de: 'Interner Ressourcenbedarf für „{deal}“ nicht geschätzt.',
    en: 'Internal resource need for “{deal}” not estimated.',
  },
  'projects.gap.resourcesExceedCapacity': {
    de: 'Offene Projekte brauchen {hours} Std. – mehr als die Jahreskapazität von {capacity} Std.',
    en: 'Open projects need {hours} h – more than the annual capacity of {capacity} h.',
  },

  // Klassischer Verkauf vs. KAM: Aufwand und Ergebnis
  'effort.gap.noHours': {
    de: 'Kein KAM-Aufwand erfasst: Ohne Stunden an erledigten Maßnahmen oder gewonnenen Projekten lässt sich nicht beurteilen, ob sich die Investition lohnt.',
    en: 'No KAM effort recorded: without hours on completed actions or won projects there is no telling whether the investment pays off.',
  },
  'effort.gap.investmentUpMarginDown': {
    de: '{year}: mehr Aufwand ({hours} Std. statt {previousHours} Std.), aber weniger Deckungsbeitrag ({result} statt {previousResult}).',
    en: '{year}: more effort ({hours} h instead of {previousHours} h) but less contribution margin ({result} instead of {previousResult}).',
  },
  'effort.gap.investmentUpRevenueDown': {
    de: '{year}: mehr Aufwand ({hours} Std. statt {previousHours} Std.), aber weniger Umsatz ({result} statt {previousResult}).',
    en: '{year}: more effort ({hours} h instead of {previousHours} h) but less revenue ({result} instead of {previousResult}).',
  },
  'effort.verdict.paysOff': {
    de: 'Die Investition lohnt sich: {year} wuchs das Ergebnis um {growth}, die {hours} Std. kosten {cost}.',
    en: 'The investment pays off: in {year} the result grew by {growth}; the {hours} h cost {cost}.',
  },
  'effort.verdict.notYet': {
    de: 'Noch in der Investitionsphase: {year} wuchs das Ergebnis um {growth}, die {hours} Std. kosten aber {cost}.',
    en: 'Still investing: in {year} the result grew by {growth}, but the {hours} h cost {cost}.',
  },
  'effort.verdict.doesNotPayOff': {
    de: 'Die Investition lohnt sich nicht: {year} wuchs das Ergebnis nicht ({growth}) trotz {hours} Std. Aufwand ({cost}).',
    en: 'The investment does not pay off: in {year} the result did not grow ({growth}) despite {hours} h of effort ({cost}).',
  },
  'effort.verdict.insufficientData': {
    de: 'Noch nicht beurteilbar: Es fehlen zwei volle Jahre Historie mit erfasstem Aufwand.',
    en: 'Not yet assessable: two full years of history with recorded effort are needed.',
  },

  // Aufbauprozess Key Account: checklist items
  'development.item.valueChain': {
    de: 'Wertkette: mindestens {need} Aktivitäten analysiert ({have} erfasst)',
    en: 'Value chain: at least {need} activities analysed ({have} recorded)',
  },
  'development.item.industry': { de: 'Branche bekannt', en: 'Industry known' },
  'development.item.size': {
    de: 'Unternehmensgröße bekannt (Mitarbeitende oder Jahresumsatz)',
    en: 'Company size known (employees or annual revenue)',
  },
  'development.item.orgChart': {
    de: 'Organigramm: mindestens {need} Kontakte über Berichtslinien verbunden ({have} erfasst)',
    en: 'Org chart: at least {need} contacts linked by reporting lines ({have} recorded)',
  },
  'development.item.decider': { de: 'Entscheider identifiziert', en: 'Decider identified' },
  'development.item.deciderNeeds': {
    de: 'Sachliche und emotionale Anforderungen des Entscheiders erfasst',
    en: "Decider's factual and emotional needs recorded",
  },
  'development.item.buyerNeeds': {
    de: 'Sachliche und emotionale Anforderungen des Einkäufers erfasst',
    en: "Buyer's factual and emotional needs recorded",
  },
  'development.item.offer': {
    de: 'Angebot umrissen: Potenziale oder ein offenes Projekt erfasst',
    en: 'Offer outlined: potentials or an open project recorded',
  },
  'development.item.presentation': {
    de: 'Kundenpräsentation gehalten (erledigte Maßnahme „Präsentation“)',
    en: 'Customer presentation held (completed “presentation” action)',
  },
  'development.item.planGoals': {
    de: 'Maßnahmenplan mit Zielen pro Jahr',
    en: 'Action plan with goals per year',
  },
  'development.item.planOwner': {
    de: 'Verantwortliche Person im Maßnahmenplan benannt',
    en: 'Owner named in the action plan',
  },
  'development.gap.aheadOfEvidence': {
    de: 'Aufbaustufe „{recorded}“ ist erfasst, die Daten belegen aber nur „{evidenced}“.',
    en: 'Development stage “{recorded}” is recorded, but the data only support “{evidenced}”.',
  },
  'development.gap.behindEvidence': {
    de: 'Die Daten belegen bereits die Aufbaustufe „{evidenced}“; erfasst ist „{recorded}“.',
    en: 'The data already support development stage “{evidenced}”; “{recorded}” is recorded.',
  },
} as const satisfies Record<string, MessageTemplate>;
