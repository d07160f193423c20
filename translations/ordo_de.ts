<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BlotterFilterBar</name>
    <message>
        <source>Filter all columns…</source>
        <translation>Alle Spalten filtern…</translation>
    </message>
    <message>
        <source>Rows that contain every word, in any column (Ctrl+F)</source>
        <translation>Zeilen, die jedes Wort in irgendeiner Spalte enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>State: all</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>Show orders in these states</source>
        <translation>Orders in diesen Status zeigen</translation>
    </message>
    <message>
        <source>Show orders on this side</source>
        <translation>Orders dieser Richtung zeigen</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Symbols, separated by commas</source>
        <translation>Symbole, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Accounts, separated by commas</source>
        <translation>Konten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Strategies, separated by commas</source>
        <translation>Strategien, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Venues, separated by commas</source>
        <translation>Handelsplätze, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Traders, separated by commas</source>
        <translation>Händler, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Wieder alles zeigen</translation>
    </message>
</context>
<context>
    <name>FixCockpit</name>
    <message>
        <source>FIX sessions</source>
        <translation>FIX-Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>&amp;Message type:</source>
        <translation>&amp;Nachrichtentyp:</translation>
    </message>
    <message>
        <source>&amp;ClOrdID:</source>
        <translation>&amp;ClOrdID:</translation>
    </message>
    <message>
        <source>part of a ClOrdID</source>
        <translation>Teil einer ClOrdID</translation>
    </message>
    <message>
        <source>&amp;Follow newest</source>
        <translation>&amp;Neuesten folgen</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Set risk limit</source>
        <translation>Risikolimit festlegen</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>S&amp;oft: hold orders for a supervisor instead of rejecting them</source>
        <translation>&amp;Soft-Limit: Orders für einen Supervisor zurückhalten, statt sie abzulehnen</translation>
    </message>
    <message>
        <source>&amp;Remove this limit</source>
        <translation>Dieses Limit &amp;löschen</translation>
    </message>
