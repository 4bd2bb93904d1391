<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;Nameplan %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nameplan %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A workbench for DNS resilience planning: model the authorities behind your services, find what fails under which outage, and check that reality matches the model.&lt;/p&gt;&lt;p&gt;Qt %1 (built with %2)&lt;br&gt;c-ares %3&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Werkbank für die Planung der DNS-Resilienz: Modellieren Sie die autoritativen Server hinter Ihren Diensten, ermitteln Sie, was bei welchem Ausfall versagt, und prüfen Sie, ob die Realität dem Modell entspricht.&lt;/p&gt;&lt;p&gt;Qt %1 (erstellt mit %2)&lt;br&gt;c-ares %3&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Nameplan</source>
        <translation>Über Nameplan</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Nameplan models (*.nameplan.json);;JSON files (*.json)</source>
        <translation>Nameplan-Modelle (*.nameplan.json);;JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>nameplan::AnalysisViews</name>
    <message>
        <source>Analysis views</source>
        <translation>Analyseansichten</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <source>Cut sets</source>
        <translation>Schnittmengen</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Unabhängigkeit</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Survival</source>
        <translation>Überleben</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>nameplan::AnalysisWorkspace</name>
    <message>
        <source>Analyse now</source>
        <translation>Jetzt analysieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Search every combination of up to two component outages, cut sets and availability</source>
        <translation>Alle Kombinationen von bis zu zwei Komponentenausfällen, Schnittmengen und Verfügbarkeit durchsuchen</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Analysefortschritt</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::AvailabilityChart</name>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>Availability per service</source>
        <translation>Verfügbarkeit pro Dienst</translation>
    </message>
    <message>
        <source>Availability per service (the %1 least available of %2)</source>
        <translation>Verfügbarkeit pro Dienst (die %1 am wenigsten verfügbaren von %2)</translation>
    </message>
</context>
<context>
    <name>nameplan::ChoiceField</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>nameplan::ControlMappingDialog</name>
    <message>
        <source>Control Mapping</source>
        <translation>Kontrollzuordnung</translation>
    </message>
    <message>
        <source>How the evidence report ties each kind of finding to the controls auditors ask about (NIST CSF 2.0, NIST SP 800-207). Editing a row makes the model decide it; an empty list of controls means &quot;not mapped&quot;. Separate controls with &quot;;&quot;. Every change can be undone.</source>
        <translation>Wie der Nachweisbericht jede Art von Befund den Kontrollen zuordnet, nach denen Auditoren fragen (NIST CSF 2.0, NIST SP 800-207). Wenn Sie eine Zeile bearbeiten, legt das Modell die Zuordnung fest; eine leere Kontrollliste bedeutet „nicht zugeordnet“. Trennen Sie Kontrollen mit „;“. Jede Änderung kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Reset &amp;Selected to Default</source>
        <translation>&amp;Ausgewählte auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;All to Defaults</source>
        <translation>A&amp;lle auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the control mapping to the defaults</source>
        <translation>Kontrollzuordnung auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Kind of finding</source>
        <translation>Art des Befunds</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>model: not mapped</source>
        <translation>Modell: nicht zugeordnet</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not mapped: the report says so for this kind of finding</source>
        <translation>Nicht zugeordnet: Der Bericht weist für diese Art von Befund darauf hin</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;</source>
        <translation>Unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>The report makes no finding of kind &quot;%1&quot;: reset this row to remove the entry</source>
        <translation>Der Bericht enthält keine Befunde der Art „%1“: Setzen Sie diese Zeile zurück, um den Eintrag zu entfernen</translation>
    </message>
    <message>
        <source>Map &quot;%1&quot; findings to controls</source>
        <translation>Befunde der Art „%1“ Kontrollen zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>Reset the control mapping of %n kind(s) of finding</source>
        <translation>
            <numerusform>Kontrollzuordnung von %n Befundart zurücksetzen</numerusform>
            <numerusform>Kontrollzuordnung von %n Befundarten zurücksetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::DiagramMinimap</name>
    <message>
        <source>Diagram overview</source>
        <translation>Diagrammübersicht</translation>
    </message>
    <message>
        <source>The whole estate; the outlined area is what the diagram shows. Click or drag to move there.</source>
        <translation>Die gesamte Landschaft; der umrandete Bereich ist der im Diagramm sichtbare Ausschnitt. Klicken oder ziehen Sie, um dorthin zu wechseln.</translation>
    </message>
