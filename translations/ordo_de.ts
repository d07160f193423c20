<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>OrderEntryDialog</name>
    <message>
        <source>New order</source>
        <translation>Neue Order</translation>
    </message>
    <message>
        <source>&amp;Symbol</source>
        <translation>&amp;Symbol</translation>
    </message>
    <message>
        <source>S&amp;ide</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
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
        <source>Time in &amp;force</source>
        <translation>&amp;Gültigkeit</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
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
        <source>&amp;Cancel selected</source>
        <translation>Ausgewählte &amp;stornieren</translation>
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
    <message numerus="yes">
        <source>Cancel sent for %n order(s)</source>
        <translation>
            <numerusform>Storno für %n Order gesendet</numerusform>
            <numerusform>Storno für %n Orders gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Kill-Switch</translation>
    </message>
    <message>
        <source>Cancel every working order on every venue and block all new orders until a supervisor re-arms trading?</source>
        <translation>Alle offenen Orders an allen Handelsplätzen stornieren und alle neuen Orders sperren, bis ein Supervisor den Handel wieder freigibt?</translation>
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
</context>
<context>
    <name>ordo::OrderEntryDialog</name>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Sell short</source>
        <translation>Leerverkauf</translation>
    </message>
    <message>
        <source>Buy to cover</source>
        <translation>Eindeckungskauf</translation>
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
        <source>Choose a symbol.</source>
        <translation>Wählen Sie ein Symbol.</translation>
    </message>
    <message>
        <source>Unknown symbol %1.</source>
        <translation>Unbekanntes Symbol %1.</translation>
    </message>
    <message>
        <source>Quantity must be a positive whole number.</source>
        <translation>Die Menge muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Quantity must be a multiple of the lot size %1.</source>
        <translation>Die Menge muss ein Vielfaches der Handelseinheit %1 sein.</translation>
    </message>
    <message>
        <source>%1 must be a positive number.</source>
        <translation>%1 muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>%1 %2 is not on the tick size %3.</source>
        <translation>%1 %2 passt nicht zur Tickgröße %3.</translation>
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
        <source>A market order cannot be GTC.</source>
        <translation>Eine Market-Order kann nicht GTC sein.</translation>
    </message>
    <message>
        <source>Enter an account.</source>
        <translation>Geben Sie ein Konto ein.</translation>
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
</TS>