</context>
<context>
    <name>MassCancelDialog</name>
    <message>
        <source>Mass cancel</source>
        <translation>Massenstornierung</translation>
    </message>
    <message>
        <source>Cancel every working order that matches all of the fields you fill in. Leave a field empty to match any value; leave them all empty to cancel everything.</source>
        <translation>Storniert jede aktive Order, die zu allen ausgefüllten Feldern passt. Ein leeres Feld passt auf jeden Wert; sind alle leer, wird alles storniert.</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>S&amp;trategie:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Handelsplatz:</translation>
    </message>
    <message>
        <source>T&amp;rader:</source>
        <translation>Hän&amp;dler:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OrderTicket</name>
    <message>
        <source>Order ticket</source>
        <translation>Orderticket</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Apply a saved template: how you trade, not what</source>
        <translation>Eine gespeicherte Vorlage anwenden: wie Sie handeln, nicht was</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the ticket as a named template (side, quantity, type, time in force, display, account, strategy, venue)</source>
        <translation>Das Ticket als benannte Vorlage speichern (Seite, Menge, Typ, Gültigkeit, Anzeige, Konto, Strategie, Handelsplatz)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen template</source>
        <translation>Die gewählte Vorlage löschen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Apply the chosen template when the ticket opens and when Escape clears it</source>
        <translation>Die gewählte Vorlage beim Öffnen des Tickets und beim Leeren mit Esc anwenden</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Instrument: completes from the configured ones as you type; Up and Down go through them</source>
        <translation>Instrument: wird beim Tippen aus den konfigurierten ergänzt; Auf und Ab blättern durch sie</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Best bid; click to take it as the limit</source>
        <translation>Bester Geldkurs; klicken, um ihn als Limit zu übernehmen</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Best offer; click to take it as the limit</source>
        <translation>Bester Briefkurs; klicken, um ihn als Limit zu übernehmen</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Leerverkauf</translation>
    </message>
    <message>
        <source>Sell short: needs a locate</source>
        <translation>Leerverkaufen: braucht eine Locate-Zusage</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Eindecken</translation>
    </message>
    <message>
        <source>Buy to cover a short position</source>
        <translation>Eine Short-Position durch Kauf eindecken</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>e.g. 500 or 2k</source>
        <translation>z. B. 500 oder 2k</translation>
    </message>
    <message>
        <source>Units; k and m multiply by a thousand and a million. Up and Down step by one lot.</source>
        <translation>Stück; k und m multiplizieren mit tausend und einer Million. Auf und Ab ändern um ein Lot.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Market, limit, stop, stop-limit, or pegged to the primary venue&apos;s touch, the mid or the far touch</source>
        <translation>Market, Limit, Stop, Stop-Limit oder gekoppelt an den besten Kurs des Heimatmarkts, die Mitte oder die Gegenseite</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Limit price; for a pegged order an optional cap. Up and Down step by one tick.</source>
        <translation>Limitpreis; bei einer Peg-Order eine optionale Obergrenze. Auf und Ab ändern um einen Tick.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Trigger price of a stop or stop-limit order. Up and Down step by one tick.</source>
        <translation>Auslösepreis einer Stop- oder Stop-Limit-Order. Auf und Ab ändern um einen Tick.</translation>
    </message>
    <message>
        <source>Peg offset</source>
        <translation>Peg-Abstand</translation>
    </message>
    <message>
        <source>Added to the pegged price; negative for less aggressive</source>
        <translation>Wird zum gekoppelten Preis addiert; negativ für weniger aggressiv</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Iceberg: the quantity shown at a time; empty shows everything</source>
        <translation>Eisberg: die jeweils gezeigte Menge; leer zeigt alles</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Good till this date and time (local time)</source>
        <translation>Gültig bis zu diesem Datum und dieser Uhrzeit (Ortszeit)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>SMART lets the engine route; or send to one venue</source>
        <translation>SMART überlässt das Routing der Engine; oder an einen Handelsplatz senden</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Versteckt</translation>
    </message>
    <message>
        <source>Rest without showing any quantity</source>
        <translation>Im Buch liegen, ohne Menge zu zeigen</translation>
    </message>
    <message>
        <source>Locate id</source>
        <translation>Locate-ID</translation>
    </message>
    <message>
        <source>the locate the broker granted</source>
        <translation>die Locate-Zusage des Brokers</translation>
    </message>
    <message>
        <source>Short sales need a locate</source>
        <translation>Leerverkäufe brauchen eine Locate-Zusage</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read the configuration %1: %2. The built-in default is used.</source>
        <translation>Die Konfiguration %1 kann nicht gelesen werden: %2. Die integrierte Standardkonfiguration wird verwendet.</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (%2); the built-in default is used</source>
        <translation>kein gültiges JSON an Offset %1 (%2); die integrierte Standardkonfiguration wird verwendet</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object; the built-in default is used</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein; die integrierte Standardkonfiguration wird verwendet</translation>
    </message>
    <message>
        <source>user.name is empty; keeping &apos;%1&apos;</source>
        <translation>user.name ist leer; &apos;%1&apos; wird beibehalten</translation>
    </message>
    <message>
        <source>user.role must be trader, supervisor or analyst; keeping %1</source>
        <translation>user.role muss trader, supervisor oder analyst sein; %1 wird beibehalten</translation>
    </message>
    <message>
        <source>journal.synchronous must be &quot;normal&quot; or &quot;full&quot;</source>
        <translation>journal.synchronous muss &quot;normal&quot; oder &quot;full&quot; sein</translation>
    </message>
    <message>
        <source>defaultVenue is empty; keeping %1</source>
        <translation>defaultVenue ist leer; %1 wird beibehalten</translation>
    </message>
    <message>
        <source>instruments[%1]</source>
        <translation>instruments[%1]</translation>
    </message>
    <message>
        <source>%1: symbol is missing; instrument skipped</source>
        <translation>%1: symbol fehlt; Instrument übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2): tickSize must be a positive decimal; instrument skipped</source>
        <translation>%1 (%2): tickSize muss eine positive Dezimalzahl sein; Instrument übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2): lotSize must be a positive whole number; instrument skipped</source>
        <translation>%1 (%2): lotSize muss eine positive ganze Zahl sein; Instrument übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2): open and close must be HH:mm with open before close; trading all day</source>
        <translation>%1 (%2): open und close müssen das Format HH:mm haben und open muss vor close liegen; Handel ganztägig</translation>
    </message>
    <message>
        <source>%1 (%2): referencePrice must be a positive decimal; instrument skipped</source>
        <translation>%1 (%2): referencePrice muss eine positive Dezimalzahl sein; Instrument übersprungen</translation>
    </message>
    <message>
        <source>no usable instrument in the configuration; keeping the defaults</source>
        <translation>kein verwendbares Instrument in der Konfiguration; die Standardinstrumente werden beibehalten</translation>
    </message>
    <message>
        <source>risk.limits[%1]</source>
        <translation>risk.limits[%1]</translation>
    </message>
    <message>
        <source>%1: unknown check &apos;%2&apos;; limit skipped</source>
        <translation>%1: unbekannte Prüfung &apos;%2&apos;; Limit übersprungen</translation>
    </message>
    <message>
        <source>%1: level must be firm, desk, trader, account, strategy or instrument; limit skipped</source>
        <translation>%1: level muss firm, desk, trader, account, strategy oder instrument sein; Limit übersprungen</translation>
    </message>
    <message>
        <source>%1: a %2 limit needs a name; limit skipped</source>
        <translation>%1: für level %2 muss name angegeben sein; Limit übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2): value must be a non-negative number; limit skipped</source>
        <translation>%1 (%2): value muss eine nicht negative Zahl sein; Limit übersprungen</translation>
    </message>
    <message>
        <source>risk.disabled: unknown check &apos;%1&apos;</source>
        <translation>risk.disabled: unbekannte Prüfung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>risk.parameters.%1 must be a non-negative number</source>
        <translation>risk.parameters.%1 muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>risk.parameters.concentrationFloor must be a non-negative amount</source>
        <translation>risk.parameters.concentrationFloor muss ein nicht negativer Betrag sein</translation>
    </message>
    <message>
        <source>risk must be an object; keeping the default limits</source>
        <translation>risk muss ein Objekt sein; die Standardlimits werden beibehalten</translation>
    </message>
    <message>
        <source>venues[%1]</source>
        <translation>venues[%1]</translation>
    </message>
    <message>
        <source>%1: type must be &quot;fix&quot; or &quot;paper&quot;; venue skipped</source>
        <translation>%1: type muss &quot;fix&quot; oder &quot;paper&quot; sein; Handelsplatz übersprungen</translation>
    </message>
    <message>
        <source>%1: a FIX venue needs name, senderCompId, targetCompId, a port from 1 to 65535 and a positive heartbeatSeconds; venue skipped</source>
        <translation>%1: ein FIX-Handelsplatz braucht name, senderCompId, targetCompId, einen port von 1 bis 65535 und ein positives heartbeatSeconds; Handelsplatz übersprungen</translation>
    </message>
    <message>
        <source>reconciliation must be an object; keeping the defaults</source>
        <translation>reconciliation muss ein Objekt sein; die Vorgaben bleiben</translation>
    </message>
    <message>
        <source>reconciliation.timeoutSeconds must be from 1 to 600; keeping 5</source>
        <translation>reconciliation.timeoutSeconds muss zwischen 1 und 600 liegen; es bleibt bei 5</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>Reconciliation with venues</source>
        <translation>Abgleich mit den Handelsplätzen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Orders checked</source>
        <translation>Geprüfte Orders</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Erhaltene Meldungen</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>ClOrdID</source>
        <translation>ClOrdID</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Ordo filled</source>
        <translation>Ausgeführt laut Ordo</translation>
    </message>
    <message>
        <source>Venue filled</source>
        <translation>Ausgeführt laut Handelsplatz</translation>
    </message>
    <message>
        <source>What was found and done</source>
        <translation>Befund und Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Acknowledge and resume trading</source>
        <translation>&amp;Bestätigen und Handel fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Cancel/replace order</source>
        <translation>Order ändern (Cancel/Replace)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>&amp;Limit price</source>
        <translation>&amp;Limitkurs</translation>
    </message>
    <message>
        <source>St&amp;op price</source>
        <translation>St&amp;oppkurs</translation>
    </message>
    <message>
        <source>&amp;Display quantity</source>
        <translation>&amp;Sichtbare Menge</translation>
    </message>
    <message>
        <source>0: show the whole quantity</source>
        <translation>0: die ganze Menge zeigen</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Utilisation updates with every fill and price move.</source>
        <translation>Die Auslastung wird bei jeder Ausführung und jeder Kursbewegung aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Set limit…</source>
        <translation>&amp;Limit festlegen…</translation>
    </message>
    <message>
        <source>Held orders</source>
        <translation>Zurückgehaltene Orders</translation>
    </message>
    <message>
        <source>Orders held by a soft limit wait for a second person: a supervisor who did not enter them.</source>
        <translation>Von einem Soft-Limit zurückgehaltene Orders warten auf eine zweite Person: einen Supervisor, der sie nicht selbst erfasst hat.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Restricted list</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Re&amp;strict</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ordo order and execution management system</source>
        <translation>Ordo – Order- und Ausführungsmanagementsystem</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>Konfigurationsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>Journal database (default %1).</source>
        <translation>Journal-Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Log in as this user.</source>
        <translation>Als dieser Benutzer anmelden.</translation>
    </message>
    <message>
        <source>Role: trader, supervisor or analyst.</source>
        <translation>Rolle: trader, supervisor oder analyst.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to this PNG after a few seconds, then quit.</source>
        <translation>Nach einigen Sekunden einen Screenshot des Hauptfensters in dieser PNG-Datei speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; using the configured role.</source>
        <translation>Unbekannte Rolle &apos;%1&apos;; die konfigurierte Rolle wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ordo::AlertModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ordo::BlotterFilterBar</name>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Working (not finished)</source>
        <translation>Offen (nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>Done (filled, cancelled, expired, rejected)</source>
        <translation>Erledigt (ausgeführt, storniert, abgelaufen, abgelehnt)</translation>
    </message>
    <message>
        <source>All sides</source>
        <translation>Alle Richtungen</translation>
    </message>
    <message>
        <source>Buys (buy, cover)</source>
        <translation>Käufe (Kauf, Eindeckung)</translation>
    </message>
    <message>
        <source>Sells (sell, short)</source>
        <translation>Verkäufe (Verkauf, Leerverkauf)</translation>
    </message>
    <message>
        <source>State: all</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>State: working</source>
        <translation>Status: offen</translation>
    </message>
    <message>
        <source>State: done</source>
        <translation>Status: erledigt</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>State: %n chosen</source>
        <translation>
            <numerusform>Status: %n gewählt</numerusform>
            <numerusform>Status: %n gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::BlotterView</name>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ordo::EngineHost</name>
    <message>
        <source>Modify</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Mass cancel</source>
        <translation>Massenstorno</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Kill-Switch</translation>
    </message>
    <message>
        <source>Reducing</source>
        <translation>Reduzierung</translation>
    </message>
    <message>
        <source>Re-arm</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Flatten</source>
        <translation>Glattstellung</translation>
    </message>
    <message>
        <source>Risk limit</source>
        <translation>Risikolimit</translation>
    </message>
    <message>
        <source>Risk check</source>
        <translation>Risikoprüfung</translation>
    </message>
    <message>
        <source>Restricted list</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Order-Freigabe</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Order-Ablehnung</translation>
    </message>
    <message>
        <source>Acknowledge reconciliation</source>
        <translation>Abgleich bestätigen</translation>
    </message>
</context>
<context>
    <name>ordo::EngineWorker</name>
    <message>
        <source>FIX session %1 dropped: %2. Orders to it are refused until it logs on again and is reconciled.</source>
        <translation>FIX-Sitzung %1 abgebrochen: %2. Orders dorthin werden abgelehnt, bis sie wieder angemeldet und abgeglichen ist.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>ordo::ExecutionBlotter</name>
    <message>
        <source>E&amp;xport executions to CSV…</source>
        <translation>Ausführungen als CSV e&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n execution row(s) written to %1</source>
        <translation>
            <numerusform>%n Ausführung nach %1 geschrieben</numerusform>
            <numerusform>%n Ausführungen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 executions</source>
        <translation>%1 Ausführungen</translation>
    </message>
    <message>
        <source>%1 of %2 executions</source>
        <translation>%1 von %2 Ausführungen</translation>
    </message>
</context>
<context>
    <name>ordo::ExecutionModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entnommen</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Auktion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Exec ID</source>
        <translation>Ausführungs-ID</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>Kurswert</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidität</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>%1 (busted)</source>
        <translation>%1 (storniert vom Handelsplatz)</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (korrigiert)</translation>
    </message>
</context>
<context>
    <name>ordo::FixCockpit</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>(malformed)</source>
        <translation>(fehlerhaft)</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source> (%1 older dropped)</source>
        <translation> (%1 ältere verworfen)</translation>
    </message>
</context>
<context>
    <name>ordo::HeaderSettings</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten zeigen</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ordo::LadderModel</name>
    <message>
        <source>Your working buy orders at %1</source>
        <translation>Ihre offenen Kauforders zu %1</translation>
    </message>
    <message>
        <source>Your working sell orders at %1</source>
        <translation>Ihre offenen Verkaufsorders zu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working buy order(s) at %1, %2 open</source>
        <translation>
            <numerusform>%n offene Kauforder zu %1, %2 offen</numerusform>
            <numerusform>%n offene Kauforders zu %1, %2 offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working sell order(s) at %1, %2 open</source>
        <translation>
            <numerusform>%n offene Verkaufsorder zu %1, %2 offen</numerusform>
            <numerusform>%n offene Verkaufsorders zu %1, %2 offen</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 ahead in the queue (estimated from the book and trades at this price)</source>
        <translation>Etwa %1 vor Ihnen in der Warteschlange (geschätzt aus Orderbuch und Umsätzen zu diesem Preis)</translation>
    </message>
    <message>
        <source>Click: cancel. Drag to another price: move. Shift+click: set the open quantity to the working size.</source>
        <translation>Klick: stornieren. Auf einen anderen Preis ziehen: verschieben. Umschalt+Klick: offene Menge auf die Arbeitsgröße setzen.</translation>
    </message>
    <message numerus="yes">
        <source>Bid %1 in %n order(s) across venues. Click to buy at %2.</source>
        <translation>
            <numerusform>Geld %1 in %n Order über alle Handelsplätze. Klicken, um zu %2 zu kaufen.</numerusform>
            <numerusform>Geld %1 in %n Orders über alle Handelsplätze. Klicken, um zu %2 zu kaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to buy at %1.</source>
        <translation>Klicken, um zu %1 zu kaufen.</translation>
    </message>
    <message numerus="yes">
        <source>Offered %1 in %n order(s) across venues. Click to sell at %2.</source>
        <translation>
            <numerusform>Brief %1 in %n Order über alle Handelsplätze. Klicken, um zu %2 zu verkaufen.</numerusform>
            <numerusform>Brief %1 in %n Orders über alle Handelsplätze. Klicken, um zu %2 zu verkaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to sell at %1.</source>
        <translation>Klicken, um zu %1 zu verkaufen.</translation>
    </message>
    <message>
        <source>Last trade %1 at %2, a buyer took the offer</source>
        <translation>Letzter Umsatz %1 zu %2, ein Käufer hat den Brief genommen</translation>
    </message>
    <message>
        <source>Last trade %1 at %2, a seller hit the bid</source>
        <translation>Letzter Umsatz %1 zu %2, ein Verkäufer hat ins Geld gegeben</translation>
    </message>
    <message>
        <source>Last trade %1 at %2</source>
        <translation>Letzter Umsatz %1 zu %2</translation>
    </message>
    <message>
        <source>Session high</source>
        <translation>Tageshoch</translation>
    </message>
    <message>
        <source>Session low</source>
        <translation>Tagestief</translation>
    </message>
    <message>
        <source>Size of the last trade, at %1</source>
        <translation>Größe des letzten Umsatzes, zu %1</translation>
    </message>
    <message>
        <source>%1 traded at %2 this session</source>
        <translation>%1 heute zu %2 gehandelt</translation>
    </message>
    <message>
        <source>Buys</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Sells</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Your working buy orders, with the estimated quantity ahead of them in the queue</source>
        <translation>Ihre offenen Kauforders, mit der geschätzten Menge vor ihnen in der Warteschlange</translation>
    </message>
    <message>
        <source>Bid quantity across venues (number of orders); click to buy</source>
        <translation>Geldmenge über alle Handelsplätze (Anzahl Orders); ein Klick kauft</translation>
    </message>
    <message>
        <source>Price; the last trade, session high and low are marked</source>
        <translation>Preis; letzter Umsatz, Tageshoch und Tagestief sind markiert</translation>
    </message>
    <message>
        <source>Offered quantity across venues (number of orders); click to sell</source>
        <translation>Briefmenge über alle Handelsplätze (Anzahl Orders); ein Klick verkauft</translation>
    </message>
    <message>
        <source>Your working sell orders, with the estimated quantity ahead of them in the queue</source>
        <translation>Ihre offenen Verkaufsorders, mit der geschätzten Menge vor ihnen in der Warteschlange</translation>
    </message>
    <message>
        <source>Size of the last trade</source>
        <translation>Größe des letzten Umsatzes</translation>
    </message>
    <message>
        <source>Volume traded at each price this session</source>
        <translation>Heute gehandeltes Volumen je Preis</translation>
    </message>
</context>
<context>
    <name>ordo::LadderWidget</name>
    <message>
        <source>Scrolled away from the market: Space re-centres.</source>
        <translation>Vom Markt weggescrollt: die Leertaste zentriert wieder.</translation>
    </message>
    <message>
        <source>Instrument of this ladder</source>
        <translation>Instrument dieser Preisleiter</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Follow the instrument chosen in the blotter or the positions</source>
        <translation>Dem im Blotter oder in den Positionen gewählten Instrument folgen</translation>
    </message>
    <message>
        <source>Working size %1 (key %2)</source>
        <translation>Arbeitsgröße %1 (Taste %2)</translation>
    </message>
    <message>
        <source>Working size: the quantity of every order this ladder sends</source>
        <translation>Arbeitsgröße: die Menge jeder Order, die diese Preisleiter sendet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account the ladder&apos;s orders are for; its position is shown above</source>
        <translation>Konto der Orders dieser Preisleiter; seine Position steht oben</translation>
    </message>
    <message>
        <source>Join bid (B)</source>
        <translation>Ans Geld (B)</translation>
    </message>
    <message>
        <source>Buy the working size at the best bid</source>
        <translation>Die Arbeitsgröße zum besten Geldkurs kaufen</translation>
    </message>
    <message>
        <source>Centre (Space)</source>
        <translation>Zentrieren (Leertaste)</translation>
    </message>
    <message>
        <source>Put the inside market in the middle</source>
        <translation>Den inneren Markt in die Mitte setzen</translation>
    </message>
    <message>
        <source>Join offer (A)</source>
        <translation>An den Brief (A)</translation>
    </message>
    <message>
        <source>Sell the working size at the best offer</source>
        <translation>Die Arbeitsgröße zum besten Briefkurs verkaufen</translation>
    </message>
    <message>
        <source>Cancel all (Esc)</source>
        <translation>Alle stornieren (Esc)</translation>
    </message>
    <message>
        <source>Cancel all your working orders on this instrument</source>
        <translation>Alle Ihre offenen Orders in diesem Instrument stornieren</translation>
    </message>
    <message>
        <source>%1 is not a configured instrument.</source>
        <translation>%1 ist kein konfiguriertes Instrument.</translation>
    </message>
    <message>
        <source>Working size %1.</source>
        <translation>Arbeitsgröße %1.</translation>
    </message>
    <message>
        <source>Centred on the inside market.</source>
        <translation>Auf den inneren Markt zentriert.</translation>
    </message>
    <message>
        <source>Analysts cannot trade.</source>
        <translation>Analysten können nicht handeln.</translation>
    </message>
    <message>
        <source>No instrument.</source>
        <translation>Kein Instrument.</translation>
    </message>
    <message>
        <source>The working size %1 is not a multiple of the lot size %2.</source>
        <translation>Die Arbeitsgröße %1 ist kein Vielfaches der Lotgröße %2.</translation>
    </message>
    <message>
        <source>Enter an account first.</source>
        <translation>Bitte zuerst ein Konto eingeben.</translation>
    </message>
    <message>
        <source>Buy %1 %2 at %3 sent.</source>
        <translation>Kauf %1 %2 zu %3 gesendet.</translation>
    </message>
    <message>
        <source>Sell %1 %2 at %3 sent.</source>
        <translation>Verkauf %1 %2 zu %3 gesendet.</translation>
    </message>
    <message>
        <source>Held for a supervisor: %1</source>
        <translation>Für einen Supervisor zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel sent for %n order(s) at %1.</source>
        <translation>
            <numerusform>Storno für %n Order zu %1 gesendet.</numerusform>
            <numerusform>Storno für %n Orders zu %1 gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n order(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Order wird von %1 nach %2 verschoben</numerusform>
            <numerusform>%n Orders werden von %1 nach %2 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: keeps queue priority.</source>
        <translation>%1: behält die Priorität in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1: loses queue priority (a new price joins the back of the queue).</source>
        <translation>%1: verliert die Priorität in der Warteschlange (ein neuer Preis reiht sich hinten ein).</translation>
    </message>
    <message>
        <source>The orders at %1 already have %2 open.</source>
        <translation>Die Orders zu %1 haben bereits %2 offen.</translation>
    </message>
    <message numerus="yes">
        <source>Open quantity of %n order(s) at %1 set to %2</source>
        <translation>
            <numerusform>Offene Menge von %n Order zu %1 auf %2 gesetzt</numerusform>
            <numerusform>Offene Menge von %n Orders zu %1 auf %2 gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: keeps queue priority (a smaller order keeps its place).</source>
        <translation>%1: behält die Priorität in der Warteschlange (eine kleinere Order behält ihren Platz).</translation>
    </message>
    <message>
        <source>%1: loses queue priority (a larger order joins the back of the queue).</source>
        <translation>%1: verliert die Priorität in der Warteschlange (eine größere Order reiht sich hinten ein).</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s) at %1</source>
        <translation>
            <numerusform>%n Order zu %1 stornieren</numerusform>
            <numerusform>%n Orders zu %1 stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the open quantity to %1</source>
        <translation>Offene Menge auf %1 setzen</translation>
    </message>
    <message>
        <source>Cancel sent for all your orders on %1.</source>
        <translation>Storno für alle Ihre Orders in %1 gesendet.</translation>
    </message>
    <message>
        <source>There is no bid to join.</source>
        <translation>Es gibt keinen Geldkurs, an den man sich stellen kann.</translation>
    </message>
    <message>
        <source>There is no offer to join.</source>
        <translation>Es gibt keinen Briefkurs, an den man sich stellen kann.</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Keine Position</translation>
    </message>
    <message>
        <source>P&amp;L %1</source>
        <translation>G&amp;V %1</translation>
    </message>
    <message>
        <source>Position %1 @ %2</source>
        <translation>Position %1 @ %2</translation>
    </message>
    <message>
        <source>Realised %1, unrealised %2, fees %3</source>
        <translation>Realisiert %1, unrealisiert %2, Gebühren %3</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzter %1</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volumen %1</translation>
    </message>
</context>
<context>
    <name>ordo::LimitDialog</name>
    <message>
        <source>Firm</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>amount, e.g. 1000000</source>
        <translation>Betrag, z. B. 1000000</translation>
    </message>
    <message>
        <source>percent, e.g. 5</source>
        <translation>Prozent, z. B. 5</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>Name the desk, trader, account, strategy or symbol the limit applies to.</source>
        <translation>Geben Sie an, wofür das Limit gilt: Desk, Händler, Konto, Strategie oder Symbol.</translation>
    </message>
    <message>
        <source>The value must be a number of zero or more.</source>
        <translation>Der Wert muss eine Zahl größer oder gleich null sein.</translation>
    </message>
    <message>
        <source>The value must be a whole number.</source>
        <translation>Der Wert muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>ordo::LimitModel</name>
    <message>
        <source>Max order quantity</source>
        <translation>Max. Ordermenge</translation>
    </message>
    <message>
        <source>Max order notional</source>
        <translation>Max. Ordergegenwert</translation>
    </message>
    <message>
        <source>Price collar</source>
        <translation>Preiskorridor</translation>
    </message>
    <message>
        <source>Max long position</source>
        <translation>Max. Long-Position</translation>
    </message>
    <message>
        <source>Max short position</source>
        <translation>Max. Short-Position</translation>
    </message>
    <message>
        <source>Gross exposure</source>
        <translation>Brutto-Exposure</translation>
    </message>
    <message>
        <source>Net exposure</source>
        <translation>Netto-Exposure</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>Daily volume</source>
        <translation>Tagesvolumen</translation>
    </message>
    <message>
        <source>Daily notional</source>
        <translation>Tagesgegenwert</translation>
    </message>
    <message>
        <source>Daily orders</source>
        <translation>Orders pro Tag</translation>
    </message>
    <message>
        <source>Daily fills</source>
        <translation>Ausführungen pro Tag</translation>
    </message>
    <message>
        <source>Buying power</source>
        <translation>Kaufkraft</translation>
    </message>
    <message>
        <source>Restricted list</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Short sale locate</source>
        <translation>Locate für Leerverkäufe</translation>
    </message>
    <message>
        <source>Trading hours and phase</source>
        <translation>Handelszeiten und -phase</translation>
    </message>
    <message>
        <source>Duplicate orders</source>
        <translation>Doppelte Orders</translation>
    </message>
    <message>
        <source>Order rate</source>
        <translation>Orderrate</translation>
    </message>
    <message>
        <source>Daily loss</source>
        <translation>Tagesverlust</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Volatilitätsunterbrechung</translation>
    </message>
    <message>
        <source>per order</source>
        <translation>pro Order</translation>
    </message>
    <message>
        <source>soft (hold)</source>
        <translation>Soft (zurückhalten)</translation>
    </message>
    <message>
        <source>hard (reject)</source>
        <translation>Hard (ablehnen)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ordo::MainWindow</name>
    <message>
        <source>Ordo — %1</source>
        <translation>Ordo — %1</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Trading: starting</source>
        <translation>Handel: wird gestartet</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>trader</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Order rejected: %1</source>
        <translation>Order abgelehnt: %1</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Neue Order…</translation>
    </message>
    <message>
        <source>KILL SWITCH</source>
        <translation>KILL-SWITCH</translation>
    </message>
    <message>
        <source>Cancel every working order on every venue and block new orders</source>
        <translation>Alle offenen Orders an allen Handelsplätzen stornieren und neue Orders sperren</translation>
    </message>
    <message>
        <source>Re-arm</source>
        <translation>Wieder freigeben</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisor</translation>
    </message>
    <message>
        <source>Trading: active</source>
        <translation>Handel: aktiv</translation>
    </message>
    <message>
        <source>No journal: nothing is kept after exit</source>
        <translation>Kein Journal: Nach dem Beenden wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Journal: %1 records replayed in %2 ms</source>
        <translation>Journal: %1 Datensätze in %2 ms eingespielt</translation>
    </message>
    <message>
        <source>Ordo started with problems</source>
        <translation>Ordo wurde mit Problemen gestartet</translation>
    </message>
    <message>
        <source>Ordo is running, but some input was damaged or invalid:</source>
        <translation>Ordo läuft, aber einige Eingabedaten waren beschädigt oder ungültig:</translation>
    </message>
    <message>
        <source>HALTED %1 (%2, %3 cancels sent, %4 failed, %5 still working)</source>
        <translation>GESPERRT %1 (%2, %3 Stornos gesendet, %4 fehlgeschlagen, %5 noch offen)</translation>
    </message>
    <message>
        <source>REDUCING %1</source>
        <translation>NUR REDUZIERUNG %1</translation>
    </message>
    <message>
        <source>Trading: %1</source>
        <translation>Handel: %1</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Kill-Switch</translation>
    </message>
    <message>
        <source>Re-arm trading</source>
        <translation>Handel wieder freigeben</translation>
    </message>
    <message>
        <source>Allow new orders again for everyone?</source>
        <translation>Neue Orders wieder für alle zulassen?</translation>
    </message>
    <message>
        <source>Orders: %1, working: %2</source>
        <translation>Orders: %1, offen: %2</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Order %1 is held: %2</source>
        <translation>Order %1 wird zurückgehalten: %2</translation>
    </message>
    <message>
        <source>logged on</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>FIX session %1 is down: %2</source>
        <translation>FIX-Sitzung %1 ist getrennt: %2</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Orderticket</translation>
    </message>
    <message>
        <source>Open &amp;ladder</source>
        <translation>&amp;Preisleiter öffnen</translation>
    </message>
    <message>
        <source>Open a depth ladder for the instrument chosen in the blotter or positions</source>
        <translation>Eine Preisleiter für das im Blotter oder in den Positionen gewählte Instrument öffnen</translation>
    </message>
    <message>
        <source>&amp;Ladder</source>
        <translation>P&amp;reisleiter</translation>
    </message>
    <message>
        <source>Open ladder &amp;for</source>
        <translation>Preisleiter ö&amp;ffnen für</translation>
    </message>
    <message>
        <source>Ladder %1</source>
        <translation>Preisleiter %1</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>FIX sessions</source>
        <translation>FIX-Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Reconciliation reports…</source>
        <translation>&amp;Abgleichsberichte…</translation>
    </message>
    <message>
        <source>Mass cancel refused: %1</source>
        <translation>Massenstornierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Mass cancel: %1 order(s) matched, %2 cancel(s) sent</source>
        <translation>Massenstornierung: %1 Order(s) passend, %2 Stornierung(en) gesendet</translation>
    </message>
    <message>
        <source>&amp;Mass cancel…</source>
        <translation>&amp;Massenstornierung…</translation>
    </message>
    <message>
        <source>Cancel working orders by symbol, side, account, strategy, venue or trader</source>
        <translation>Aktive Orders nach Symbol, Seite, Konto, Strategie, Handelsplatz oder Händler stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Kill switch: %n order(s) cancelled; nothing is working. New orders stay blocked until a supervisor re-arms trading.</source>
        <translation>
            <numerusform>Not-Aus: %n Order storniert; nichts ist mehr aktiv. Neue Orders bleiben gesperrt, bis ein Supervisor den Handel wieder freigibt.</numerusform>
            <numerusform>Not-Aus: %n Orders storniert; nichts ist mehr aktiv. Neue Orders bleiben gesperrt, bis ein Supervisor den Handel wieder freigibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill switch: %1 cancel(s) sent, %2 order(s) failed to cancel after retries and %3 still working: check them in the blotter and with the venue.</source>
        <translation>Not-Aus: %1 Stornierung(en) gesendet, %2 Order(s) trotz Wiederholung nicht storniert und %3 noch aktiv: bitte im Blotter und beim Handelsplatz prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel every working order on every venue (%n working now) and block all new orders until a supervisor re-arms trading?</source>
        <translation>
            <numerusform>Jede aktive Order an jedem Handelsplatz stornieren (%n ist jetzt aktiv) und alle neuen Orders sperren, bis ein Supervisor den Handel wieder freigibt?</numerusform>
            <numerusform>Jede aktive Order an jedem Handelsplatz stornieren (%n sind jetzt aktiv) und alle neuen Orders sperren, bis ein Supervisor den Handel wieder freigibt?</numerusform>
        </translation>
    </message>
    <message>
        <source>report to acknowledge</source>
        <translation>Bericht zu bestätigen</translation>
    </message>
    <message>
        <source>reconciling</source>
        <translation>Abgleich läuft</translation>
    </message>
    <message>
        <source>%1: %2, %3 ms</source>
        <translation>%1: %2, %3 ms</translation>
    </message>
</context>
<context>
    <name>ordo::MassCancelDialog</name>
    <message>
        <source>Any side</source>
        <translation>Jede Seite</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Leerverkauf</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Eindeckung</translation>
    </message>
    <message numerus="yes">
        <source>Cancel all %n working order(s)?</source>
        <translation>
            <numerusform>Die %n aktive Order stornieren?</numerusform>
            <numerusform>Alle %n aktiven Orders stornieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n matching working order(s)?</source>
        <translation>
            <numerusform>Die %n passende aktive Order stornieren?</numerusform>
            <numerusform>Die %n passenden aktiven Orders stornieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mass cancel</source>
        <translation>Massenstornierung</translation>
    </message>
    <message numerus="yes">
        <source>%n working order(s) match.</source>
        <translation>
            <numerusform>%n aktive Order passt.</numerusform>
            <numerusform>%n aktive Orders passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No working order matches: nothing to cancel.</source>
        <translation>Keine aktive Order passt: nichts zu stornieren.</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n order(s)</source>
        <translation>
            <numerusform>%n Order stornieren</numerusform>
            <numerusform>%n Orders stornieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::OrderBlotter</name>
    <message>
        <source>&amp;Cancel selected</source>
        <translation>Ausgewählte &amp;stornieren</translation>
    </message>
    <message>
        <source>&amp;Modify (cancel/replace)…</source>
        <translation>&amp;Ändern (Cancel/Replace)…</translation>
    </message>
    <message>
        <source>&amp;Export orders to CSV…</source>
        <translation>Orders als CSV &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n order row(s) written to %1</source>
        <translation>
            <numerusform>%n Order nach %1 geschrieben</numerusform>
            <numerusform>%n Orders nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Nothing to cancel: the selected orders are finished or already being cancelled.</source>
        <translation>Nichts zu stornieren: Die ausgewählten Orders sind erledigt oder werden schon storniert.</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Orders stornieren</translation>
    </message>
    <message>
        <source>Cancel %1 working orders?</source>
        <translation>%1 offene Orders stornieren?</translation>
    </message>
    <message>
        <source>Each is cancelled at its venue; whatever fills before the cancel arrives stays filled.</source>
        <translation>Jede wird an ihrem Handelsplatz storniert; was vor dem Storno ausgeführt wird, bleibt ausgeführt.</translation>
    </message>
    <message>
        <source>Cancel %1 orders</source>
        <translation>%1 Orders stornieren</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>Cancel sent for %n order(s); %1 finished or pending skipped.</source>
        <translation>
            <numerusform>Storno für %n Order gesendet; %1 erledigte oder ausstehende übersprungen.</numerusform>
            <numerusform>Storno für %n Orders gesendet; %1 erledigte oder ausstehende übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel sent for %n order(s).</source>
        <translation>
            <numerusform>Storno für %n Order gesendet.</numerusform>
            <numerusform>Storno für %n Orders gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace sent for order %1.</source>
        <translation>Änderung für Order %1 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Cancel %n selected orders</source>
        <translation>
            <numerusform>%n ausgewählte Order &amp;stornieren</numerusform>
            <numerusform>%n ausgewählte Orders &amp;stornieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 Orders</translation>
    </message>
    <message>
        <source>%1 of %2 orders</source>
        <translation>%1 von %2 Orders</translation>
    </message>
</context>
<context>
    <name>ordo::OrderModel</name>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Pending risk</source>
        <translation>In Risikoprüfung</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pending new</source>
        <translation>Platzierung ausstehend</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation>Teilausgeführt</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Pending cancel</source>
        <translation>Storno ausstehend</translation>
    </message>
    <message>
        <source>Pending replace</source>
        <translation>Änderung ausstehend</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Leerverkauf</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Eindeckung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>TIF</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Restmenge</translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation>Ø-Kurs</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Trader</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>ClOrdID</source>
        <translation>ClOrdID</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Mutterorder</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ordo::OrderTicket</name>
    <message>
        <source>Buy (%1: buy and send)</source>
        <translation>Kauf (%1: kaufen und senden)</translation>
    </message>
    <message>
        <source>Sell (%1: sell and send)</source>
        <translation>Verkauf (%1: verkaufen und senden)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <source>Peg primary</source>
        <translation>Peg Heimatmarkt</translation>
    </message>
    <message>
        <source>Peg mid</source>
        <translation>Peg Mitte</translation>
    </message>
    <message>
        <source>Peg market</source>
        <translation>Peg Gegenseite</translation>
    </message>
    <message>
        <source>Until the end of the trading day</source>
        <translation>Bis zum Ende des Handelstags</translation>
    </message>
    <message>
        <source>Good till cancelled</source>
        <translation>Gültig bis auf Widerruf</translation>
    </message>
    <message>
        <source>Immediate or cancel: what does not fill at once is cancelled</source>
        <translation>Sofort oder streichen: was nicht sofort ausgeführt wird, wird gestrichen</translation>
    </message>
    <message>
        <source>Fill or kill: all at once or nothing</source>
        <translation>Alles oder nichts, sofort</translation>
    </message>
    <message>
        <source>Good till the date and time given</source>
        <translation>Gültig bis zum angegebenen Datum und zur Uhrzeit</translation>
    </message>
    <message>
        <source>At the opening auction</source>
        <translation>In der Eröffnungsauktion</translation>
    </message>
    <message>
        <source>At the closing auction</source>
        <translation>In der Schlussauktion</translation>
    </message>
    <message>
        <source>Buy and send</source>
        <translation>Kaufen und senden</translation>
    </message>
    <message>
        <source>Sell and send</source>
        <translation>Verkaufen und senden</translation>
    </message>
    <message>
        <source>Enter sends · %1 buy and send · %2 sell and send · Esc clears</source>
        <translation>Eingabe sendet · %1 kaufen und senden · %2 verkaufen und senden · Esc leert</translation>
    </message>
    <message>
        <source>Send the order (Enter)</source>
        <translation>Die Order senden (Eingabe)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template (side, quantity, type, time in force, display, account, strategy, venue):</source>
        <translation>Name der Vorlage (Seite, Menge, Typ, Gültigkeit, Anzeige, Konto, Strategie, Handelsplatz):</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Sell short</source>
        <translation>Leerverkaufen</translation>
    </message>
    <message>
        <source>Buy to cover</source>
        <translation>Eindecken</translation>
    </message>
    <message>
        <source>%1  (Enter)</source>
        <translation>%1  (Eingabe)</translation>
    </message>
    <message>
        <source>pegged to the primary touch</source>
        <translation>gekoppelt an den besten Kurs des Heimatmarkts</translation>
    </message>
    <message>
        <source>pegged to the mid</source>
        <translation>gekoppelt an die Mitte</translation>
    </message>
    <message>
        <source>pegged to the far touch</source>
        <translation>gekoppelt an die Gegenseite</translation>
    </message>
    <message>
        <source>%1, cap %2</source>
        <translation>%1, Obergrenze %2</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>bestens</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <source>stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>stop %1 limit %2</source>
        <translation>Stop %1 Limit %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>showing %1</source>
        <translation>zeigt %1</translation>
    </message>
    <message>
        <source>GTD %1</source>
        <translation>GTD %1</translation>
    </message>
    <message>
        <source>lot %1 · tick %2 · %3</source>
        <translation>Lot %1 · Tick %2 · %3</translation>
    </message>
    <message>
        <source>%1 —</source>
        <translation>%1 —</translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzter %1</translation>
    </message>
    <message>
        <source>Ref %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <source>Ref is the reference price the price collar is measured from</source>
        <translation>Ref. ist der Referenzpreis, an dem der Preiskorridor gemessen wird</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Keine Position</translation>
    </message>
    <message>
        <source>Position &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</source>
        <translation>Position &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Built-in defaults</source>
        <translation>Eingebaute Standardwerte</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>Vorlage %1 gespeichert.</translation>
    </message>
    <message>
        <source>Template %1 deleted.</source>
        <translation>Vorlage %1 gelöscht.</translation>
    </message>
    <message>
        <source>Accepted as order %1.</source>
        <translation>Als Order %1 angenommen.</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Order %1: %2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Order %1 is on its way to %2.</source>
        <translation>Order %1 ist unterwegs zu %2.</translation>
    </message>
    <message>
        <source>Order %1 is held for a supervisor: %2</source>
        <translation>Order %1 wartet auf einen Supervisor: %2</translation>
    </message>
    <message>
        <source>Order %1 is working on %2, nothing filled yet.</source>
        <translation>Order %1 liegt bei %2, noch nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Order %1: %2 of %3 filled at %4 on average.</source>
        <translation>Order %1: %2 von %3 ausgeführt, im Schnitt zu %4.</translation>
    </message>
    <message>
        <source>Order %1 filled: %2 at %3.</source>
        <translation>Order %1 ausgeführt: %2 zu %3.</translation>
    </message>
    <message>
        <source>Order %1 rejected: %2</source>
        <translation>Order %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Order %1 cancelled, %2 of %3 filled.</source>
        <translation>Order %1 gestrichen, %2 von %3 ausgeführt.</translation>
    </message>
    <message>
        <source>Order %1 expired, %2 of %3 filled.</source>
        <translation>Order %1 abgelaufen, %2 von %3 ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ordo::PositionBlotter</name>
    <message>
        <source>Export &amp;positions to CSV…</source>
        <translation>&amp;Positionen als CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n position row(s) written to %1</source>
        <translation>
            <numerusform>%n Position nach %1 geschrieben</numerusform>
            <numerusform>%n Positionen nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ordo::PositionModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Avg price</source>
        <translation>Ø-Kurs</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Bewertungskurs</translation>
    </message>
    <message>
        <source>Realized P&amp;L</source>
        <translation>Realisierter G&amp;V</translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation>Unrealisierter G&amp;V</translation>
    </message>
    <message>
        <source>Total P&amp;L</source>
        <translation>G&amp;V gesamt</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Working buy</source>
        <translation>Offene Käufe</translation>
    </message>
    <message>
        <source>Working sell</source>
        <translation>Offene Verkäufe</translation>
    </message>
</context>
<context>
    <name>ordo::ReconciliationDialog</name>
    <message>
        <source>Venue holds an order Ordo does not know</source>
        <translation>Handelsplatz hat eine Order, die Ordo nicht kennt</translation>
    </message>
    <message>
        <source>Missed fill</source>
        <translation>Verpasste Ausführung</translation>
    </message>
    <message>
        <source>Closed at the venue</source>
        <translation>Beim Handelsplatz beendet</translation>
    </message>
    <message>
        <source>Venue does not know the order</source>
        <translation>Handelsplatz kennt die Order nicht</translation>
    </message>
    <message>
        <source>No answer from the venue</source>
        <translation>Keine Antwort vom Handelsplatz</translation>
    </message>
    <message>
        <source>Venue reports fewer fills</source>
        <translation>Handelsplatz meldet weniger Ausführungen</translation>
    </message>
    <message>
        <source>asking for all orders</source>
        <translation>fragt nach allen Orders</translation>
    </message>
    <message>
        <source>asking order by order</source>
        <translation>fragt Order für Order</translation>
    </message>
    <message>
        <source>waiting for acknowledgement</source>
        <translation>wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Analysts may read reports; a trader or supervisor acknowledges them</source>
        <translation>Analysten dürfen Berichte lesen; bestätigen muss sie ein Händler oder Supervisor</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) wait for acknowledgement: new orders to those venues are held until you have read the differences below and acknowledged them.</source>
        <translation>
            <numerusform>%n Bericht wartet auf Bestätigung: neue Orders an diesen Handelsplatz werden zurückgehalten, bis Sie die Abweichungen unten gelesen und bestätigt haben.</numerusform>
            <numerusform>%n Berichte warten auf Bestätigung: neue Orders an diese Handelsplätze werden zurückgehalten, bis Sie die Abweichungen unten gelesen und bestätigt haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every venue is reconciled; nothing waits for acknowledgement.</source>
        <translation>Alle Handelsplätze sind abgeglichen; nichts wartet auf Bestätigung.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ordo::ReplaceDialog</name>
    <message>
        <source>Order %1: %2 %3 %4, %5 filled, %6</source>
        <translation>Order %1: %2 %3 %4, %5 ausgeführt, %6</translation>
    </message>
    <message>
        <source>Send &amp;replace</source>
        <translation>Änderung &amp;senden</translation>
    </message>
    <message>
        <source>not a limit order</source>
        <translation>keine Limit-Order</translation>
    </message>
    <message>
        <source>not a stop order</source>
        <translation>keine Stop-Order</translation>
    </message>
    <message>
        <source>Order %1 is %2: it can no longer be changed.</source>
        <translation>Order %1 ist %2: Sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Quantity must be a positive whole number.</source>
        <translation>Die Menge muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Quantity must exceed the %1 already filled.</source>
        <translation>Die Menge muss größer sein als die bereits ausgeführten %1.</translation>
    </message>
    <message>
        <source>Quantity must be a multiple of the lot size %1.</source>
        <translation>Die Menge muss ein Vielfaches der Lotgröße %1 sein.</translation>
    </message>
    <message>
        <source>%1 must be a positive number.</source>
        <translation>%1 muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>%1 %2 is not on the tick size %3.</source>
        <translation>%1 %2 liegt nicht auf der Tickgröße %3.</translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation>Limitkurs</translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation>Stoppkurs</translation>
    </message>
    <message>
        <source>Display quantity must be a whole number, 0 to show everything.</source>
        <translation>Die sichtbare Menge muss eine ganze Zahl sein, 0 zeigt alles.</translation>
    </message>
    <message>
        <source>Display quantity cannot exceed the quantity %1.</source>
        <translation>Die sichtbare Menge darf die Menge %1 nicht übersteigen.</translation>
    </message>
    <message>
        <source>Display quantity must be a multiple of the lot size %1.</source>
        <translation>Die sichtbare Menge muss ein Vielfaches der Lotgröße %1 sein.</translation>
    </message>
    <message>
        <source>Change at least one field.</source>
        <translation>Ändern Sie mindestens ein Feld.</translation>
    </message>