</context>
<context>
    <name>nameplan::DiagramWorkspace</name>
    <message>
        <source>Find on the diagram by name or id (Ctrl+F on the diagram; Enter: next)</source>
        <translation>Im Diagramm nach Name oder ID suchen (Strg+F im Diagramm; Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <source>Find on the diagram</source>
        <translation>Im Diagramm suchen</translation>
    </message>
    <message>
        <source>Enter or F3 selects and centres the next match, Shift+F3 the previous one</source>
        <translation>Eingabe oder F3 wählt den nächsten Treffer aus und zentriert ihn, Umschalt+F3 den vorherigen</translation>
    </message>
    <message>
        <source>Type a name or id to find on the diagram</source>
        <translation>Name oder ID zur Suche im Diagramm eingeben</translation>
    </message>
    <message>
        <source>Nothing on the diagram matches “%1”</source>
        <translation>Nichts im Diagramm entspricht „%1“</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Outage duration</source>
        <translation>Ausfalldauer</translation>
    </message>
    <message>
        <source>How long the outage lasts: timers such as SOA expire and signature validity run out only in long outages</source>
        <translation>Wie lange der Ausfall dauert: Timer wie SOA-Expire und die Gültigkeit von Signaturen laufen nur bei langen Ausfällen ab</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>Apply an outage combination saved with the model</source>
        <translation>Eine mit dem Modell gespeicherte Ausfallkombination anwenden</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Als Szenario speichern</translation>
    </message>
    <message>
        <source>Keep the current outages and duration in the model as a named scenario (undoable)</source>
        <translation>Die aktuellen Ausfälle und die Dauer als benanntes Szenario im Modell speichern (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Show two scenarios side by side: both diagrams and what fails under each (Ctrl+Shift+C)</source>
        <translation>Zwei Szenarien nebeneinander anzeigen: beide Diagramme und was jeweils ausfällt (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Outage lasts</source>
        <translation>Ausfall dauert</translation>
    </message>
    <message>
        <source>Clear outages</source>
        <translation>Ausfälle aufheben</translation>
    </message>
    <message>
        <source>Bring every component back</source>
        <translation>Alle Komponenten wiederherstellen</translation>
    </message>
    <message>
        <source>Undo toggle</source>
        <translation>Umschalten rückgängig machen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram (F)</source>
        <translation>Gesamtes Diagramm anzeigen (F)</translation>
    </message>
    <message>
        <source>Out (double-click to bring back):</source>
        <translation>Ausgefallen (Doppelklick zum Wiederherstellen):</translation>
    </message>
    <message>
        <source>Components marked out</source>
        <translation>Als ausgefallen markierte Komponenten</translation>
    </message>
    <message>
        <source>Failing services:</source>
        <translation>Ausfallende Dienste:</translation>
    </message>
    <message>
        <source>Failing services</source>
        <translation>Ausfallende Dienste</translation>
    </message>
    <message>
        <source>Why it fails:</source>
        <translation>Ursache des Ausfalls:</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>(choose a saved scenario)</source>
        <translation>(gespeichertes Szenario wählen)</translation>
    </message>
    <message>
        <source>Mark at least one component out first</source>
        <translation>Markieren Sie zuerst mindestens eine Komponente als ausgefallen</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Saved scenario %1; rename it in the property editor</source>
        <translation>Szenario %1 gespeichert; benennen Sie es im Eigenschaftseditor um</translation>
    </message>
    <message>
        <source>Current outage</source>
        <translation>Aktueller Ausfall</translation>
    </message>
    <message>
        <source>%1 is not a component that can fail on its own; mark what it depends on out</source>
        <translation>%1 ist keine Komponente, die eigenständig ausfallen kann; markieren Sie stattdessen das, wovon sie abhängt, als ausgefallen</translation>
    </message>
    <message>
        <source>Re-analysed in %1 ms</source>
        <translation>In %1 ms neu analysiert</translation>
    </message>
    <message>
        <source>Double-click a component in the diagram to mark it out.</source>
        <translation>Doppelklicken Sie im Diagramm auf eine Komponente, um sie als ausgefallen zu markieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) out: %1</source>
        <translation>
            <numerusform>%n Komponente ausgefallen: %1</numerusform>
            <numerusform>%n Komponenten ausgefallen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services fail(s).</source>
        <translation>
            <numerusform>%n von %1 Diensten fällt aus.</numerusform>
            <numerusform>%n von %1 Diensten fallen aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::DnssecChainView</name>
    <message>
        <source>DNSKEY algorithm not supported</source>
        <translation>DNSKEY-Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>DS digest type not supported</source>
        <translation>DS-Digest-Typ nicht unterstützt</translation>
    </message>
    <message>
        <source>signature or proof does not hold</source>
        <translation>Signatur oder Nachweis ist nicht gültig</translation>
    </message>
    <message>
        <source>signature expired</source>
        <translation>Signatur abgelaufen</translation>
    </message>
    <message>
        <source>signature not yet valid</source>
        <translation>Signatur noch nicht gültig</translation>
    </message>
    <message>
        <source>no DNSKEY matches the DS or the key tag</source>
        <translation>kein DNSKEY passt zum DS oder zum Key-Tag</translation>
    </message>
    <message>
        <source>RRSIGs missing</source>
        <translation>RRSIGs fehlen</translation>
    </message>
    <message>
        <source>key without the zone key bit</source>
        <translation>Schlüssel ohne Zone-Key-Bit</translation>
    </message>
    <message>
        <source>NSEC or NSEC3 missing</source>
        <translation>NSEC oder NSEC3 fehlt</translation>
    </message>
    <message>
        <source>NSEC3 iterations too high</source>
        <translation>zu viele NSEC3-Iterationen</translation>
    </message>
    <message>
        <source>key forbidden by algorithm policy</source>
        <translation>Schlüssel durch Algorithmus-Richtlinie verboten</translation>
    </message>
    <message>
        <source>no trust anchor covers the zone</source>
        <translation>kein Vertrauensanker deckt die Zone ab</translation>
    </message>
    <message>
        <source>zone unsigned</source>
        <translation>Zone nicht signiert</translation>
    </message>
    <message>
        <source>insecure delegation (no DS, proven)</source>
        <translation>unsichere Delegation (kein DS, nachgewiesen)</translation>
    </message>
    <message>
        <source>validation work budget exceeded</source>
        <translation>Arbeitsbudget der Validierung überschritten</translation>
    </message>
    <message>
        <source>cryptographic library error</source>
        <translation>Fehler der Kryptografiebibliothek</translation>
    </message>
    <message>
        <source>malformed records</source>
        <translation>fehlerhafte Einträge</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no server of the zone answered</source>
        <translation>kein Server der Zone hat geantwortet</translation>
    </message>
    <message>
        <source>DNSSEC chain of trust</source>
        <translation>DNSSEC-Vertrauenskette</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>DS</source>
        <translation>DS</translation>
    </message>
    <message>
        <source>DNSKEY</source>
        <translation>DNSKEY</translation>
    </message>
    <message>
        <source>RRSIG</source>
        <translation>RRSIG</translation>
    </message>
    <message>
        <source>RRset</source>
        <translation>RRset</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>insecure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>indeterminate</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>ungültig (bogus)</translation>
    </message>
    <message>
        <source> (EDE %1)</source>
        <translation> (EDE %1)</translation>
    </message>
    <message>
        <source>Not checked: the run had no trust anchor (settings.trust_anchors)</source>
        <translation>Nicht geprüft: Der Lauf hatte keinen Vertrauensanker (settings.trust_anchors)</translation>
    </message>
    <message>
        <source>Chain from the anchor at %1</source>
        <translation>Kette ab dem Vertrauensanker bei %1</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (ab %1)</translation>
    </message>
</context>
<context>
    <name>nameplan::DurationField</name>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>nameplan::ElementTablePanel</name>
    <message>
        <source>Element table</source>
        <translation>Elementtabelle</translation>
    </message>
</context>
<context>
    <name>nameplan::ElementTreePanel</name>
    <message>
        <source>Filter elements (Ctrl+F)</source>
        <translation>Elemente filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Element filter</source>
        <translation>Elementfilter</translation>
    </message>
    <message>
        <source>Element tree</source>
        <translation>Elementbaum</translation>
    </message>
</context>
<context>
    <name>nameplan::ExpiryTimelineChart</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>none valid</source>
        <translation>keine gültig</translation>
    </message>
    <message>
        <source>Signature expiry per authority</source>
        <translation>Ablauf der Signaturen pro autoritativem Server</translation>
    </message>
    <message>
        <source>Signature expiry timeline</source>
        <translation>Zeitleiste des Signaturablaufs</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>UTC; dashed line: now</source>
        <translation>UTC; gestrichelte Linie: jetzt</translation>
    </message>
</context>
<context>
    <name>nameplan::ExplanationPanel</name>
    <message>
        <source>Why the service fails</source>
        <translation>Warum der Dienst ausfällt</translation>
    </message>
    <message>
        <source>%1 works under these outages</source>
        <translation>%1 funktioniert bei diesen Ausfällen</translation>
    </message>
</context>
<context>
    <name>nameplan::FileController</name>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>Overwrite it with your version? The other program&apos;s changes will be lost.</source>
        <translation>Mit Ihrer Version überschreiben? Die Änderungen des anderen Programms gehen verloren.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>A Nameplan session ended unexpectedly and left unsaved changes (last written %1).</source>
        <translation>Eine Nameplan-Sitzung wurde unerwartet beendet und hat ungespeicherte Änderungen hinterlassen (zuletzt geschrieben %1).</translation>
    </message>
    <message>
        <source>Restore them? You can then review and save them.</source>
        <translation>Wiederherstellen? Sie können die Änderungen anschließend prüfen und speichern.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Restored unsaved work; review and save it.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt; bitte prüfen und speichern Sie sie.</translation>
    </message>
</context>
<context>
    <name>nameplan::ImportLiveDnsDialog</name>
    <message>
        <source>Import from Live DNS</source>
        <translation>Aus Live-DNS importieren</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>Zone to import</source>
        <translation>Zu importierende Zone</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>Creates the zone and its authorities in the model, or updates them, from what the delegation and the zone&apos;s own name servers say.</source>
        <translation>Legt die Zone und ihre autoritativen Server im Modell an oder aktualisiert sie – anhand dessen, was die Delegation und die eigenen Nameserver der Zone melden.</translation>
    </message>
    <message>
        <source>, every server at port %1</source>
        <translation>, jeder Server an Port %1</translation>
    </message>
    <message>
        <source>Walks from the IANA root servers%1.</source>
        <translation>Startet bei den IANA-Root-Servern%1.</translation>
    </message>
    <message>
        <source>Walks from the model&apos;s roots %1%2.</source>
        <translation>Startet bei den Roots des Modells %1%2.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>The model&apos;s roots (settings.roots) hold “%1”, which is not IP[:PORT].</source>
        <translation>Die Roots des Modells (settings.roots) enthalten „%1“, was nicht die Form IP[:PORT] hat.</translation>
    </message>
    <message>
        <source>Walking from the roots to %1</source>
        <translation>Verfolgung von den Roots bis %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled; the model is unchanged.</source>
        <translation>Abgebrochen; das Modell ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing imported (%1): %2</source>
        <translation>Nichts importiert (%1): %2</translation>
    </message>
    <message>
        <source>The model already matches live DNS for %1.</source>
        <translation>Das Modell entspricht für %1 bereits dem Live-DNS.</translation>
    </message>
    <message>
        <source>Import %1 from live DNS</source>
        <translation>%1 aus Live-DNS importieren</translation>
    </message>
</context>
<context>
    <name>nameplan::LatencyChart</name>
    <message>
        <source>Latency per authority (ms)</source>
        <translation>Latenz pro autoritativem Server (ms)</translation>
    </message>
    <message>
        <source>Latency per authority chart</source>
        <translation>Diagramm der Latenz pro autoritativem Server</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>nameplan::LineField</name>
    <message>
        <source>e.g. ns1.example.net</source>
        <translation>z. B. ns1.example.net</translation>
    </message>
</context>
<context>
    <name>nameplan::LiveChecksPanel</name>
    <message>
        <source>Live checks</source>
        <translation>Live-Prüfungen</translation>
    </message>
    <message>
        <source>Live check findings</source>
        <translation>Befunde der Live-Prüfungen</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Details zum Befund</translation>
    </message>
    <message>
        <source>Live check results</source>
        <translation>Ergebnisse der Live-Prüfungen</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>DN&amp;SSEC</source>
        <translation>DN&amp;SSEC</translation>
    </message>
    <message>
        <source>Zone to check</source>
        <translation>Zu prüfende Zone</translation>
    </message>
    <message>
        <source>&amp;Run checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Ask every authority of the chosen zones directly (F5)</source>
        <translation>Jeden autoritativen Server der gewählten Zonen direkt abfragen (F5)</translation>
    </message>
    <message>
        <source>Live check progress</source>
        <translation>Fortschritt der Live-Prüfungen</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zonen:</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info und schwerer</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Zone filter</source>
        <translation>Zonenfilter</translation>
    </message>
    <message>
        <source>Authority filter</source>
        <translation>Filter für autoritative Server</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <source>Walking from the roots…</source>
        <translation>Verfolgung ab den Roots…</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n s</source>
        <translation>
            <numerusform>höchstens %n s</numerusform>
            <numerusform>höchstens %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings in %3 s</source>
        <translation>%1 Fehler, %2 Warnungen in %3 s</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>Alle autoritativen Server</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>Empfehlung:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
</context>
<context>
    <name>nameplan::LoadProblemsDialog</name>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 does not pass validation. It can be opened anyway so that you can repair it; what is open now will be closed.</source>
        <translation>%1 besteht die Validierung nicht. Die Datei kann trotzdem geöffnet werden, damit Sie sie reparieren können; das aktuell geöffnete Modell wird geschlossen.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>Open Anyway to Repair</source>
        <translation>Trotzdem zum Reparieren öffnen</translation>
    </message>
</context>
<context>
    <name>nameplan::MainWindow</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Model views</source>
        <translation>Modellansichten</translation>
    </message>
    <message>
        <source>Diagram &amp;&amp; outages</source>
        <translation>Diagramm &amp;&amp; Ausfälle</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Live checks</source>
        <translation>Live-Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Live Checks</source>
        <translation>&amp;Live-Prüfungen</translation>
    </message>
    <message>
        <source>Show the live checks of the model&apos;s zones</source>
        <translation>Die Live-Prüfungen der Zonen des Modells anzeigen</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty model</source>
        <translation>Ein leeres Modell beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Eine Modelldatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the model to its file</source>
        <translation>Das Modell in seiner Datei speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the model to another file</source>
        <translation>Das Modell in einer anderen Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Nameplan</source>
        <translation>Nameplan schließen</translation>
    </message>
    <message>
        <source>&amp;Import from Live DNS…</source>
        <translation>Aus Live-DNS &amp;importieren…</translation>
    </message>
    <message>
        <source>Create or update a zone and its authorities from live DNS</source>
        <translation>Eine Zone und ihre autoritativen Server aus dem Live-DNS anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Export Evidence Report…</source>
        <translation>Nachweisbericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Preview and save the evidence report (PDF) of the saved model file</source>
        <translation>Vorschau des Nachweisberichts (PDF) der gespeicherten Modelldatei anzeigen und speichern</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from live DNS: %n change(s); Undo reverts them.</source>
        <translation>
            <numerusform>%1 aus Live-DNS importiert: %n Änderung; Rückgängig macht sie rückgängig.</numerusform>
            <numerusform>%1 aus Live-DNS importiert: %n Änderungen; Rückgängig macht sie rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add a new %1 to the model</source>
        <translation>Ein neues Element vom Typ %1 zum Modell hinzufügen</translation>
    </message>
    <message>
        <source>Add an element of the kind shown</source>
        <translation>Ein Element des angezeigten Typs hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected element under a new id</source>
        <translation>Das ausgewählte Element unter einer neuen ID kopieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected elements and the references to them</source>
        <translation>Die ausgewählten Elemente und die Verweise darauf entfernen</translation>
    </message>
    <message>
        <source>&amp;Filter Elements</source>
        <translation>Elemente &amp;filtern</translation>
    </message>
    <message>
        <source>Filter the element tree</source>
        <translation>Den Elementbaum filtern</translation>
    </message>
    <message>
        <source>&amp;Control Mapping…</source>
        <translation>&amp;Kontrollzuordnung…</translation>
    </message>
    <message>
        <source>Tie each kind of finding in the evidence report to NIST CSF 2.0 and SP 800-207 controls</source>
        <translation>Jede Art von Befund im Nachweisbericht Kontrollen aus NIST CSF 2.0 und SP 800-207 zuordnen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Alle Bereiche an ihre ursprüngliche Position zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Verify Zone…</source>
        <translation>Zone &amp;verifizieren…</translation>
    </message>
    <message>
        <source>Check every signature and the NSEC/NSEC3 chain of a zone file or a server&apos;s copy</source>
        <translation>Jede Signatur und die NSEC/NSEC3-Kette einer Zonendatei oder der Kopie eines Servers prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Nameplan</source>
        <translation>Ü&amp;ber Nameplan</translation>
    </message>
    <message>
        <source>Versions of Nameplan, Qt, c-ares and OpenSSL</source>
        <translation>Versionen von Nameplan, Qt, c-ares und OpenSSL</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Added %1 %2</source>
        <translation>%1 %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Removed %1 elements</source>
        <translation>%1 Elemente entfernt</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Nameplan</source>
        <translation>%1[*] — Nameplan</translation>
    </message>
    <message>
        <source>1 element</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>nameplan::NumberField</name>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>nameplan::OutagePanel</name>
    <message>
        <source>Filter components</source>
        <translation>Komponenten filtern</translation>
    </message>
    <message>
        <source>until every timer runs out</source>
        <translation>bis alle Timer abgelaufen sind</translation>
    </message>
    <message>
        <source>Outage duration</source>
        <translation>Ausfalldauer</translation>
    </message>
    <message>
        <source>How long the outage lasts: 90m, 12h, 3d, 2w or seconds; empty: long enough for every SOA expire and signature validity to run out</source>
        <translation>Wie lange der Ausfall dauert: 90m, 12h, 3d, 2w oder Sekunden; leer: lange genug, dass jedes SOA-Expire und jede Signaturgültigkeit abläuft</translation>
    </message>
    <message>
        <source>Components marked out</source>
        <translation>Als ausgefallen markierte Komponenten</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Bring every component back</source>
        <translation>Alle Komponenten wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
</context>
<context>
    <name>nameplan::PointField</name>
    <message>
        <source>automatic layout</source>
        <translation>automatisches Layout</translation>
    </message>
    <message>
        <source>%1, %2 (drag in the diagram)</source>
        <translation>%1, %2 (im Diagramm ziehen)</translation>
    </message>
</context>
<context>
    <name>nameplan::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>nameplan::ProgressRow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::PropertyEditor</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>%1 (file key &quot;%2&quot;)</source>
        <translation>%1 (Dateischlüssel „%2“)</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an element to edit its properties.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie ein Element aus, um seine Eigenschaften zu bearbeiten.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2 · %3&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2 · %3&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be set to &quot;%3&quot;</source>
        <translation>%1 von %2 kann nicht auf „%3“ gesetzt werden</translation>
    </message>
</context>
<context>
    <name>nameplan::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>nameplan::ReferenceListField</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>nameplan::ReportExportDialog</name>
    <message>
        <source>Export Evidence Report</source>
        <translation>Nachweisbericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the evidence report</source>
        <translation>Den Nachweisbericht speichern</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>component ids, comma-separated</source>
        <translation>Komponenten-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Outage set of the extra scenario</source>
        <translation>Ausfallmenge des zusätzlichen Szenarios</translation>
    </message>
    <message>
        <source>&amp;Outage:</source>
        <translation>&amp;Ausfall:</translation>
    </message>
    <message>
        <source>3d, 12h, 90m (default: until every timer runs out)</source>
        <translation>3d, 12h, 90m (Standard: bis alle Timer abgelaufen sind)</translation>
    </message>
    <message>
        <source>Duration of the outage</source>
        <translation>Dauer des Ausfalls</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Update Preview</source>
        <translation>Vorschau a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Update the preview</source>
        <translation>Die Vorschau aktualisieren</translation>
    </message>
    <message>
        <source>Also write the &amp;JSON evidence bundle</source>
        <translation>Zusätzlich das &amp;JSON-Nachweispaket schreiben</translation>
    </message>
    <message>
        <source>Also write the JSON evidence bundle</source>
        <translation>Zusätzlich das JSON-Nachweispaket schreiben</translation>
    </message>
    <message>
        <source>Include &amp;live checks, DNSSEC and failover drills</source>
        <translation>&amp;Live-Prüfungen, DNSSEC und Failover-Übungen einbeziehen</translation>
    </message>
    <message>
        <source>Include live checks, DNSSEC and failover drills</source>
        <translation>Live-Prüfungen, DNSSEC und Failover-Übungen einbeziehen</translation>
    </message>
    <message>
        <source>As nameplan report --with-live: every zone&apos;s authorities are asked (at settings.port), the delegations walked from settings.roots, DNSSEC validated from settings.trust_anchors, and a failover drill run for every scenario of the report.</source>
        <translation>Wie bei nameplan report --with-live: Die autoritativen Server jeder Zone werden abgefragt (an settings.port), die Delegationen ab settings.roots verfolgt, DNSSEC ab settings.trust_anchors validiert und für jedes Szenario des Berichts eine Failover-Übung durchgeführt.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
    <message>
        <source>S&amp;ign the evidence (detached CMS)</source>
        <translation>Nachweise s&amp;ignieren (detached CMS)</translation>
    </message>
    <message>
        <source>Sign the evidence</source>
        <translation>Die Nachweise signieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Berichtsfortschritt</translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation>Erstellung des Berichts abbrechen</translation>
    </message>
    <message>
        <source>%1 has errors; fix them before writing evidence.</source>
        <translation>%1 enthält Fehler; beheben Sie diese, bevor Nachweise geschrieben werden.</translation>
    </message>
    <message>
        <source>Save the model first: the evidence is stamped with the SHA-256 of its file.</source>
        <translation>Speichern Sie zuerst das Modell: Die Nachweise werden mit dem SHA-256 seiner Datei versehen.</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Building the report of the saved file (unsaved changes are not in it)…</source>
        <translation>Bericht der gespeicherten Datei wird erstellt (ungespeicherte Änderungen sind nicht enthalten)…</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Painting the pages…</source>
        <translation>Seiten werden gezeichnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) for %1, model SHA-256 %2</source>
        <translation>
            <numerusform>%n Seite für %1, Modell-SHA-256 %2</numerusform>
            <numerusform>%n Seiten für %1, Modell-SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Some live checks could not be made (the report says which): %1</source>
        <translation>Einige Live-Prüfungen konnten nicht durchgeführt werden (der Bericht nennt sie): %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Save Evidence Report</source>
        <translation>Nachweisbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Evidence Report Not Saved</source>
        <translation>Nachweisbericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>Der Bericht ist noch nicht fertig.</translation>
    </message>
    <message>
        <source>Signing needs both a private key and its certificate.</source>
        <translation>Zum Signieren werden ein privater Schlüssel und das zugehörige Zertifikat benötigt.</translation>
    </message>
    <message>
        <source>cannot read the rendered report: %1</source>
        <translation>der gerenderte Bericht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Canceled. Update Preview builds the report again.</source>
        <translation>Abgebrochen. „Vorschau aktualisieren“ erstellt den Bericht neu.</translation>
    </message>
</context>
<context>
    <name>nameplan::ScenarioCompareDialog</name>
    <message>
        <source>until every timer runs out</source>
        <translation>bis alle Timer abgelaufen sind</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>nothing out</source>
        <translation>nichts ausgefallen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt; — %3; lasts %4</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt; — %3; dauert %4</translation>
    </message>
    <message>
        <source>fails only under A</source>
        <translation>fällt nur unter A aus</translation>
    </message>
    <message>
        <source>fails only under B</source>
        <translation>fällt nur unter B aus</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Verdicts under both scenarios</source>
        <translation>Ergebnisse unter beiden Szenarien</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Under A</source>
        <translation>Unter A</translation>
    </message>
    <message>
        <source>Under B</source>
        <translation>Unter B</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Current outage</source>
        <translation>Aktueller Ausfall</translation>
    </message>
    <message>
        <source>Scenario A</source>
        <translation>Szenario A</translation>
    </message>
    <message>
        <source>Scenario B</source>
        <translation>Szenario B</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Exchange scenario A and scenario B</source>
        <translation>Szenario A und Szenario B vertauschen</translation>
    </message>
    <message>
        <source>Scenario &amp;A:</source>
        <translation>Szenario &amp;A:</translation>
    </message>
    <message>
        <source>Scenario &amp;B:</source>
        <translation>Szenario &amp;B:</translation>
    </message>
    <message>
        <source>Diagram under scenario A</source>
        <translation>Diagramm unter Szenario A</translation>
    </message>
    <message>
        <source>Diagram under scenario B</source>
        <translation>Diagramm unter Szenario B</translation>
    </message>
    <message>
        <source>Why it fails under A</source>
        <translation>Warum es unter A ausfällt</translation>
    </message>
    <message>
        <source>Why it fails under B</source>
        <translation>Warum es unter B ausfällt</translation>
    </message>
    <message>
        <source>Why it fails under A:</source>
        <translation>Warum es unter A ausfällt:</translation>
    </message>
    <message>
        <source>Why it fails under B:</source>
        <translation>Warum es unter B ausfällt:</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1 of %2 service × population verdicts differ; they are listed first.</source>
        <translation>%1 von %2 Ergebnissen (Dienst × Population) unterscheiden sich; sie sind zuerst aufgeführt.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>fällt aus</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>Works under this scenario.</source>
        <translation>Funktioniert unter diesem Szenario.</translation>
    </message>
</context>
<context>
    <name>nameplan::StringListField</name>
    <message>
        <source>Add an entry</source>
        <translation>Einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>nameplan::SurvivalChart</name>
    <message>
        <source>Survival curve</source>
        <translation>Überlebenskurve</translation>
    </message>
    <message>
        <source>Services that survive k simultaneous failures</source>
        <translation>Dienste, die k gleichzeitige Ausfälle überstehen</translation>
    </message>
    <message>
        <source>Simultaneous failures (k)</source>
        <translation>Gleichzeitige Ausfälle (k)</translation>
    </message>
    <message>
        <source>Surviving (%)</source>
        <translation>Überlebend (%)</translation>
    </message>
</context>
<context>
    <name>nameplan::TopologyView</name>
    <message>
        <source>Topology diagram</source>
        <translation>Topologiediagramm</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms, drag pans, F fits, Ctrl+F finds by name; double-click a component to mark it out</source>
        <translation>Strg+Mausrad zoomt, Ziehen verschiebt, F passt ein, Strg+F sucht nach Namen; Doppelklick auf eine Komponente markiert sie als ausgefallen</translation>
    </message>
</context>
<context>
    <name>nameplan::VerifyZoneDialog</name>
    <message>
        <source>Zone &amp;file:</source>
        <translation>Zonen&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;AXFR from:</source>
        <translation>&amp;AXFR von:</translation>
    </message>
    <message>
        <source>Verify Zone</source>
        <translation>Zone verifizieren</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Zone file</source>
        <translation>Zonendatei</translation>
    </message>
    <message>
        <source>signed zone file (RFC 1035 master file)</source>
        <translation>signierte Zonendatei (RFC-1035-Masterdatei)</translation>
    </message>
    <message>
        <source>Choose a signed zone file</source>
        <translation>Signierte Zonendatei auswählen</translation>
    </message>
    <message>
        <source>Zone files (*)</source>
        <translation>Zonendateien (*)</translation>
    </message>
    <message>
        <source>Server for the zone transfer</source>
        <translation>Server für den Zonentransfer</translation>
    </message>
    <message>
        <source>IP[:PORT], port 53 by default</source>
        <translation>IP[:PORT], standardmäßig Port 53</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Transfer timeout</source>
        <translation>Zeitlimit für den Transfer</translation>
    </message>
    <message>
        <source>Give up when the server stays silent this long</source>
        <translation>Abbrechen, wenn der Server so lange nicht antwortet</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Zonenname</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Trust anchor file</source>
        <translation>Vertrauensanker-Datei</translation>
    </message>
    <message>
        <source>optional: DS or DNSKEY records; without, the zone&apos;s own keys are taken as given</source>
        <translation>optional: DS- oder DNSKEY-Einträge; ohne diese werden die eigenen Schlüssel der Zone als gegeben angenommen</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Zone &amp;name:</source>
        <translation>Zonen&amp;name:</translation>
    </message>
    <message>
        <source>Trust a&amp;nchor:</source>
        <translation>Ver&amp;trauensanker:</translation>
    </message>
    <message>
        <source>Choose a trust anchor file</source>
        <translation>Vertrauensanker-Datei auswählen</translation>
    </message>
    <message>
        <source>Anchor files (*)</source>
        <translation>Anker-Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifizieren</translation>
    </message>
    <message>
        <source>Check every RRSIG and the NSEC/NSEC3 chain of the zone on all cores</source>
        <translation>Jede RRSIG und die NSEC/NSEC3-Kette der Zone auf allen Kernen prüfen</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Verifizierung</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>Status der Verifizierung</translation>
    </message>
    <message>
        <source>C&amp;opy JSON</source>
        <translation>JSON k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the result as `nameplan verify-zone --json` writes it</source>
        <translation>Das Ergebnis so kopieren, wie `nameplan verify-zone --json` es ausgibt</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>Nothing verified</source>
        <translation>Nichts verifiziert</translation>
    </message>
    <message>
        <source>Give the zone&apos;s name.</source>
        <translation>Geben Sie den Namen der Zone an.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>Choose the signed zone file to verify.</source>
        <translation>Wählen Sie die zu verifizierende signierte Zonendatei aus.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: give a numeric IP address, optionally with :PORT.</source>
        <translation>„%1“ ist keine Serveradresse: Geben Sie eine numerische IP-Adresse an, optional mit :PORT.</translation>
    </message>
    <message>
        <source>The trust anchor cannot be used: %1</source>
        <translation>Der Vertrauensanker kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird verifiziert…</translation>
    </message>
    <message>
        <source>Transferring from %1…</source>
        <translation>Transfer von %1…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Verifying signatures…</source>
        <translation>Signaturen werden verifiziert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled after %1 s</source>
        <translation>Nach %1 s abgebrochen</translation>
    </message>
    <message>
        <source>Verification of %1 cancelled: nothing judged.</source>
        <translation>Verifizierung von %1 abgebrochen: nichts bewertet.</translation>
    </message>
    <message>
        <source>Could not verify %1: %2</source>
        <translation>%1 konnte nicht verifiziert werden: %2</translation>
    </message>
    <message>
        <source>Verified in %1 s</source>
        <translation>In %1 s verifiziert</translation>
    </message>
    <message>
        <source>Not verified; took %1 s</source>
        <translation>Nicht verifiziert; Dauer %1 s</translation>
    </message>
    <message>
        <source>JSON copied</source>
        <translation>JSON kopiert</translation>
    </message>
    <message>
        <source>nothing verified yet</source>
        <translation>noch nichts verifiziert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the verification as JSON</source>
        <translation>Die Verifizierung als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON exportieren</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>nameplan::ZoneVerifyResultsView</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No verification yet: choose a zone and press Verify.</source>
        <translation>Noch keine Verifizierung: Wählen Sie eine Zone und klicken Sie auf „Verifizieren“.</translation>
    </message>
    <message>
        <source>not checked (cancelled)</source>
        <translation>nicht geprüft (abgebrochen)</translation>
    </message>
    <message>
        <source>none: neither NSEC nor NSEC3PARAM at the apex</source>
        <translation>keine: weder NSEC noch NSEC3PARAM am Apex</translation>
    </message>
    <message>
        <source>%1, complete</source>
        <translation>%1, vollständig</translation>
    </message>
    <message>
        <source>%1, 1 problem</source>
        <translation>%1, 1 Problem</translation>
    </message>
    <message>
        <source>%1, %2 problems</source>
        <translation>%1, %2 Probleme</translation>
    </message>
    <message>
        <source>no signature held</source>
        <translation>keine Signatur gültig</translation>
    </message>
    <message>
        <source>%1 (in 1 day)</source>
        <translation>%1 (in 1 Tag)</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (in %2 Tagen)</translation>
    </message>
    <message>
        <source>Every signature and the %1 chain verified.</source>
        <translation>Alle Signaturen und die %1-Kette verifiziert.</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>AXFR from %1</source>
        <translation>AXFR von %1</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>anchored</source>
        <translation>verankert</translation>
    </message>
    <message>
        <source>not anchored (the zone&apos;s own keys taken as given)</source>
        <translation>nicht verankert (die eigenen Schlüssel der Zone als gegeben angenommen)</translation>
    </message>
    <message>
        <source>RRsets:</source>
        <translation>RRsets:</translation>
    </message>
    <message>
        <source>%1 signed, %2 secure</source>
        <translation>%1 signiert, %2 sicher</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>Signaturen:</translation>
    </message>
    <message>
        <source>%1 RRSIG records</source>
        <translation>%1 RRSIG-Einträge</translation>
    </message>
    <message>
        <source>Denial chain:</source>
        <translation>Denial-Kette:</translation>
    </message>
    <message>
        <source>Earliest expiry:</source>
        <translation>Frühester Ablauf:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Problems: %1 (the first %2 listed)</source>
        <translation>Probleme: %1 (die ersten %2 aufgeführt)</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
</context>
</TS>
