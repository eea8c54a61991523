/** Notes for Porter's value chain (Wertkette) of a customer and where our offer helps. */
import type { PorterActivity } from '../../model/index.js';

export interface ActivityTexts {
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  /** Where our offer helps; mostly answers to the weaknesses. */
  readonly contributions: readonly string[];
}

export const VALUE_CHAIN_TEXTS: Readonly<Record<PorterActivity, ActivityTexts>> = {
  inbound_logistics: {
    strengths: [
      'Eingespielte Just-in-time-Anlieferung mit den Kernlieferanten',
      'Hoch automatisierter Wareneingang',
    ],
    weaknesses: [
      'Wareneingangsprüfung manuell, Rückstau bei Lieferspitzen',
      'Ersatzteilbestände zu hoch und unübersichtlich',
    ],
    contributions: [
      'Konsignationslager für Ersatzteile senkt die Kapitalbindung',
      'Sensorik zur automatischen Bestandsüberwachung',
    ],
  },
  operations: {
    strengths: [
      'Moderne Fertigung mit einer Gesamtanlageneffektivität über 80 %',
      'Hohe Fertigungstiefe mit viel Know-how im Haus',
    ],
    weaknesses: [
      'Ungeplante Stillstände an den Altanlagen',
      'Hoher Energieverbrauch der Antriebe in der Fertigung',
      'Anlagenpark teilweise älter als 20 Jahre',
    ],
    contributions: [
      'Retrofit der Altanlagen mit moderner Antriebstechnik',
      'Zustandsüberwachung senkt ungeplante Stillstände',
      'Energiemonitoring macht Einsparpotenziale je Anlage sichtbar',
    ],
  },
  outbound_logistics: {
    strengths: ['Liefertreue über 95 %', 'Eigener Fuhrpark, flexible Auslieferung'],
    weaknesses: ['Kommissionierung fehleranfällig', 'Verpackungslinie ist Engpass vor dem Versand'],
    contributions: [
      'Bildverarbeitung prüft die Kommissionierung vor dem Versand',
      'Automatisierung der Verpackungslinie',
    ],
  },
  marketing_sales: {
    strengths: ['Starke Marke im DACH-Raum', 'Langjährige Rahmenverträge mit OEM-Kunden'],
    weaknesses: ['Abhängigkeit von wenigen Großkunden', 'Geringer Exportanteil'],
    contributions: [
      'Gemeinsamer Anwenderbericht für die Fachpresse',
      'Auftritt als Referenzkunde auf unserer Hausmesse',
    ],
  },
  service: {
    strengths: ['Eigener Kundendienst mit Rufbereitschaft rund um die Uhr'],
    weaknesses: [
      'Zu wenige Servicetechniker, lange Reaktionszeiten',
      'Keine Ferndiagnose an ausgelieferten Maschinen',
    ],
    contributions: ['Fernwartungsmodul für ausgelieferte Maschinen', 'Schulungen für das Serviceteam'],
  },
  firm_infrastructure: {
    strengths: ['Familienunternehmen mit kurzen Entscheidungswegen'],
    weaknesses: ['ERP-Umstellung bindet Ressourcen', 'Nachfolge in der Geschäftsführung ungeklärt'],
    contributions: ['Rahmenvertrag vereinfacht die Beschaffung und die Buchhaltung'],
  },
  human_resources: {
    strengths: ['Eigene Ausbildungswerkstatt'],
    weaknesses: ['Fachkräftemangel in der Instandhaltung', 'Hohe Fluktuation im Schichtbetrieb'],
    contributions: [
      'Schulungsprogramm für Instandhalter',
      'Wartungsvertrag entlastet das knappe Instandhaltungsteam',
    ],
  },
  technology_development: {
    strengths: ['Eigene Entwicklungsabteilung mit Patenten'],
    weaknesses: [
      'Digitalisierung der Fertigung steht am Anfang',
      'Kaum Erfahrung mit vorausschauender Wartung',
    ],
    contributions: ['Pilotprojekt vorausschauende Wartung', 'Gemeinsame Entwicklung einer Sensorlösung'],
  },
  procurement: {
    strengths: ['Professioneller strategischer Einkauf mit Lieferantenbewertung'],
    weaknesses: [
      'Zentraler Einkauf bündelt fast nur nach Preis',
      'Zu viele Lieferanten für Automatisierungskomponenten',
    ],
    contributions: [
      'Ein Ansprechpartner für Antriebe, Sensorik und Service',
      'Rahmenvertrag mit Preisgleitklausel',
    ],
  },
};