</context>
<context>
    <name>ordo::RiskAuditModel</name>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>ordo::RiskPanel</name>
    <message>
        <source>Only a supervisor may change risk settings</source>
        <translation>Nur ein Supervisor darf Risikoeinstellungen ändern</translation>
    </message>
    <message>
        <source>Refuse held orders</source>
        <translation>Zurückgehaltene Orders ablehnen</translation>
    </message>
    <message>
        <source>Why are these orders refused? (the trader sees this)</source>
        <translation>Warum werden diese Orders abgelehnt? (für den Händler sichtbar)</translation>
    </message>
</context>
<context>
    <name>ordo::SessionModel</name>
    <message>
        <source>logged on</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ms ago</source>
        <translation>vor %1 ms</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Next out</source>
        <translation>Nächste aus</translation>
    </message>
    <message>
        <source>Next in</source>
        <translation>Nächste ein</translation>
    </message>
    <message>
        <source>Heartbeat lag</source>
        <translation>Heartbeat-Verzug</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Resends asked</source>
        <translation>Wiederholungen angefordert</translation>
    </message>
    <message>
        <source>Resends served</source>
        <translation>Wiederholungen geliefert</translation>
    </message>
    <message>
        <source>Gap fills</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Possible dups</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ordo::TicketValidator</name>
    <message>
        <source>the firm</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <source>trader %1</source>
        <translation>Händler %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation>Strategie %1</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>Instrument %1</translation>
    </message>
    <message>
        <source>Analysts cannot enter orders.</source>
        <translation>Analysten können keine Orders erfassen.</translation>
    </message>
    <message>
        <source>Enter a symbol.</source>
        <translation>Geben Sie ein Symbol ein.</translation>
    </message>
    <message>
        <source>Symbol %1 is not a configured instrument.</source>
        <translation>Symbol %1 ist kein konfiguriertes Instrument.</translation>
    </message>
    <message>
        <source>Symbol %1 is on the restricted list: nobody may trade it.</source>
        <translation>Symbol %1 steht auf der Sperrliste: niemand darf es handeln.</translation>
    </message>
    <message>
        <source>Enter a quantity.</source>
        <translation>Geben Sie eine Menge ein.</translation>
    </message>
    <message>
        <source>Quantity %1 is not a whole number of units.</source>
        <translation>Menge %1 ist keine ganze Stückzahl.</translation>
    </message>
    <message>
        <source>Quantity must be more than 0.</source>
        <translation>Die Menge muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Quantity %1 is not a multiple of the lot %2.</source>
        <translation>Menge %1 ist kein Vielfaches des Lots %2.</translation>
    </message>
    <message>
        <source>%1 %2 is not a price.</source>
        <translation>%1 %2 ist kein Preis.</translation>
    </message>
    <message>
        <source>%1 must be more than 0.</source>
        <translation>%1 muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>%1 %2 is not a multiple of the tick %3.</source>
        <translation>%1 %2 ist kein Vielfaches des Ticks %3.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>A stop-limit order needs a limit price.</source>
        <translation>Eine Stop-Limit-Order braucht einen Limitpreis.</translation>
    </message>
    <message>
        <source>A limit order needs a limit price.</source>
        <translation>Eine Limit-Order braucht einen Limitpreis.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>A stop-limit order needs a stop price.</source>
        <translation>Eine Stop-Limit-Order braucht einen Stoppreis.</translation>
    </message>
    <message>
        <source>A stop order needs a stop price.</source>
        <translation>Eine Stop-Order braucht einen Stoppreis.</translation>
    </message>
    <message>
        <source>Peg offset %1 is not a price difference.</source>
        <translation>Peg-Abstand %1 ist keine Preisdifferenz.</translation>
    </message>
    <message>
        <source>Peg offset %1 is not a multiple of the tick %2.</source>
        <translation>Peg-Abstand %1 ist kein Vielfaches des Ticks %2.</translation>
    </message>
    <message>
        <source>Limit %1 is below the stop %2: a buy stop-limit must be willing to pay at least its stop.</source>
        <translation>Limit %1 liegt unter dem Stop %2: Eine Kauf-Stop-Limit-Order muss mindestens ihren Stop zu zahlen bereit sein.</translation>
    </message>
    <message>
        <source>Limit %1 is above the stop %2: a sell stop-limit must be willing to sell at or below its stop.</source>
        <translation>Limit %1 liegt über dem Stop %2: Eine Verkaufs-Stop-Limit-Order muss zu ihrem Stop oder darunter verkaufen wollen.</translation>
    </message>
    <message>
        <source>Display quantity %1 is not a whole number of units.</source>
        <translation>Anzeigemenge %1 ist keine ganze Stückzahl.</translation>
    </message>
    <message>
        <source>Display quantity %1 is more than the quantity %2.</source>
        <translation>Anzeigemenge %1 ist größer als die Menge %2.</translation>
    </message>
    <message>
        <source>Display quantity %1 is not a multiple of the lot %2.</source>
        <translation>Anzeigemenge %1 ist kein Vielfaches des Lots %2.</translation>
    </message>
    <message>
        <source>A market order cannot rest: choose DAY, IOC, FOK, ATO or ATC.</source>
        <translation>Eine Market-Order kann nicht im Buch liegen: wählen Sie DAY, IOC, FOK, ATO oder ATC.</translation>
    </message>
    <message>
        <source>A GTD order needs an expiry date and time.</source>
        <translation>Eine GTD-Order braucht ein Ablaufdatum und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>Expiry %1 is not in the future.</source>
        <translation>Ablauf %1 liegt nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>Enter an account.</source>
        <translation>Geben Sie ein Konto ein.</translation>
    </message>
    <message>
        <source>Venue %1 is not configured: choose SMART or one of %2.</source>
        <translation>Handelsplatz %1 ist nicht konfiguriert: wählen Sie SMART oder einen von %2.</translation>
    </message>
    <message>
        <source>A short sale needs the locate id the broker granted.</source>
        <translation>Ein Leerverkauf braucht die Locate-ID, die der Broker zugesagt hat.</translation>
    </message>
    <message>
        <source>the ticket&apos;s default collar of %1</source>
        <translation>des Standard-Preiskorridors des Tickets von %1</translation>
    </message>
    <message>
        <source>the %1 price collar of %2</source>
        <translation>des Preiskorridors von %1 (%2)</translation>
    </message>
    <message>
        <source>Limit %1 is %2 from the reference %3, beyond %4.</source>
        <translation>Limit %1 liegt %2 vom Referenzpreis %3 entfernt, außerhalb %4.</translation>
    </message>
    <message>
        <source>The order will wait for a supervisor.</source>
        <translation>Die Order wird auf einen Supervisor warten.</translation>
    </message>
    <message>
        <source>Stop %1 is at or below the reference %2: a buy stop triggers at once.</source>
        <translation>Stop %1 liegt auf oder unter dem Referenzpreis %2: Ein Kauf-Stop löst sofort aus.</translation>
    </message>
    <message>
        <source>Stop %1 is at or above the reference %2: a sell stop triggers at once.</source>
        <translation>Stop %1 liegt auf oder über dem Referenzpreis %2: Ein Verkaufs-Stop löst sofort aus.</translation>
    </message>
</context>
<context>
    <name>ordo::WireLogModel</name>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>ClOrdID</source>
        <translation>ClOrdID</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
</context>
</TS>
