<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>Lo&amp;cate id</source>
        <translation>Lo&amp;cate-ID</translation>
    </message>
    <message>
        <source>short sales only</source>
        <translation>nur bei Leerverkäufen</translation>
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
    <message>
        <source>A short sale needs the locate id the broker granted.</source>
        <translation>Ein Leerverkauf benötigt die vom Broker erteilte Locate-ID.</translation>
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
</TS>
