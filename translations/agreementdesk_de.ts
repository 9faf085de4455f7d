<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DialogSubmit</name>
    <message>
        <source>Why it could not be saved</source>
        <translation>Warum nicht gespeichert werden konnte</translation>
    </message>
    <message>
        <source>Another change is still running; try again in a moment.</source>
        <translation>Eine andere Änderung läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ad::AccountListModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Blocked by administrator</source>
        <translation>Vom Administrator gesperrt</translation>
    </message>
    <message>
        <source>Blocked by customer</source>
        <translation>Vom Kunden gesperrt</translation>
    </message>
    <message>
        <source>Auto attendant</source>
        <translation>Auto-Attendant</translation>
    </message>
    <message>
        <source>Blocked by an administrator: the customer cannot unblock it.</source>
        <translation>Von einem Administrator gesperrt: Der Kunde kann die Sperre nicht aufheben.</translation>
    </message>
    <message>
        <source>Ext</source>
        <translation>Nst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Zusatzprodukte</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DIDs</translation>
    </message>
    <message>
        <source>Hunt group</source>
        <translation>Sammelrufgruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ad::AccountPicker</name>
    <message>
        <source>Type an extension, a name or an account ID…</source>
        <translation>Nebenstelle, Name oder Konto-ID eingeben…</translation>
    </message>
</context>
<context>
    <name>ad::AccountWriter</name>
    <message>
        <source>DID %1 was assigned by someone else in the meantime; nothing was written.</source>
        <translation>DID %1 wurde inzwischen von jemand anderem zugewiesen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The SQLite connection handle is not available.</source>
        <translation>Die SQLite-Verbindung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>beim Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>staging DID %1</source>
        <translation>beim Vorbereiten der DID %1</translation>
    </message>
    <message>
        <source>creating accounts</source>
        <translation>beim Anlegen der Konten</translation>
    </message>
    <message>
        <source>creating extensions</source>
        <translation>beim Anlegen der Nebenstellen</translation>
    </message>
    <message>
        <source>adding extensions to hunt groups</source>
        <translation>beim Hinzufügen der Nebenstellen zu Sammelrufgruppen</translation>
    </message>
    <message>
        <source>assigning DIDs</source>
        <translation>beim Zuweisen der DIDs</translation>
    </message>
    <message numerus="yes">
        <source>%n of them</source>
        <translation>
            <numerusform>%n davon</numerusform>
            <numerusform>%n davon</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension&apos;s account does not match it: an extension&apos;s account is ph{customer}x{number} of the extension&apos;s own customer. Nothing was written.</source>
        <translation>Das Konto einer Nebenstelle passt nicht zu ihr: Das Konto einer Nebenstelle ist ph{Kunde}x{Nummer} ihres eigenen Kunden. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ad::AddExtensionDialog</name>
    <message>
        <source>Add extension — %1</source>
        <translation>Nebenstelle hinzufügen – %1</translation>
    </message>
    <message>
        <source>digits, e.g. 4702</source>
        <translation>nur Ziffern, z. B. 4702</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>E&amp;xtension number</source>
        <translation>Ne&amp;benstellennummer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>%1 — Unlimited (%2 in use)</source>
        <translation>%1 – unbegrenzt (%2 in Verwendung)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 used: full</source>
        <translation>%1 – %2 von %3 belegt: voll</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 used</source>
        <translation>%1 – %2 von %3 belegt</translation>
    </message>
    <message>
        <source>The agreement&apos;s quantity is reached; raise it on the Agreement tab first.</source>
        <translation>Die vereinbarte Anzahl ist erreicht; erhöhen Sie sie zuerst auf der Registerkarte „Vereinbarung“.</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>Free DIDs of the customer</source>
        <translation>Freie DIDs des Kunden</translation>
    </message>
    <message>
        <source>DID numbers
(none free)</source>
        <translation>DID-Nummern
(keine frei)</translation>
    </message>
    <message>
        <source>&amp;DID numbers</source>
        <translation>&amp;DID-Nummern</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Pu&amp;blished (dial by name)</source>
        <translation>&amp;Veröffentlicht (Wahl per Name)</translation>
    </message>
    <message>
        <source>&amp;Hunt group</source>
        <translation>&amp;Sammelrufgruppe</translation>
    </message>
    <message>
        <source>for voicemail notifications (optional)</source>
        <translation>für Voicemail-Benachrichtigungen (optional)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Create &amp;inactive — an administrator activates it after review</source>
        <translation>&amp;Inaktiv anlegen – ein Administrator aktiviert sie nach der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Add extension</source>
        <translation>Nebenstelle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>ph%1x…</source>
        <translation>ph%1x…</translation>
    </message>
    <message>
        <source>— digits only</source>
        <translation>– nur Ziffern</translation>
    </message>
    <message>
        <source>  ✗ taken</source>
        <translation>  ✗ vergeben</translation>
    </message>
    <message>
        <source>  ✓ free</source>
        <translation>  ✓ frei</translation>
    </message>
    <message>
        <source>Adds %1 a month (%2 → %3)</source>
        <translation>Kostet %1 mehr im Monat (%2 → %3)</translation>
    </message>
    <message>
        <source>Adds nothing to the monthly charges while inactive (%1)</source>
        <translation>Ändert die monatlichen Kosten nicht, solange inaktiv (%1)</translation>
    </message>
    <message>
        <source>Adds nothing to the monthly charges (%1)</source>
        <translation>Ändert die monatlichen Kosten nicht (%1)</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Produkt wählen …</translation>
    </message>
    <message>
        <source>To add it: type an extension number and choose a product.</source>
        <translation>Zum Hinzufügen: eine Nebenstellennummer eingeben und ein Produkt wählen.</translation>
    </message>
    <message>
        <source>To add it: type an extension number.</source>
        <translation>Zum Hinzufügen: eine Nebenstellennummer eingeben.</translation>
    </message>
    <message>
        <source>To add it: choose a product.</source>
        <translation>Zum Hinzufügen: ein Produkt wählen.</translation>
    </message>
</context>
<context>
    <name>ad::AgreementModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Changed, not applied yet (was %1)</source>
        <translation>Geändert, noch nicht übernommen (vorher %1)</translation>
    </message>
    <message>
        <source>Double-click, F2 or type a number to change; U for Unlimited</source>
        <translation>Doppelklick, F2 oder eine Zahl eintippen zum Ändern; U für unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>%n in use of Unlimited</source>
        <translation>
            <numerusform>%n belegt, unbegrenzt</numerusform>
            <numerusform>%n belegt, unbegrenzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message numerus="yes">
        <source>%n in use, no limit</source>
        <translation>
            <numerusform>%n belegt, unbegrenzt</numerusform>
            <numerusform>%n belegt, unbegrenzt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used, %3 available</source>
        <translation>%1 von %2 belegt, %3 verfügbar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1, changed, not applied</source>
        <translation>%1, geändert, nicht übernommen</translation>
    </message>
    <message>
        <source>Another desk set %1 (it was %2). Apply sets your %3; Revert keeps %1.</source>
        <translation>Ein anderer Arbeitsplatz hat %1 gesetzt (vorher %2). Übernehmen setzt Ihre %3; Verwerfen behält %1.</translation>
    </message>
</context>
<context>
    <name>ad::AgreementPane</name>
    <message>
        <source>quantity of %1</source>
        <translation>Anzahl für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Main products&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hauptprodukte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add-on products&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zusatzprodukte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove main product</source>
        <translation>Hauptprodukt entfernen</translation>
    </message>
    <message>
        <source>Remove add-on</source>
        <translation>Zusatzprodukt entfernen</translation>
    </message>
    <message>
        <source>Add &amp;main product…</source>
        <translation>Hau&amp;ptprodukt hinzufügen…</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Hauptprodukte</translation>
    </message>
    <message>
        <source>Add-on products</source>
        <translation>Zusatzprodukte</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied</source>
        <translation>
            <numerusform>%n Änderung nicht übernommen</numerusform>
            <numerusform>%n Änderungen nicht übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantities: double-click, F2 or type a number; U for Unlimited; Ctrl+Z undoes.</source>
        <translation>Anzahl: Doppelklick, F2 oder eine Zahl eintippen; U für unbegrenzt; Strg+Z macht rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n quantity change(s)</source>
        <translation>
            <numerusform>%n Änderung der Anzahl wird übernommen</numerusform>
            <numerusform>%n Änderungen der Anzahl werden übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n quantity change(s).</source>
        <translation>
            <numerusform>%n Änderung der Anzahl übernommen.</numerusform>
            <numerusform>%n Änderungen der Anzahl übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: see the marked rows. Nothing was changed.</source>
        <translation>Nicht übernommen: siehe die markierten Zeilen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Quantity changes refused; nothing was changed.</source>
        <translation>Änderungen der Anzahl abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Add main product</source>
        <translation>Hauptprodukt hinzufügen</translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation>Zusatzprodukt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Anzahl</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>%1 added to the agreement.</source>
        <translation>%1 zur Vereinbarung hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the product to remove first.</source>
        <translation>Wählen Sie zuerst das Produkt aus, das entfernt werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) use %1; close them or change their product before removing it.</source>
        <translation>
            <numerusform>%n Konto verwendet %1; schließen Sie es oder ändern Sie sein Produkt, bevor Sie es entfernen.</numerusform>
            <numerusform>%n Konten verwenden %1; schließen Sie sie oder ändern Sie ihr Produkt, bevor Sie es entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Produkt entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the agreement?</source>
        <translation>%1 aus der Vereinbarung entfernen?</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>%1 removed from the agreement.</source>
        <translation>%1 aus der Vereinbarung entfernt.</translation>
    </message>
    <message>
        <source>Could not load the agreement: %1</source>
        <translation>Die Vereinbarung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation>Die Produkte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Every active main product is already in the agreement.</source>
        <translation>Jedes aktive Hauptprodukt ist bereits in der Vereinbarung.</translation>
    </message>
    <message>
        <source>Every active add-on is already in the agreement.</source>
        <translation>Jedes aktive Zusatzprodukt ist bereits in der Vereinbarung.</translation>
    </message>
    <message>
        <source>&amp;Apply agreement changes</source>
        <translation>Änderungen der Vereinbarung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert agreement changes</source>
        <translation>Änderungen der Vereinbarung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Acting as the customer: the agreement is the administrator&apos;s to change.</source>
        <translation>Als Kunde: Die Vereinbarung ändert nur der Administrator.</translation>
    </message>
    <message>
        <source>Add add-&amp;on…</source>
        <translation>&amp;Zusatzprodukt hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ad::AuditWords</name>
    <message>
        <source>Account activated</source>
        <translation>Konto aktiviert</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Konto hinzugefügt</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Account unblocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>Account closed</source>
        <translation>Konto geschlossen</translation>
    </message>
    <message>
        <source>Extension added</source>
        <translation>Nebenstelle hinzugefügt</translation>
    </message>
    <message>
        <source>Extension updated by an import</source>
        <translation>Nebenstelle durch einen Import geändert</translation>
    </message>
    <message>
        <source>Auto attendant added</source>
        <translation>Auto-Attendant hinzugefügt</translation>
    </message>
    <message>
        <source>Add-on added</source>
        <translation>Zusatzprodukt hinzugefügt</translation>
    </message>
    <message>
        <source>Add-on removed</source>
        <translation>Zusatzprodukt entfernt</translation>
    </message>
    <message>
        <source>Product added to the agreement</source>
        <translation>Produkt zur Vereinbarung hinzugefügt</translation>
    </message>
    <message>
        <source>Product removed from the agreement</source>
        <translation>Produkt aus der Vereinbarung entfernt</translation>
    </message>
    <message>
        <source>Quantity changed</source>
        <translation>Anzahl geändert</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <source>Customer renamed</source>
        <translation>Kunde umbenannt</translation>
    </message>
    <message>
        <source>Time zone changed</source>
        <translation>Zeitzone geändert</translation>
    </message>
    <message>
        <source>Currency changed</source>
        <translation>Währung geändert</translation>
    </message>
    <message>
        <source>Self-care activation changed</source>
        <translation>Aktivierung im Self-Care geändert</translation>
    </message>
    <message>
        <source>DIDs added</source>
        <translation>DIDs hinzugefügt</translation>
    </message>
    <message>
        <source>DIDs provided by the provider</source>
        <translation>DIDs vom Anbieter bereitgestellt</translation>
    </message>
    <message>
        <source>DIDs taken back by the provider</source>
        <translation>DIDs vom Anbieter zurückgenommen</translation>
    </message>
    <message>
        <source>DID assigned</source>
        <translation>DID zugewiesen</translation>
    </message>
    <message>
        <source>DID released</source>
        <translation>DID freigegeben</translation>
    </message>
    <message>
        <source>DID returned to the provider</source>
        <translation>DID an den Anbieter zurückgegeben</translation>
    </message>
    <message>
        <source>DIDs added to the inventory</source>
        <translation>DIDs zum Bestand hinzugefügt</translation>
    </message>
    <message>
        <source>Hunt group added</source>
        <translation>Sammelrufgruppe hinzugefügt</translation>
    </message>
    <message>
        <source>Hunt group changed</source>
        <translation>Sammelrufgruppe geändert</translation>
    </message>
    <message>
        <source>Hunt group members changed</source>
        <translation>Mitglieder der Sammelrufgruppe geändert</translation>
    </message>
    <message>
        <source>Subscription added</source>
        <translation>Abonnement hinzugefügt</translation>
    </message>
    <message>
        <source>Subscription fee changed</source>
        <translation>Gebühr des Abonnements geändert</translation>
    </message>
    <message>
        <source>Subscription removed</source>
        <translation>Abonnement entfernt</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>Produkt angelegt</translation>
    </message>
    <message>
        <source>Product renamed</source>
        <translation>Produkt umbenannt</translation>
    </message>
    <message>
        <source>Product fee changed</source>
        <translation>Gebühr des Produkts geändert</translation>
    </message>
    <message>
        <source>Product retired</source>
        <translation>Produkt eingestellt</translation>
    </message>
    <message>
        <source>Product deleted</source>
        <translation>Produkt gelöscht</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Import aus einer Datei</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Demodaten geladen</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <source>blocked by the administrator</source>
        <translation>vom Administrator gesperrt</translation>
    </message>
    <message>
        <source>blocked by the customer</source>
        <translation>vom Kunden gesperrt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created from %1 rows</source>
        <translation>
            <numerusform>%n Konto aus %1 Zeilen angelegt</numerusform>
            <numerusform>%n Konten aus %1 Zeilen angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n updated</source>
        <translation>
            <numerusform>; %n geändert</numerusform>
            <numerusform>; %n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n closed</source>
        <translation>
            <numerusform>; %n geschlossen</numerusform>
            <numerusform>; %n geschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unchanged</source>
        <translation>
            <numerusform>; %n unverändert</numerusform>
            <numerusform>; %n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) skipped as invalid</source>
        <translation>
            <numerusform>; %n ungültige Zeile übersprungen</numerusform>
            <numerusform>; %n ungültige Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>; created inactive</source>
        <translation>; inaktiv angelegt</translation>
    </message>
</context>
<context>
    <name>ad::ColumnMappingModel</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>%1 (mandatory)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <source>This column is not imported</source>
        <translation>Diese Spalte wird nicht importiert</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>Importiert als %1</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
</context>
<context>
    <name>ad::CommitPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>Angelegte Konten</translation>
    </message>
    <message>
        <source>&amp;Export created accounts…</source>
        <translation>Angelegte Konten &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Show in Extensions</source>
        <translation>In Nebenstellen &amp;zeigen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 rows · %3 rows per second</source>
        <translation>%1 von %2 Zeilen · %3 Zeilen pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n extension(s)</source>
        <translation>
            <numerusform>%n Nebenstelle wird importiert</numerusform>
            <numerusform>%n Nebenstellen werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled — nothing was written.</source>
        <translation>Abgebrochen – es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not imported — nothing was written. %1</source>
        <translation>Nicht importiert – es wurde nichts geschrieben. %1</translation>
    </message>
    <message>
        <source>Another change is still running; try again in a moment.</source>
        <translation>Eine andere Änderung läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Export the created accounts</source>
        <translation>Angelegte Konten exportieren</translation>
    </message>
    <message>
        <source>/created-extensions.csv</source>
        <translation>/angelegte-nebenstellen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Rows skipped because of problems: %1; nothing of them was written.</source>
        <translation>Wegen Problemen übersprungene Zeilen: %1; davon wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s) for %1…</source>
        <translation>
            <numerusform>Importiere %n Zeile für %1…</numerusform>
            <numerusform>Importiere %n Zeilen für %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) created</source>
        <translation>
            <numerusform>%n Nebenstelle angelegt</numerusform>
            <numerusform>%n Nebenstellen angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n geschlossen</numerusform>
            <numerusform>%n geschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::CustomerDialog</name>
    <message>
        <source>Edit customer — %1</source>
        <translation>Kunde bearbeiten — %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>ISO 4217 code (USD, EUR, CHF); it can be changed only while the customer has no accounts and no subscriptions</source>
        <translation>ISO-4217-Code (USD, EUR, CHF); er kann nur geändert werden, solange der Kunde keine Konten und keine Abonnements hat</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Self-care activation</source>
        <translation>Aktivierung im Self-Care</translation>
    </message>
    <message>
        <source>Active at once</source>
        <translation>Sofort aktiv</translation>
    </message>
    <message>
        <source>Inactive until an administrator activates them</source>
        <translation>Inaktiv, bis ein Administrator sie aktiviert</translation>
    </message>
    <message>
        <source>The status of accounts the customer creates through the self-care portal</source>
        <translation>Der Status der Konten, die der Kunde über das Self-Care-Portal anlegt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Self-care accounts</source>
        <translation>&amp;Self-Care-Konten</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Kunde anlegen</translation>
    </message>
    <message>
        <source>Changing customer</source>
        <translation>Kunde wird geändert</translation>
    </message>
    <message>
        <source>Creating customer</source>
        <translation>Kunde wird angelegt</translation>
    </message>
</context>
<context>
    <name>ad::CustomerListModel</name>
    <message>
        <source>%1 (i_customer %2) · %3 · %4</source>
        <translation>%1 (i_customer %2) · %3 · %4</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>i_customer</source>
        <translation>i_customer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>ad::CustomerMode</name>
    <message>
        <source>The administrator&apos;s: not allowed while acting as the customer (self-care rules).</source>
        <translation>Dem Administrator vorbehalten: nicht erlaubt, solange als Kunde gehandelt wird (Self-Care-Regeln).</translation>
    </message>
</context>
<context>
    <name>ad::CustomerPage</name>
    <message>
        <source>A&amp;greement</source>
        <translation>&amp;Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;DIDs</source>
        <translation>D&amp;IDs</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>i_customer %1 · %2 · %3</source>
        <translation>i_customer %1 · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;DIDs (%1)</source>
        <translation>D&amp;IDs (%1)</translation>
    </message>
    <message>
        <source>Monthly estimate …</source>
        <translation>Voraussichtlich monatlich …</translation>
    </message>
    <message>
        <source>Monthly estimate %1</source>
        <translation>Voraussichtlich monatlich %1</translation>
    </message>
    <message numerus="yes">
        <source>Subscriptions %1
Main products of %n active, unblocked account(s) %2
Add-ons %3
Total %4</source>
        <translation>
            <numerusform>Abonnements %1
Hauptprodukte von %n aktiven, nicht gesperrten Konto %2
Zusatzprodukte %3
Summe %4</numerusform>
            <numerusform>Abonnements %1
Hauptprodukte von %n aktiven, nicht gesperrten Konten %2
Zusatzprodukte %3
Summe %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Ex&amp;tensions</source>
        <translation>Neben&amp;stellen</translation>
    </message>
    <message>
        <source>Hunt grou&amp;ps</source>
        <translation>Sa&amp;mmelrufgruppen</translation>
    </message>
    <message>
        <source>Hunt grou&amp;ps (%1)</source>
        <translation>Sa&amp;mmelrufgruppen (%1)</translation>
    </message>
    <message>
        <source>Ex&amp;tensions (%1)</source>
        <translation>Neben&amp;stellen (%1)</translation>
    </message>
    <message>
        <source>Accoun&amp;ts (%1)</source>
        <translation>Kont&amp;en (%1)</translation>
    </message>
</context>
<context>
    <name>ad::Database</name>
    <message>
        <source>The agreement&apos;s quantity for this product would be exceeded.</source>
        <translation>Die vereinbarte Anzahl für dieses Produkt würde überschritten.</translation>
    </message>
    <message>
        <source>The product is not in the customer&apos;s agreement.</source>
        <translation>Das Produkt ist nicht in der Vereinbarung des Kunden.</translation>
    </message>
    <message>
        <source>Only a main product can be an account&apos;s product.</source>
        <translation>Nur ein Hauptprodukt kann das Produkt eines Kontos sein.</translation>
    </message>
    <message>
        <source>Only an add-on product can be added as an add-on.</source>
        <translation>Nur ein Zusatzprodukt kann als Zusatzprodukt hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Accounts use this product; it cannot be removed from the agreement.</source>
        <translation>Konten verwenden dieses Produkt; es kann nicht aus der Vereinbarung entfernt werden.</translation>
    </message>
    <message>
        <source>The customer already has an extension or hunt group with this number.</source>
        <translation>Der Kunde hat bereits eine Nebenstelle oder Sammelrufgruppe mit dieser Nummer.</translation>
    </message>
    <message>
        <source>The account ID does not follow the rules.</source>
        <translation>Die Konto-ID entspricht nicht den Regeln.</translation>
    </message>
    <message>
        <source>A DID can only be assigned to an account of the customer it was provided to.</source>
        <translation>Eine DID kann nur einem Konto des Kunden zugewiesen werden, dem sie bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>An account with this ID already exists.</source>
        <translation>Ein Konto mit dieser ID gibt es bereits.</translation>
    </message>
    <message>
        <source>The customer already has an extension with this number.</source>
        <translation>Der Kunde hat bereits eine Nebenstelle mit dieser Nummer.</translation>
    </message>
    <message>
        <source>This DID number already exists.</source>
        <translation>Diese DID-Nummer gibt es bereits.</translation>
    </message>
    <message>
        <source>The customer already has a hunt group with this name.</source>
        <translation>Der Kunde hat bereits eine Sammelrufgruppe mit diesem Namen.</translation>
    </message>
    <message>
        <source>The customer already has a hunt group with this number.</source>
        <translation>Der Kunde hat bereits eine Sammelrufgruppe mit dieser Nummer.</translation>
    </message>
    <message>
        <source>A customer with this name already exists.</source>
        <translation>Einen Kunden mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.</source>
        <translation>Der PostgreSQL-Treiber von Qt (libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URL: %1 (expected postgresql://user@host:port/dbname).</source>
        <translation>Keine PostgreSQL-URL: %1 (erwartet: postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2: %3</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1:%2: %3</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with: agreementdesk-cli --db %1 init --demo</source>
        <translation>Unter %1 gibt es keine Datenbank. Legen Sie eine an mit: agreementdesk-cli --db %1 init --demo</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (permissions).</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden (Zugriffsrechte).</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2).</source>
        <translation>%1 ist keine SQLite-Datenbank (%2).</translation>
    </message>
    <message>
        <source>%1 holds tables but no Agreement Desk schema version; it is not an Agreement Desk database.</source>
        <translation>%1 enthält Tabellen, aber keine Schemaversion von Agreement Desk; es ist keine Agreement-Desk-Datenbank.</translation>
    </message>
    <message>
        <source>%1 has no Agreement Desk schema yet. Create it with: agreementdesk-cli --db %2 init</source>
        <translation>%1 hat noch kein Agreement-Desk-Schema. Legen Sie es an mit: agreementdesk-cli --db %2 init</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Agreement Desk (schema version %2; this program knows up to %3). Use the newer program, or ask for an upgrade.</source>
        <translation>%1 stammt von einem neueren Agreement Desk (Schemaversion %2; dieses Programm kennt bis %3). Verwenden Sie das neuere Programm oder fragen Sie nach einer Aktualisierung.</translation>
    </message>
    <message>
        <source>The schema script for version %1 is missing from this build.</source>
        <translation>Das Schemaskript für Version %1 fehlt in diesem Programm.</translation>
    </message>
    <message>
        <source>Upgrading the schema to version %1 failed: %2</source>
        <translation>Die Aktualisierung des Schemas auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>beim Beginnen einer Transaktion</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>beim Festschreiben</translation>
    </message>
    <message>
        <source>The database %1 is busy: another desk is writing to it and did not finish within %2 s. Nothing was written; try again in a moment.</source>
        <translation>Die Datenbank %1 ist belegt: Ein anderer Arbeitsplatz schreibt gerade und war nicht innerhalb von %2 s fertig. Es wurde nichts geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing was written.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The database refused the change while %1: %2</source>
        <translation>Die Datenbank hat die Änderung %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while %2: %3</source>
        <translation>Die Verbindung zu %1 ist %2 abgebrochen: %3</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler %1: %2</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>beim Ausführen einer Abfrage</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>beim Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not an Agreement Desk database; it was left as it is. To create the schema in it: agreementdesk-cli --db %1 init</source>
        <translation>%1 ist eine leere Datei (0 Byte), keine Agreement-Desk-Datenbank; sie wurde nicht verändert. Um das Schema darin anzulegen: agreementdesk-cli --db %1 init</translation>
    </message>
    <message>
        <source>The database file %1 (or its folder) is read-only: it can be read, but not changed. Nothing was written; check the file&apos;s permissions, or copy it somewhere writable.</source>
        <translation>Die Datenbankdatei %1 (oder ihr Ordner) ist schreibgeschützt: Sie kann gelesen, aber nicht geändert werden. Es wurde nichts geschrieben; prüfen Sie die Zugriffsrechte der Datei oder kopieren Sie sie an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL option &quot;%1&quot; is not one this program passes on (it takes: %2).</source>
        <translation>Die PostgreSQL-URL-Option „%1“ gibt dieses Programm nicht weiter (es nimmt: %2).</translation>
    </message>
    <message>
        <source>The product is retired; it cannot be added any more.</source>
        <translation>Das Produkt ist eingestellt; es kann nicht mehr hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The product has been used; it cannot be deleted or change its kind.</source>
        <translation>Das Produkt wurde schon verwendet; es kann weder gelöscht werden noch seine Art ändern.</translation>
    </message>
    <message>
        <source>A product with this name already exists.</source>
        <translation>Ein Produkt mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>The customer already has a subscription with this name.</source>
        <translation>Der Kunde hat bereits ein Abonnement mit diesem Namen.</translation>
    </message>
    <message>
        <source>Audit entries are never changed or deleted; the database refused it.</source>
        <translation>Einträge des Änderungsprotokolls werden nie geändert oder gelöscht; die Datenbank hat es abgelehnt.</translation>
    </message>
    <message>
        <source>The usage counters of the agreement count the open accounts; they cannot be set by hand.</source>
        <translation>Die Nutzungszähler des Vertrags zählen die offenen Konten; sie können nicht von Hand gesetzt werden.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the database reached its size limit); nothing was written. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll (oder die Datenbank hat ihre Größengrenze erreicht); es wurde nichts geschrieben. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup; nothing was written.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The database login of this desk may not do this (%1). Nothing was written. The schema owner gives a desk its privileges with: agreementdesk-cli init --grant ROLE</source>
        <translation>Die Datenbank-Anmeldung dieses Arbeitsplatzes darf das nicht (%1). Es wurde nichts geschrieben. Der Eigentümer des Schemas gibt einem Arbeitsplatz seine Rechte mit: agreementdesk-cli init --grant ROLLE</translation>
    </message>
</context>
<context>
    <name>ad::DidInventoryWindow</name>
    <message>
        <source>DID inventory</source>
        <translation>DID-Bestand</translation>
    </message>
    <message>
        <source>DID number</source>
        <translation>DID-Nummer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Add numbers…</source>
        <translation>Nummern &amp;aufnehmen…</translation>
    </message>
    <message>
        <source>&amp;Give selected to a customer…</source>
        <translation>Ausgewählte einem Kunden &amp;geben…</translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <source>Numbers and ranges FIRST..LAST (at most 10,000 numbers a range)</source>
        <translation>Nummern und Bereiche ERSTE..LETZTE (höchstens 10.000 Nummern je Bereich)</translation>
    </message>
    <message>
        <source>A customer&apos;s free number back to the provider&apos;s inventory</source>
        <translation>Eine freie Nummer eines Kunden zurück in den Bestand des Anbieters</translation>
    </message>
    <message>
        <source>Filter (part of the number or the owner)…</source>
        <translation>Filter (Teil der Nummer oder des Inhabers)…</translation>
    </message>
    <message>
        <source>Filter DID numbers</source>
        <translation>DID-Nummern filtern</translation>
    </message>
    <message>
        <source>Could not load the DID inventory: %1</source>
        <translation>Der DID-Bestand konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>provider&apos;s inventory</source>
        <translation>Bestand des Anbieters</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Add numbers to the inventory</source>
        <translation>Nummern in den Bestand aufnehmen</translation>
    </message>
    <message>
        <source>Numbers to add</source>
        <translation>Aufzunehmende Nummern</translation>
    </message>
    <message>
        <source>e.g. 15550001000..15550001099 15550002000</source>
        <translation>z. B. 15550001000..15550001099 15550002000</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Adding DID numbers</source>
        <translation>DID-Nummern werden aufgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) added to the inventory.</source>
        <translation>
            <numerusform>%n Nummer in den Bestand aufgenommen.</numerusform>
            <numerusform>%n Nummern in den Bestand aufgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n number(s)</source>
        <translation>
            <numerusform>%n Nummer geben</numerusform>
            <numerusform>%n Nummern geben</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer to give the numbers to</source>
        <translation>Kunde, der die Nummern erhält</translation>
    </message>
    <message>
        <source>name or i_customer</source>
        <translation>Name oder i_customer</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Geben</translation>
    </message>
    <message>
        <source>Giving DID numbers</source>
        <translation>DID-Nummern werden vergeben</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) given to %1.</source>
        <translation>
            <numerusform>%n Nummer an %1 vergeben.</numerusform>
            <numerusform>%n Nummern an %1 vergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking DID numbers back</source>
        <translation>DID-Nummern werden zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) back in the inventory.</source>
        <translation>
            <numerusform>%n Nummer zurück im Bestand.</numerusform>
            <numerusform>%n Nummern zurück im Bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another change is still running; try again in a moment.</source>
        <translation>Eine andere Änderung läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ad::DidsPane</name>
    <message>
        <source>DID number</source>
        <translation>DID-Nummer</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>A&amp;ssign to account…</source>
        <translation>Konto &amp;zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Give numbers from the provider&apos;s inventory: one, a list, or a range FIRST..LAST</source>
        <translation>Nummern aus dem Bestand des Anbieters vergeben: eine, eine Liste oder einen Bereich ERSTE..LETZTE</translation>
    </message>
    <message>
        <source>Free the selected number; it stays with the customer</source>
        <translation>Die ausgewählte Nummer freigeben; sie bleibt beim Kunden</translation>
    </message>
    <message>
        <source>DID numbers</source>
        <translation>DID-Nummern</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Give DID numbers</source>
        <translation>DID-Nummern vergeben</translation>
    </message>
    <message numerus="yes">
        <source>Numbers from the provider&apos;s inventory (%n free there), separated by spaces or commas;
a range as FIRST..LAST:</source>
        <translation>
            <numerusform>Nummern aus dem Bestand des Anbieters (dort %n frei), getrennt durch Leerzeichen oder Kommas;
ein Bereich als ERSTE..LETZTE:</numerusform>
            <numerusform>Nummern aus dem Bestand des Anbieters (dort %n frei), getrennt durch Leerzeichen oder Kommas;
ein Bereich als ERSTE..LETZTE:</numerusform>
        </translation>
    </message>
    <message>
        <source>Giving DIDs</source>
        <translation>DIDs werden vergeben</translation>
    </message>
    <message numerus="yes">
        <source>%n DID(s) given to the customer.</source>
        <translation>
            <numerusform>%n DID an den Kunden vergeben.</numerusform>
            <numerusform>%n DIDs an den Kunden vergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign DID %1</source>
        <translation>DID %1 zuweisen</translation>
    </message>
    <message>
        <source>Assigning %1</source>
        <translation>%1 wird zugewiesen</translation>
    </message>
    <message>
        <source>DID %1 assigned to %2.</source>
        <translation>DID %1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Releasing %1</source>
        <translation>%1 wird freigegeben</translation>
    </message>
    <message>
        <source>Release DID</source>
        <translation>DID freigeben</translation>
    </message>
    <message>
        <source>DID %1 released.</source>
        <translation>DID %1 freigegeben.</translation>
    </message>
    <message>
        <source>Could not load the DIDs: %1</source>
        <translation>Die DIDs konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the provider&apos;s DID inventory: %1</source>
        <translation>Der DID-Bestand des Anbieters konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Account to assign the DID to</source>
        <translation>Konto, dem die DID zugewiesen wird</translation>
    </message>
    <message>
        <source>Could not load the accounts: %1</source>
        <translation>Die Konten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Give the selected free number back to the provider&apos;s inventory</source>
        <translation>Die ausgewählte freie Nummer in den Bestand des Anbieters zurückgeben</translation>
    </message>
    <message>
        <source>Returning %1</source>
        <translation>%1 wird zurückgegeben</translation>
    </message>
    <message>
        <source>DID %1 returned to the provider&apos;s inventory.</source>
        <translation>DID %1 ist zurück im Bestand des Anbieters.</translation>
    </message>
    <message>
        <source>G&amp;ive numbers…</source>
        <translation>Nummern ver&amp;geben…</translation>
    </message>
    <message>
        <source>Ret&amp;urn to inventory</source>
        <translation>In den Bes&amp;tand zurückgeben</translation>
    </message>
</context>
<context>
    <name>ad::DropZone</name>
    <message>
        <source>Drop zone for a CSV file</source>
        <translation>Ablagefläche für eine CSV-Datei</translation>
    </message>
    <message>
        <source>Drop one file from the file manager.</source>
        <translation>Legen Sie eine Datei aus dem Dateimanager ab.</translation>
    </message>
    <message>
        <source>Drop a CSV file or a workbook (.xlsx, .ods) here, or Browse…</source>
        <translation>CSV-Datei oder Arbeitsmappe (.xlsx, .ods) hier ablegen, oder Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>ad::ExtensionsPane</name>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Add e&amp;xtension…</source>
        <translation>Ne&amp;benstelle hinzufügen…</translation>
    </message>
    <message>
        <source>Add auto a&amp;ttendant…</source>
        <translation>Auto-A&amp;ttendant hinzufügen…</translation>
    </message>
    <message>
        <source>Add a&amp;ccount…</source>
        <translation>K&amp;onto hinzufügen…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>S&amp;chließen…</translation>
    </message>
    <message>
        <source>Add-&amp;ons…</source>
        <translation>&amp;Zusatzprodukte…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Acting as the customer: self-care rules apply.</source>
        <translation>Sie handeln als Kunde: Die Self-Care-Regeln gelten.</translation>
    </message>
    <message>
        <source>Acting as an administrator.</source>
        <translation>Sie handeln als Administrator.</translation>
    </message>
    <message>
        <source>Extensions and accounts</source>
        <translation>Nebenstellen und Konten</translation>
    </message>
    <message>
        <source>No extensions yet — Add extension… or import a CSV file.</source>
        <translation>Noch keine Nebenstellen – Nebenstelle hinzufügen… oder eine CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>Preparing Add extension…</source>
        <translation>Nebenstelle hinzufügen wird vorbereitet…</translation>
    </message>
    <message>
        <source>Add extension</source>
        <translation>Nebenstelle hinzufügen</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Add auto attendant — %1</source>
        <translation>Auto-Attendant hinzufügen – %1</translation>
    </message>
    <message>
        <source>Create inactive</source>
        <translation>Inaktiv anlegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;DID numbers</source>
        <translation>&amp;DID-Nummern</translation>
    </message>
    <message>
        <source>Add auto attendant</source>
        <translation>Auto-Attendant hinzufügen</translation>
    </message>
    <message>
        <source>Adding an auto attendant</source>
        <translation>Ein Auto-Attendant wird hinzugefügt</translation>
    </message>
    <message>
        <source>Add account — %1</source>
        <translation>Konto hinzufügen – %1</translation>
    </message>
    <message>
        <source>e.g. a SIM card&apos;s ICCID</source>
        <translation>z. B. die ICCID einer SIM-Karte</translation>
    </message>
    <message>
        <source>Account &amp;ID</source>
        <translation>Konto-&amp;ID</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n account(s)</source>
        <translation>
            <numerusform>%1: %n Konto</numerusform>
            <numerusform>%1: %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Close %1?

Closing is final: the account stops working, its DIDs go back to %2&apos;s pool, it leaves its hunt groups, and its quota is freed. The account ID is never used again.</source>
        <translation>%1 schließen?

Das Schließen ist endgültig: Das Konto funktioniert nicht mehr, seine DIDs gehen zurück in den Bestand von %2, es verlässt seine Sammelrufgruppen und sein Kontingent wird frei. Die Konto-ID wird nie wieder vergeben.</translation>
    </message>
    <message>
        <source>Close accounts</source>
        <translation>Konten schließen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Add-ons of %1</source>
        <translation>Zusatzprodukte von %1</translation>
    </message>
    <message>
        <source>The agreement has no add-on products.</source>
        <translation>Die Vereinbarung enthält keine Zusatzprodukte.</translation>
    </message>
    <message>
        <source>Changing the add-ons of %1</source>
        <translation>Zusatzprodukte von %1 werden geändert</translation>
    </message>
    <message>
        <source>Add-ons of %1 changed.</source>
        <translation>Zusatzprodukte von %1 geändert.</translation>
    </message>
    <message>
        <source>Export extensions</source>
        <translation>Nebenstellen exportieren</translation>
    </message>
    <message>
        <source>%1 extensions.csv</source>
        <translation>%1 Nebenstellen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n extension(s) to %1.</source>
        <translation>
            <numerusform>%n Nebenstelle nach %1 exportiert.</numerusform>
            <numerusform>%n Nebenstellen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Act as the c&amp;ustomer (self-care rules)</source>
        <translation>Als &amp;Kunde handeln (Self-Care-Regeln)</translation>
    </message>
    <message>
        <source>Could not load the agreement&apos;s products: %1</source>
        <translation>Die Produkte der Vereinbarung konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the agreement: %1</source>
        <translation>Die Vereinbarung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Adding an account</source>
        <translation>Konto wird angelegt</translation>
    </message>
    <message>
        <source>Free DIDs of the customer</source>
        <translation>Freie DIDs des Kunden</translation>
    </message>
    <message>
        <source>Could not load the customer&apos;s DIDs: %1</source>
        <translation>Die DIDs des Kunden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Auto attendant numbers are never reused.</source>
        <translation>Die Nummern von Auto-Attendants werden nie wiederverwendet.</translation>
    </message>
    <message>
        <source>Create &amp;inactive</source>
        <translation>&amp;Inaktiv anlegen</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>DID numbers
(none free)</source>
        <translation>DID-Nummern
(keine frei)</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>keine Gebühr</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4 used)</source>
        <translation>%1 — %2 (%3 von %4 belegt)</translation>
    </message>
    <message>
        <source>%1 — %2 (Unlimited)</source>
        <translation>%1 — %2 (unbegrenzt)</translation>
    </message>
    <message>
        <source>Filter: extension number, account ID or any word of a name…</source>
        <translation>Filter: Nebenstellennummer, Konto-ID oder ein Wort des Namens…</translation>
    </message>
    <message>
        <source>Could not load the accounts: %1</source>
        <translation>Die Konten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Work as the customer&apos;s self-care portal would: what only the administrator may do is disabled, and an administrator&apos;s block stays.</source>
        <translation>Arbeiten wie das Self-Care-Portal des Kunden: Was nur der Administrator darf, ist deaktiviert, und die Sperre eines Administrators bleibt bestehen.</translation>
    </message>
    <message>
        <source>Could not filter the accounts: %1</source>
        <translation>Die Konten konnten nicht gefiltert werden: %1</translation>
    </message>
    <message>
        <source>No accounts yet — Add account…</source>
        <translation>Noch keine Konten — Konto hinzufügen…</translation>
    </message>
    <message>
        <source>No extension matches “%1”. Esc clears the filter.</source>
        <translation>Keine Nebenstelle passt zu „%1“. Esc leert den Filter.</translation>
    </message>
    <message>
        <source>No account matches “%1”. Esc clears the filter.</source>
        <translation>Kein Konto passt zu „%1“. Esc leert den Filter.</translation>
    </message>
</context>
<context>
    <name>ad::FileDialog</name>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
</context>
<context>
    <name>ad::FormatPage</name>
    <message>
        <source>Format and columns</source>
        <translation>Format und Spalten</translation>
    </message>
    <message>
        <source>How the file is read, and which column is which. Change anything that was guessed wrong.</source>
        <translation>Wie die Datei gelesen wird und welche Spalte was enthält. Ändern Sie, was falsch erkannt wurde.</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Zeichenkodierung</translation>
    </message>
    <message>
        <source>&amp;Delimiter</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>The first rows as read:</source>
        <translation>Die ersten Zeilen, wie gelesen:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Columns (double-click &quot;Imported as&quot; to change):</source>
        <translation>Spalten (Doppelklick auf „Importiert als“ zum Ändern):</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>TAB</translation>
    </message>
    <message>
        <source>comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>pipe ( | )</source>
        <translation>senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Choose the column for: %1 — mandatory.</source>
        <translation>Wählen Sie die Spalte für: %1 – Pflicht.</translation>
    </message>
    <message>
        <source>Only one column can be imported as %1.</source>
        <translation>Nur eine Spalte kann als %1 importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be ignored.</source>
        <translation>
            <numerusform>%n Spalte wird ignoriert.</numerusform>
            <numerusform>%n Spalten werden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>All mandatory columns are found.</source>
        <translation>Alle Pflichtspalten sind gefunden.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>Header row number</source>
        <translation>Nummer der Kopfzeile</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>Tabellen&amp;blatt</translation>
    </message>
    <message>
        <source>Header &amp;row</source>
        <translation>&amp;Kopfzeile</translation>
    </message>
    <message>
        <source>Reset to &amp;detected</source>
        <translation>Auf &amp;Erkennung zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the saved choices for files with this header</source>
        <translation>Die gespeicherte Auswahl für Dateien mit dieser Kopfzeile vergessen</translation>
    </message>
    <message>
        <source>Using the mapping saved on %1 for files with this header.</source>
        <translation>Die am %1 für Dateien mit dieser Kopfzeile gespeicherte Zuordnung wird verwendet.</translation>
    </message>
    <message>
        <source>The saved mapping was forgotten; the choices are as detected.</source>
        <translation>Die gespeicherte Zuordnung wurde vergessen; es gilt, was erkannt wurde.</translation>
    </message>
    <message>
        <source>Detected (row %1)</source>
        <translation>Erkannt (Zeile %1)</translation>
    </message>
</context>
<context>
    <name>ad::HelpDialog</name>
    <message>
        <source>Agreement Desk — user guide</source>
        <translation>Agreement Desk – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>ad::HistoryPane</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Filter history…</source>
        <translation>Verlauf filtern…</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Showing the newest %L1 entries; filter to find older ones…</source>
        <translation>Die neuesten %L1 Einträge; filtern Sie, um ältere zu finden…</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Desk label</source>
        <translation>Arbeitsplatz-Bezeichnung</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Times in this computer&apos;s time zone, %1. Point at a time for its UTC time.</source>
        <translation>Zeiten in der Zeitzone dieses Computers, %1. Zeigen Sie auf eine Zeit, um sie in UTC zu sehen.</translation>
    </message>
    <message>
        <source>What was done. Point at an action for its code in the audit.</source>
        <translation>Was getan wurde. Zeigen Sie auf eine Aktion, um ihren Code im Änderungsprotokoll zu sehen.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>ad::HuntGroupsPane</name>
    <message>
        <source>Hunt group</source>
        <translation>Sammelrufgruppe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Hunt sequence</source>
        <translation>Rufreihenfolge</translation>
    </message>
    <message>
        <source>Members (in order)</source>
        <translation>Mitglieder (in Reihenfolge)</translation>
    </message>
    <message>
        <source>&amp;New hunt group…</source>
        <translation>Neue Sammel&amp;rufgruppe…</translation>
    </message>
    <message>
        <source>Hunt groups</source>
        <translation>Sammelrufgruppen</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Der Reihe nach</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>Alle gleichzeitig</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Least used first</source>
        <translation>Am wenigsten genutzte zuerst</translation>
    </message>
    <message>
        <source>(no members)</source>
        <translation>(keine Mitglieder)</translation>
    </message>
    <message>
        <source>New hunt group</source>
        <translation>Neue Sammelrufgruppe</translation>
    </message>
    <message>
        <source>digits, not used by an extension</source>
        <translation>Ziffern, nicht von einer Nebenstelle belegt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <source>Hunt &amp;sequence</source>
        <translation>&amp;Rufreihenfolge</translation>
    </message>
    <message>
        <source>Hunt group %1 created.</source>
        <translation>Sammelrufgruppe %1 angelegt.</translation>
    </message>
    <message>
        <source>Hunt group %1</source>
        <translation>Sammelrufgruppe %1</translation>
    </message>
    <message>
        <source>Members in hunt order</source>
        <translation>Mitglieder in Rufreihenfolge</translation>
    </message>
    <message>
        <source>extension number</source>
        <translation>Nebenstellennummer</translation>
    </message>
    <message>
        <source>Extension to add</source>
        <translation>Hinzuzufügende Nebenstelle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Hunt group %1 saved.</source>
        <translation>Sammelrufgruppe %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not load the hunt groups: %1</source>
        <translation>Die Sammelrufgruppen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the hunt group: %1</source>
        <translation>Die Sammelrufgruppe konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Creating hunt group</source>
        <translation>Sammelrufgruppe wird angelegt</translation>
    </message>
    <message>
        <source>Saving hunt group</source>
        <translation>Sammelrufgruppe wird gespeichert</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
</context>
<context>
    <name>ad::ImportPreviewModel</name>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Ext</source>
        <translation>Nst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DIDs</translation>
    </message>
    <message>
        <source>Hunt group</source>
        <translation>Sammelrufgruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 — problem: %2</source>
        <translation>%1 – Problem: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>ad::ImportService</name>
    <message>
        <source>the rows read could not be read back from the temporary file</source>
        <translation>die gelesenen Zeilen konnten nicht aus der temporären Datei zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>ad::ImportWizard</name>
    <message>
        <source>Import extensions from CSV</source>
        <translation>Nebenstellen aus CSV importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ad::MainWindow</name>
    <message>
        <source>Filter customers (name or i_customer)…</source>
        <translation>Kunden filtern (Name oder i_customer)…</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>%1 · desk user: %2</source>
        <translation>%1 · Bearbeiter: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open SQLite file…</source>
        <translation>SQLite-Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;New SQLite file…</source>
        <translation>&amp;Neue SQLite-Datei…</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt verwendete Datenbanken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Vereinbarung</translation>
    </message>
    <message>
        <source>E&amp;xtensions</source>
        <translation>&amp;Nebenstellen</translation>
    </message>
    <message>
        <source>&amp;DIDs</source>
        <translation>&amp;DIDs</translation>
    </message>
    <message>
        <source>&amp;Hunt groups</source>
        <translation>Sa&amp;mmelrufgruppen</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Verl&amp;auf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Agreement Desk</source>
        <translation>Ü&amp;ber Agreement Desk</translation>
    </message>
    <message>
        <source>About Agreement Desk</source>
        <translation>Über Agreement Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement Desk %1&lt;/b&gt;&lt;p&gt;Customer agreements, extensions, DIDs, hunt groups and the bulk import of extensions, for telecom back offices.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Agreement Desk %1&lt;/b&gt;&lt;p&gt;Kundenvereinbarungen, Nebenstellen, DIDs, Sammelrufgruppen und der Massenimport von Nebenstellen für das Backoffice von Telekommunikationsanbietern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select the customer to import into first.</source>
        <translation>Wählen Sie zuerst den Kunden aus, für den importiert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n extension(s).</source>
        <translation>
            <numerusform>%n Nebenstelle importiert.</numerusform>
            <numerusform>%n Nebenstellen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop one CSV file to import it.</source>
        <translation>Legen Sie eine CSV-Datei ab, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 is not a CSV file; drop a .csv file exported from a spreadsheet.</source>
        <translation>%1 ist keine CSV-Datei; legen Sie eine aus einer Tabellenkalkulation exportierte .csv-Datei ab.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>Changes not applied</source>
        <translation>Änderungen nicht übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n quantity change(s) for %1 are not applied. Apply them before switching?</source>
        <translation>
            <numerusform>%n Änderung der Anzahl für %1 ist nicht übernommen. Vor dem Wechseln übernehmen?</numerusform>
            <numerusform>%n Änderungen der Anzahl für %1 sind nicht übernommen. Vor dem Wechseln übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the current change is finished.</source>
        <translation>Warten Sie, bis die laufende Änderung fertig ist.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Agreement Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Agreement-Desk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New SQLite database</source>
        <translation>Neue SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Agreement Desk databases (*.sqlite)</source>
        <translation>Agreement-Desk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 gibt es bereits; öffnen Sie die Datei stattdessen.</translation>
    </message>
    <message>
        <source>Load the demo data into the new database?</source>
        <translation>Die Demodaten in die neue Datenbank laden?</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>asked each time, never saved (empty: PGPASSWORD or ~/.pgpass)</source>
        <translation>wird jedes Mal abgefragt, nie gespeichert (leer: PGPASSWORD oder ~/.pgpass)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language changes when Agreement Desk starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Agreement Desk.</translation>
    </message>
    <message>
        <source>%1 · desk user: %2 · acting as the customer (self-care rules)</source>
        <translation>%1 · Bearbeiter: %2 · handelt als Kunde (Self-Care-Regeln)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>Ne&amp;uer Kunde…</translation>
    </message>
    <message>
        <source>&amp;Edit customer…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Produkte…</translation>
    </message>
    <message>
        <source>The provider&apos;s product catalog</source>
        <translation>Der Produktkatalog des Anbieters</translation>
    </message>
    <message>
        <source>DID &amp;inventory…</source>
        <translation>DID-Bes&amp;tand…</translation>
    </message>
    <message>
        <source>The provider&apos;s DID numbers and who has them</source>
        <translation>Die DID-Nummern des Anbieters und wer sie hat</translation>
    </message>
    <message>
        <source>Customer %1 created (i_customer %2).</source>
        <translation>Kunde %1 angelegt (i_customer %2).</translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation>Kunde %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read everything again from the database (other desks&apos; changes show by themselves within about two seconds)</source>
        <translation>Alles neu aus der Datenbank lesen (Änderungen anderer Arbeitsplätze erscheinen nach etwa zwei Sekunden von selbst)</translation>
    </message>
    <message>
        <source>Reloaded from %1.</source>
        <translation>Neu geladen aus %1.</translation>
    </message>
    <message>
        <source>&amp;Filter accounts</source>
        <translation>Konten &amp;filtern</translation>
    </message>
</context>
<context>
    <name>ad::Permissions</name>
    <message>
        <source>initialise the database</source>
        <translation>die Datenbank einrichten</translation>
    </message>
    <message>
        <source>change the agreement</source>
        <translation>den Vertrag ändern</translation>
    </message>
    <message>
        <source>read the provider-wide history</source>
        <translation>den Verlauf des gesamten Anbieters lesen</translation>
    </message>
    <message>
        <source>create customers</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>Kunden ändern</translation>
    </message>
    <message>
        <source>add numbers to the DID inventory</source>
        <translation>Nummern in den DID-Bestand aufnehmen</translation>
    </message>
    <message>
        <source>see the provider&apos;s DID inventory</source>
        <translation>den DID-Bestand des Anbieters ansehen</translation>
    </message>
    <message>
        <source>give DID numbers to the customer</source>
        <translation>dem Kunden DID-Nummern geben</translation>
    </message>
    <message>
        <source>return DID numbers to the inventory</source>
        <translation>DID-Nummern in den Bestand zurückgeben</translation>
    </message>
    <message>
        <source>see the provider&apos;s product list</source>
        <translation>die Produktliste des Anbieters ansehen</translation>
    </message>
    <message>
        <source>create products</source>
        <translation>Produkte anlegen</translation>
    </message>
    <message>
        <source>change products</source>
        <translation>Produkte ändern</translation>
    </message>
    <message>
        <source>retire products</source>
        <translation>Produkte einstellen</translation>
    </message>
    <message>
        <source>delete products</source>
        <translation>Produkte löschen</translation>
    </message>
    <message>
        <source>change the customer&apos;s subscriptions</source>
        <translation>die Abonnements des Kunden ändern</translation>
    </message>
</context>
<context>
    <name>ad::ProductsWindow</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Einstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rename the product or change its monthly fee</source>
        <translation>Das Produkt umbenennen oder seine monatliche Gebühr ändern</translation>
    </message>
    <message>
        <source>No new agreement line, account or add-on; those that use it keep working</source>
        <translation>Keine neue Vereinbarungszeile, kein neues Konto und Zusatzprodukt mehr; was es verwendet, funktioniert weiter</translation>
    </message>
    <message>
        <source>Only a product that no agreement or account ever used</source>
        <translation>Nur ein Produkt, das keine Vereinbarung und kein Konto je verwendet hat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>keine Gebühr</translation>
    </message>
    <message>
        <source>Could not load the products: %1</source>
        <translation>Die Produkte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Main product</source>
        <translation>Hauptprodukt</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Zusatzprodukt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The administrator&apos;s: switch off Act as the customer</source>
        <translation>Dem Administrator vorbehalten: „Als Kunde handeln“ ausschalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a monthly fee: an amount such as 6 or 6.00, or nothing for no fee.</source>
        <translation>„%1“ ist keine monatliche Gebühr: ein Betrag wie 6 oder 6.00, oder nichts für keine Gebühr.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Main product (one per account)</source>
        <translation>Hauptprodukt (eines je Konto)</translation>
    </message>
    <message>
        <source>e.g. 6.00; empty for no fee</source>
        <translation>z. B. 6.00; leer für keine Gebühr</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Monthly &amp;fee</source>
        <translation>Monatliche &amp;Gebühr</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Create product</source>
        <translation>Produkt anlegen</translation>
    </message>
    <message>
        <source>Creating product</source>
        <translation>Produkt wird angelegt</translation>
    </message>
    <message>
        <source>Product %1 created.</source>
        <translation>Produkt %1 angelegt.</translation>
    </message>
    <message>
        <source>Edit product — %1</source>
        <translation>Produkt bearbeiten — %1</translation>
    </message>
    <message>
        <source>empty for no fee</source>
        <translation>leer für keine Gebühr</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (%1)</source>
        <translation>Monatliche &amp;Gebühr (%1)</translation>
    </message>
    <message>
        <source>A new fee applies to the charges estimate from now on.</source>
        <translation>Eine neue Gebühr gilt ab jetzt für die geschätzten Kosten.</translation>
    </message>
    <message>
        <source>Changing product %1</source>
        <translation>Produkt %1 wird geändert</translation>
    </message>
    <message>
        <source>Product %1 saved.</source>
        <translation>Produkt %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Another change is still running; try again in a moment.</source>
        <translation>Eine andere Änderung läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Retire product</source>
        <translation>Produkt einstellen</translation>
    </message>
    <message>
        <source>Retire %1? It can no longer be added to an agreement or an account; the lines and accounts that use it keep working.</source>
        <translation>%1 einstellen? Es kann keiner Vereinbarung und keinem Konto mehr hinzugefügt werden; Zeilen und Konten, die es verwenden, funktionieren weiter.</translation>
    </message>
    <message>
        <source>Retiring %1</source>
        <translation>%1 wird eingestellt</translation>
    </message>
    <message>
        <source>Product %1 retired.</source>
        <translation>Produkt %1 eingestellt.</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Product %1 deleted.</source>
        <translation>Produkt %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ad::QuantityDelegate</name>
    <message>
        <source>A quantity is a whole number from 1 to %1, or Unlimited (press U).</source>
        <translation>Eine Anzahl ist eine ganze Zahl von 1 bis %1 oder „Unbegrenzt“ (Taste U).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) use this product: the quantity cannot be lower than %n (you typed %1).</source>
        <translation>
            <numerusform>%n Konto nutzt dieses Produkt: Die Anzahl darf nicht kleiner als %n sein (eingegeben: %1).</numerusform>
            <numerusform>%n Konten nutzen dieses Produkt: Die Anzahl darf nicht kleiner als %n sein (eingegeben: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::QuantitySpinBox</name>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>A whole number, or Unlimited (press U).</source>
        <translation>Eine ganze Zahl oder unbegrenzt (U drücken).</translation>
    </message>
    <message>
        <source>Type a number, or press U for Unlimited</source>
        <translation>Geben Sie eine Zahl ein oder drücken Sie U für unbegrenzt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a quantity. %2</source>
        <translation>„%1“ gehört nicht zu einer Menge. %2</translation>
    </message>
</context>
<context>
    <name>ad::Refusals</name>
    <message>
        <source>A spreadsheet turned it into a number; format the column as Text and type the number again.</source>
        <translation>Eine Tabellenkalkulation hat daraus eine Zahl gemacht; formatieren Sie die Spalte als Text und tippen Sie die Nummer erneut ein.</translation>
    </message>
    <message>
        <source>The extension number is empty; every row needs one.</source>
        <translation>Die Nebenstellennummer ist leer; jede Zeile braucht eine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension number. %2</source>
        <translation>„%1“ ist keine Nebenstellennummer. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension number: use 1 to 15 digits (0-9), nothing else.</source>
        <translation>„%1“ ist keine Nebenstellennummer: Verwenden Sie 1 bis 15 Ziffern (0–9), sonst nichts.</translation>
    </message>
    <message>
        <source>Extension %1 is already in row %2 of this file.</source>
        <translation>Nebenstelle %1 steht bereits in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <source>%1 already has extension %2.</source>
        <translation>%1 hat bereits die Nebenstelle %2.</translation>
    </message>
    <message>
        <source>%1 already uses %2 as a hunt group number.</source>
        <translation>%1 verwendet %2 bereits als Nummer einer Sammelrufgruppe.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most 100 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; erlaubt sind höchstens 100.</translation>
    </message>
    <message>
        <source>The name contains control or invisible characters (such as tabs, line breaks or zero-width spaces); type it again without them.</source>
        <translation>Der Name enthält Steuer- oder unsichtbare Zeichen (etwa Tabulatoren, Zeilenumbrüche oder Leerzeichen der Breite null); geben Sie ihn ohne diese erneut ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DID number. %2</source>
        <translation>„%1“ ist keine DID-Nummer. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DID number: use 6 to 15 digits (spaces, dashes, dots, brackets and a leading + are allowed); separate several with commas.</source>
        <translation>„%1“ ist keine DID-Nummer: Verwenden Sie 6 bis 15 Ziffern (Leerzeichen, Bindestriche, Punkte, Klammern und ein führendes + sind erlaubt); mehrere durch Kommas trennen.</translation>
    </message>
    <message>
        <source>DID %1 is listed twice in this row.</source>
        <translation>DID %1 steht zweimal in dieser Zeile.</translation>
    </message>
    <message>
        <source>DID %1 is already in row %2 of this file.</source>
        <translation>DID %1 steht bereits in Zeile %2 dieser Datei.</translation>
    </message>
    <message>
        <source>DID %1 is already assigned to another account; release it first.</source>
        <translation>DID %1 ist bereits einem anderen Konto zugewiesen; geben Sie sie zuerst frei.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use an IANA name such as Europe/Kyiv or America/New_York, or leave it empty for %2.</source>
        <translation>„%1“ ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York, oder lassen Sie das Feld leer für %2.</translation>
    </message>
    <message>
        <source>The product is empty; every row needs a main product of the agreement.</source>
        <translation>Das Produkt ist leer; jede Zeile braucht ein Hauptprodukt der Vereinbarung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an add-on; the Product column needs a main product.</source>
        <translation>„%1“ ist ein Zusatzprodukt; die Spalte Product braucht ein Hauptprodukt.</translation>
    </message>
    <message>
        <source>The agreement allows %1 account(s) with %2; %3 are in use and earlier rows add %4.</source>
        <translation>Die Vereinbarung erlaubt %1 Konto/Konten mit %2; %3 sind in Verwendung und frühere Zeilen fügen %4 hinzu.</translation>
    </message>
    <message>
        <source>There is no customer &quot;%1&quot; (give the i_customer number or the exact name).</source>
        <translation>Es gibt keinen Kunden „%1“ (geben Sie die i_customer-Nummer oder den genauen Namen an).</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>A customer name needs 1 to 200 characters, without control characters.</source>
        <translation>Ein Kundenname braucht 1 bis 200 Zeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code such as USD or EUR.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; use an IANA name such as Europe/Kyiv.</source>
        <translation>„%1“ ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>A customer called &quot;%1&quot; already exists.</source>
        <translation>Einen Kunden namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>There is no product called &quot;%1&quot;.</source>
        <translation>Es gibt kein Produkt namens „%1“.</translation>
    </message>
    <message>
        <source>Name the account&apos;s main product.</source>
        <translation>Geben Sie das Hauptprodukt des Kontos an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an add-on; an account needs a main product.</source>
        <translation>„%1“ ist ein Zusatzprodukt; ein Konto braucht ein Hauptprodukt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a main product, not an add-on.</source>
        <translation>„%1“ ist ein Hauptprodukt, kein Zusatzprodukt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s agreement.</source>
        <translation>„%1“ ist nicht in der Vereinbarung von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the agreement; add it first.</source>
        <translation>„%1“ ist nicht in der Vereinbarung; fügen Sie es zuerst hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the agreement.</source>
        <translation>„%1“ ist nicht in der Vereinbarung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the agreement; change its quantity instead.</source>
        <translation>„%1“ ist bereits in der Vereinbarung; ändern Sie stattdessen die Anzahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) use %1; close them or change their product before removing it from the agreement.</source>
        <translation>
            <numerusform>%n Konto verwendet %1; schließen Sie es oder ändern Sie sein Produkt, bevor Sie %1 aus der Vereinbarung entfernen.</numerusform>
            <numerusform>%n Konten verwenden %1; schließen Sie sie oder ändern Sie ihr Produkt, bevor Sie %1 aus der Vereinbarung entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quantity is Unlimited or a whole number from 1 to 999,999.</source>
        <translation>Eine Anzahl ist unbegrenzt oder eine ganze Zahl von 1 bis 999.999.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) use %1; the quantity cannot be %2.</source>
        <translation>
            <numerusform>%n Konto verwendet %1; die Anzahl kann nicht %2 sein.</numerusform>
            <numerusform>%n Konten verwenden %1; die Anzahl kann nicht %2 sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agreement allows %1 account(s) with %2 and all are in use.</source>
        <translation>Die Vereinbarung erlaubt %1 Konto/Konten mit %2, und alle sind belegt.</translation>
    </message>
    <message>
        <source>The account %1 already exists.</source>
        <translation>Das Konto %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>The account %1 already exists (it may be closed); an account ID is never reused.</source>
        <translation>Das Konto %1 gibt es bereits (eventuell geschlossen); eine Konto-ID wird nie wieder vergeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account ID: use 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; or &apos;@&apos;, not starting with &quot;ph&quot; and a digit (those IDs are generated for extensions).</source>
        <translation>„%1“ ist keine gültige Konto-ID: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „.“, „-“, „_“ oder „@“, nicht beginnend mit „ph“ und einer Ziffer (solche IDs werden für Nebenstellen erzeugt).</translation>
    </message>
    <message>
        <source>A name has at most 100 characters and no control characters.</source>
        <translation>Ein Name hat höchstens 100 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DID number (6 to 15 digits).</source>
        <translation>„%1“ ist keine DID-Nummer (6 bis 15 Ziffern).</translation>
    </message>
    <message>
        <source>DID %1 is listed twice.</source>
        <translation>DID %1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>DID %1 has not been provided to %2.</source>
        <translation>DID %1 wurde %2 nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>DID %1 is already assigned to another account.</source>
        <translation>DID %1 ist bereits einem anderen Konto zugewiesen.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>The account %1 is closed.</source>
        <translation>Das Konto %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>An administrator blocked %1; only an administrator can change it.</source>
        <translation>Ein Administrator hat %1 gesperrt; nur ein Administrator kann das ändern.</translation>
    </message>
    <message>
        <source>%1 is already blocked.</source>
        <translation>%1 ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>%1 is not blocked.</source>
        <translation>%1 ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>Only an administrator can activate an account (it was created inactive for a check).</source>
        <translation>Nur ein Administrator kann ein Konto aktivieren (es wurde zur Prüfung inaktiv angelegt).</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ist bereits aktiv.</translation>
    </message>
    <message>
        <source>%1 already has %2.</source>
        <translation>%1 hat %2 bereits.</translation>
    </message>
    <message>
        <source>%1 does not have %2.</source>
        <translation>%1 hat %2 nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DID number: use 6 to 15 digits.</source>
        <translation>„%1“ ist keine DID-Nummer: Verwenden Sie 6 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range: write FIRST..LAST, two numbers of the same length, the first not above the last.</source>
        <translation>„%1“ ist kein Bereich: Schreiben Sie ERSTE..LETZTE, zwei Nummern gleicher Länge, die erste nicht größer als die letzte.</translation>
    </message>
    <message>
        <source>The range %1 holds %L2 numbers; give at most 10,000 at once.</source>
        <translation>Der Bereich %1 umfasst %L2 Nummern; vergeben Sie höchstens 10.000 auf einmal.</translation>
    </message>
    <message>
        <source>Give at least one number or FIRST..LAST range.</source>
        <translation>Geben Sie mindestens eine Nummer oder einen Bereich ERSTE..LETZTE an.</translation>
    </message>
    <message>
        <source>DID %1 already belongs to this customer.</source>
        <translation>DID %1 gehört bereits diesem Kunden.</translation>
    </message>
    <message>
        <source>DID %1 belongs to another customer.</source>
        <translation>DID %1 gehört einem anderen Kunden.</translation>
    </message>
    <message>
        <source>DID %1 has not been provided to this customer; give it first (did add).</source>
        <translation>DID %1 wurde diesem Kunden nicht bereitgestellt; vergeben Sie sie zuerst (did add).</translation>
    </message>
    <message>
        <source>DID %1 is already assigned to %2; release it first.</source>
        <translation>DID %1 ist bereits %2 zugewiesen; geben Sie sie zuerst frei.</translation>
    </message>
    <message>
        <source>DID %1 does not belong to any customer.</source>
        <translation>DID %1 gehört keinem Kunden.</translation>
    </message>
    <message>
        <source>DID %1 changed owner in the meantime.</source>
        <translation>DID %1 hat inzwischen den Besitzer gewechselt.</translation>
    </message>
    <message>
        <source>DID %1 is not assigned to an account. To give it back to the provider&apos;s inventory, use --to-inventory.</source>
        <translation>DID %1 ist keinem Konto zugewiesen. Um sie in den Bestand des Anbieters zurückzugeben, verwenden Sie --to-inventory.</translation>
    </message>
    <message>
        <source>A hunt group name needs 1 to 100 characters.</source>
        <translation>Ein Name einer Sammelrufgruppe braucht 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: use 1 to 15 digits.</source>
        <translation>„%1“ ist keine Nummer: Verwenden Sie 1 bis 15 Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hunt sequence; use order, simultaneous, random or least_used.</source>
        <translation>„%1“ ist keine Rufreihenfolge; verwenden Sie order, simultaneous, random oder least_used.</translation>
    </message>
    <message>
        <source>%1 already has a hunt group called &quot;%2&quot;.</source>
        <translation>%1 hat bereits eine Sammelrufgruppe namens „%2“.</translation>
    </message>
    <message>
        <source>%1 has no hunt group called &quot;%2&quot;.</source>
        <translation>%1 hat keine Sammelrufgruppe namens „%2“.</translation>
    </message>
    <message>
        <source>%1 already uses the number %2 for an extension or hunt group.</source>
        <translation>%1 verwendet die Nummer %2 bereits für eine Nebenstelle oder Sammelrufgruppe.</translation>
    </message>
    <message>
        <source>Extension %1 is listed twice.</source>
        <translation>Nebenstelle %1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>%1 has no open extension %2.</source>
        <translation>%1 hat keine offene Nebenstelle %2.</translation>
    </message>
    <message>
        <source>%1 changed since the file was checked (another desk was working on it); nothing was written. Review the new problems and try again.</source>
        <translation>%1 wurde geändert, seit die Datei geprüft wurde (ein anderer Arbeitsplatz hat daran gearbeitet); es wurde nichts geschrieben. Prüfen Sie die neuen Probleme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No row of the file can be imported.</source>
        <translation>Keine Zeile der Datei kann importiert werden.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was written.</source>
        <translation>Abgebrochen – es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The database already holds data; the demo data is loaded only into an empty database.</source>
        <translation>Die Datenbank enthält bereits Daten; die Demodaten werden nur in eine leere Datenbank geladen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes or no. Write Y or N; also understood: yes/no, true/false, 1/0, x/empty, on/off, ja/nein, wahr/falsch, oui/non, vrai/faux, si/no (any case; empty means no).</source>
        <translation>„%1“ ist kein Ja oder Nein. Schreiben Sie Y oder N; verstanden werden auch yes/no, true/false, 1/0, x/leer, on/off, ja/nein, wahr/falsch, oui/non, vrai/faux, si/no (Groß-/Kleinschreibung egal; leer heißt nein).</translation>
    </message>
    <message>
        <source>The agreement allows %1 account(s) with %2; %3 are in use, the file frees %4 and its earlier rows already take %5.</source>
        <translation>Die Vereinbarung erlaubt %1 Konto/Konten mit %2; %3 sind in Verwendung, die Datei gibt %4 frei und ihre früheren Zeilen belegen bereits %5.</translation>
    </message>
    <message>
        <source>%1 has no open extension %2 to update or close; check the number, or write &quot;add&quot; in the Action column to create it.</source>
        <translation>%1 hat keine offene Nebenstelle %2 zum Ändern oder Schließen; prüfen Sie die Nummer oder schreiben Sie „add“ in die Spalte Action, um sie anzulegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action. Write add (or new, create), update (edit, modify), or close (delete, del, remove); empty means add.</source>
        <translation>„%1“ ist keine Aktion. Schreiben Sie add (oder new, create), update (edit, modify) oder close (delete, del, remove); leer heißt add.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status. Write active or inactive (also enabled, disabled, or a yes / no); empty keeps the default.</source>
        <translation>„%1“ ist kein Status. Schreiben Sie active oder inactive (auch enabled, disabled oder ein Ja/Nein); leer behält die Voreinstellung.</translation>
    </message>
    <message>
        <source>%1 already has extension %2. To change it from this file, choose &quot;update existing extensions&quot; (--update-existing) or write update in an Action column.</source>
        <translation>%1 hat bereits die Nebenstelle %2. Um sie mit dieser Datei zu ändern, wählen Sie „vorhandene Nebenstellen ändern“ (--update-existing) oder schreiben Sie update in eine Spalte Action.</translation>
    </message>
    <message>
        <source>The file has no Name column: each name is &quot;%1&quot; and &quot;%2&quot; joined with a space.</source>
        <translation>Die Datei hat keine Spalte Name: Jeder Name ist „%1“ und „%2“, mit einem Leerzeichen verbunden.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is ignored: the file has a Name column.</source>
        <translation>Die Spalte „%1“ wird ignoriert: Die Datei hat eine Spalte Name.</translation>
    </message>
    <message>
        <source>The customer&apos;s self-care path may not %1; only an administrator can (run it without --as customer, or leave &quot;Act as the customer&quot;).</source>
        <translation>Der Selbstbedienungsweg des Kunden darf nicht %1; das kann nur ein Administrator (ohne --as customer ausführen oder „Als Kunde handeln“ beenden).</translation>
    </message>
    <message>
        <source>The desk label &quot;%1&quot; cannot be used: give one line of 1 to %2 characters, without control or invisible characters (--user or AGREEMENTDESK_USER).</source>
        <translation>Die Arbeitsplatz-Bezeichnung „%1“ ist nicht verwendbar: eine Zeile mit 1 bis %2 Zeichen angeben, ohne Steuer- oder unsichtbare Zeichen (--user oder AGREEMENTDESK_USER).</translation>
    </message>
    <message>
        <source>A customer name cannot be all digits (&quot;%1&quot;): commands take a customer&apos;s number or its name, and this one would look like a number.</source>
        <translation>Ein Kundenname darf nicht nur aus Ziffern bestehen („%1“): Befehle nehmen die Nummer oder den Namen eines Kunden, und dieser Name sähe wie eine Nummer aus.</translation>
    </message>
    <message>
        <source>A password inside the database URL would be visible to every user of this machine (ps). Remove it from the URL and put it in PGPASSWORD or ~/.pgpass (one line host:port:database:user:password, mode 0600).</source>
        <translation>Ein Passwort in der Datenbank-URL wäre für alle Benutzer dieses Rechners sichtbar (ps). Entfernen Sie es aus der URL und hinterlegen Sie es in PGPASSWORD oder ~/.pgpass (eine Zeile host:port:datenbank:benutzer:passwort, Rechte 0600).</translation>
    </message>
    <message>
        <source>init --grant gives a PostgreSQL role its privileges; an SQLite file has no roles (its file permissions decide who may read or write it).</source>
        <translation>init --grant gibt einer PostgreSQL-Rolle ihre Rechte; eine SQLite-Datei hat keine Rollen (ihre Dateirechte bestimmen, wer sie lesen oder schreiben darf).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL role name that init --grant accepts (letters, digits, _ and $, not starting with a digit, at most 63 characters).</source>
        <translation>„%1“ ist kein PostgreSQL-Rollenname, den init --grant annimmt (Buchstaben, Ziffern, _ und $, nicht mit einer Ziffer beginnend, höchstens 63 Zeichen).</translation>
    </message>
    <message>
        <source>A product name needs 1 to 100 characters, without control characters.</source>
        <translation>Ein Produktname braucht 1 bis 100 Zeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>A product called &quot;%1&quot; already exists (names are compared without regard to case).</source>
        <translation>Ein Produkt „%1“ gibt es bereits (Namen werden ohne Rücksicht auf Groß- und Kleinschreibung verglichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired: it cannot be added to an agreement or an account any more.</source>
        <translation>„%1“ ist eingestellt: Es kann keinem Vertrag und keinem Konto mehr hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired already.</source>
        <translation>„%1“ ist bereits eingestellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been used on an agreement or an account; it cannot be deleted. Retire it instead.</source>
        <translation>„%1“ wurde schon in einem Vertrag oder einem Konto verwendet; es kann nicht gelöscht werden. Stellen Sie es stattdessen ein.</translation>
    </message>
    <message>
        <source>A product&apos;s kind is main or addon, not &quot;%1&quot;.</source>
        <translation>Die Art eines Produkts ist main oder addon, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: give a decimal in the currency&apos;s main unit with at most two decimals (10, 10.00, 0.5), or none.</source>
        <translation>„%1“ ist kein Betrag: Geben Sie eine Dezimalzahl in der Haupteinheit der Währung mit höchstens zwei Nachkommastellen an (10, 10.00, 0.5) oder none.</translation>
    </message>
    <message>
        <source>The product is priced in %1, the customer is billed in %2.</source>
        <translation>Das Produkt kostet in %1, der Kunde wird in %2 abgerechnet.</translation>
    </message>
    <message>
        <source>%1 has accounts or subscriptions; its currency can no longer change.</source>
        <translation>%1 hat Konten oder Abonnements; seine Währung kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The self-care activation setting is active or inactive, not &quot;%1&quot;.</source>
        <translation>Die Aktivierung für die Selbstbedienung ist active oder inactive, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say what to change.</source>
        <translation>Geben Sie an, was sich ändern soll.</translation>
    </message>
    <message>
        <source>A subscription name needs 1 to 100 characters, without control characters.</source>
        <translation>Ein Abonnementname braucht 1 bis 100 Zeichen, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 already has a subscription called &quot;%2&quot;.</source>
        <translation>%1 hat bereits ein Abonnement „%2“.</translation>
    </message>
    <message>
        <source>%1 has no subscription called &quot;%2&quot;.</source>
        <translation>%1 hat kein Abonnement „%2“.</translation>
    </message>
    <message>
        <source>DID %1 is in the inventory already.</source>
        <translation>DID %1 ist bereits im Bestand.</translation>
    </message>
    <message>
        <source>DID %1 belongs to %2.</source>
        <translation>DID %1 gehört %2.</translation>
    </message>
    <message>
        <source>DID %1 is not in the inventory; add it there first.</source>
        <translation>DID %1 ist nicht im Bestand; nehmen Sie sie zuerst dort auf.</translation>
    </message>
    <message>
        <source>DID %1 belongs to no customer; it is in the inventory.</source>
        <translation>DID %1 gehört keinem Kunden; sie ist im Bestand.</translation>
    </message>
    <message>
        <source>DID %1 is assigned to account %2; release it first.</source>
        <translation>DID %1 ist dem Konto %2 zugeordnet; geben Sie sie zuerst frei.</translation>
    </message>
    <message>
        <source>Another desk changed the quantity of %1 from %2 to %3 after you typed %4; nothing was changed. Apply again to set %4 anyway, or Revert to keep %3.</source>
        <translation>Ein anderer Arbeitsplatz hat die Menge von %1 von %2 auf %3 geändert, nachdem Sie %4 eingegeben hatten; nichts wurde geändert. Übernehmen Sie erneut, um trotzdem %4 zu setzen, oder verwerfen Sie, um %3 zu behalten.</translation>
    </message>
</context>
<context>
    <name>ad::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Only rows with problems</source>
        <translation>&amp;Nur Zeilen mit Problemen</translation>
    </message>
    <message>
        <source>Save &amp;problems as CSV…</source>
        <translation>&amp;Probleme als CSV speichern…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the file again after fixing it</source>
        <translation>Die Datei nach dem Korrigieren erneut lesen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Alle Zeilen werden gelesen und geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>%1 %2 + %3 of %4 %5</source>
        <translation>%1 %2 + %3 von %4 %5</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Quota: %1
Charges: %2 → %3 a month (+%4)</source>
        <translation>Kontingent: %1
Kosten: %2 → %3 im Monat (+%4)</translation>
    </message>
    <message>
        <source>The file cannot be imported: see the problems above.</source>
        <translation>Die Datei kann nicht importiert werden: siehe die Probleme oben.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Keine Zeile kann importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n problem(s) in the file and press Reload, or go back and choose &quot;Skip invalid rows&quot;.</source>
        <translation>
            <numerusform>Beheben Sie das %n Problem in der Datei und klicken Sie auf „Neu laden“, oder gehen Sie zurück und wählen Sie „Ungültige Zeilen überspringen“.</numerusform>
            <numerusform>Beheben Sie die %n Probleme in der Datei und klicken Sie auf „Neu laden“, oder gehen Sie zurück und wählen Sie „Ungültige Zeilen überspringen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Die Zeilen mit Problemen speichern</translation>
    </message>
    <message>
        <source>-problems.csv</source>
        <translation>-probleme.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>Probleme speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>✓ — full; rows refused: %1</source>
        <translation>✓ — voll; abgelehnte Zeilen: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Anzulegen</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Zu ändern</translation>
    </message>
    <message>
        <source>To close</source>
        <translation>Zu schließen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu ändern</numerusform>
            <numerusform>%n zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to close</source>
        <translation>
            <numerusform>%n zu schließen</numerusform>
            <numerusform>%n zu schließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row matches its extension as it is: there is nothing to change.</source>
        <translation>Jede Zeile entspricht ihrer Nebenstelle, wie sie ist: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Every row of the file as it will be imported. Rows with problems are marked; the selected row&apos;s reason is below the table.</source>
        <translation>Jede Zeile der Datei, wie sie importiert wird. Zeilen mit Problemen sind markiert; der Grund für die ausgewählte Zeile steht unter der Tabelle.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: select a row to read its problem.</source>
        <translation>
            <numerusform>… und %n weiteres: Wählen Sie eine Zeile, um ihr Problem zu lesen.</numerusform>
            <numerusform>… und %n weitere: Wählen Sie eine Zeile, um ihr Problem zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid row(s) will be imported; </source>
        <translation>
            <numerusform>%n gültige Zeile wird importiert; </numerusform>
            <numerusform>%n gültige Zeilen werden importiert; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will not.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen nicht.</numerusform>
            <numerusform>%n Zeilen mit Problemen nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::SourcePage</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The file of new extensions, the customer they are for, and how to import them.</source>
        <translation>Die Datei mit den neuen Nebenstellen, der Kunde, für den sie sind, und wie importiert wird.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>&amp;Vorlage herunterladen…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Create the accounts &amp;inactive — an administrator activates them after review</source>
        <translation>Konten &amp;inaktiv anlegen – ein Administrator aktiviert sie nach der Prüfung</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only when every row is valid (recommended)</source>
        <translation>&amp;Alles oder nichts: nur importieren, wenn jede Zeile gültig ist (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows: import the valid rows and list the others</source>
        <translation>Ungültige Zeilen &amp;überspringen: die gültigen Zeilen importieren und die anderen auflisten</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 kann nicht gelesen werden (Zugriffsrechte).</translation>
    </message>
    <message>
        <source>File: %1 (%2 KB)</source>
        <translation>Datei: %1 (%2 KB)</translation>
    </message>
    <message>
        <source>%1

Drop another file to replace it.</source>
        <translation>%1

Legen Sie eine andere Datei ab, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Save the CSV template</source>
        <translation>CSV-Vorlage speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not load the customers: %1</source>
        <translation>Die Kunden konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Update existing extensions — a row whose extension exists changes it</source>
        <translation>Vorhandene Nebenstellen ä&amp;ndern — eine Zeile, deren Nebenstelle es schon gibt, ändert sie</translation>
    </message>
    <message>
        <source>%1 is not a CSV file or an .xlsx or .ods workbook. Save the spreadsheet in one of these and drop that.</source>
        <translation>%1 ist weder eine CSV-Datei noch eine .xlsx- oder .ods-Arbeitsmappe. Speichern Sie die Tabelle in einem dieser Formate und legen Sie diese Datei ab.</translation>
    </message>
    <message>
        <source>Choose a CSV file or a workbook</source>
        <translation>CSV-Datei oder Arbeitsmappe wählen</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)</source>
        <translation>CSV-Dateien und Arbeitsmappen (*.csv *.txt *.tsv *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ad::SubscriptionsPane</name>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsgebühr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subscriptions charged to the customer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dem Kunden berechnete Abonnements&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove subscription</source>
        <translation>Abonnement entfernen</translation>
    </message>
    <message>
        <source>Add &amp;subscription…</source>
        <translation>Abonnemen&amp;t hinzufügen…</translation>
    </message>
    <message>
        <source>Subscriptions charged to the customer</source>
        <translation>Dem Kunden berechnete Abonnements</translation>
    </message>
    <message>
        <source>Could not load the subscriptions: %1</source>
        <translation>Die Abonnements konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a monthly fee: an amount such as 30 or 30.00.</source>
        <translation>„%1“ ist keine monatliche Gebühr: ein Betrag wie 30 oder 30.00.</translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation>Abonnement hinzufügen</translation>
    </message>
    <message>
        <source>Subscription name</source>
        <translation>Name des Abonnements</translation>
    </message>
    <message>
        <source>e.g. Up to 10 lines</source>
        <translation>z. B. Bis zu 10 Leitungen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (%1)</source>
        <translation>Monatliche &amp;Gebühr (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Adding subscription</source>
        <translation>Abonnement wird hinzugefügt</translation>
    </message>
    <message>
        <source>Subscription %1 added.</source>
        <translation>Abonnement %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Change fee — %1</source>
        <translation>Gebühr ändern — %1</translation>
    </message>
    <message>
        <source>Changing subscription %1</source>
        <translation>Abonnement %1 wird geändert</translation>
    </message>
    <message>
        <source>Subscription %1 saved.</source>
        <translation>Abonnement %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove %1? It is no longer charged to the customer.</source>
        <translation>%1 entfernen? Es wird dem Kunden nicht mehr berechnet.</translation>
    </message>
    <message>
        <source>Removing subscription %1</source>
        <translation>Abonnement %1 wird entfernt</translation>
    </message>
    <message>
        <source>Subscription %1 removed.</source>
        <translation>Abonnement %1 entfernt.</translation>
    </message>
    <message>
        <source>Another change is still running; try again in a moment.</source>
        <translation>Eine andere Änderung läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cha&amp;nge fee…</source>
        <translation>&amp;Gebühr ändern…</translation>
    </message>
</context>
<context>
    <name>ad::UsageBarDelegate</name>
    <message>
        <source>%1 in use · no limit</source>
        <translation>%1 belegt · unbegrenzt</translation>
    </message>
    <message>
        <source>%1 of %2 · full</source>
        <translation>%1 von %2 · voll</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 free</source>
        <translation>%1 von %2 · %3 frei</translation>
    </message>
</context>
<context>
    <name>ad::csv::CsvReader</name>
    <message>
        <source>A quoted field that starts in row %1 is never closed; add the missing closing quote (&quot;).</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen; ergänzen Sie das schließende Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header has %3; a value may hold an unquoted delimiter — quote it or remove the extra values.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3; ein Wert enthält vielleicht ein Trennzeichen ohne Anführungszeichen – setzen Sie ihn in Anführungszeichen oder entfernen Sie die überzähligen Werte.</translation>
    </message>
    <message>
        <source>The file has more than %L1 data rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als %L1 Datenzeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Zeichenkodierung „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file could not be read again.</source>
        <translation>Die Datei konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>The file holds no rows (only blank lines).</source>
        <translation>Die Datei enthält keine Zeilen (nur Leerzeilen).</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>Die Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than 1 GiB; split it into smaller files.</source>
        <translation>Die Datei ist größer als 1 GiB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The header is row %1; the rows above it were skipped.</source>
        <translation>Die Kopfzeile ist Zeile %1; die Zeilen darüber wurden übersprungen.</translation>
    </message>
    <message>
        <source>The file is not valid %1: row %2 has bytes that are not %1. Choose the file&apos;s encoding (for example Windows-1252 or macintosh).</source>
        <translation>Die Datei ist kein gültiges %1: Zeile %2 enthält Bytes, die kein %1 sind. Wählen Sie die Kodierung der Datei (zum Beispiel Windows-1252 oder macintosh).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (row %1 is the first that is not); it was read as Windows-1252. If accents look wrong, choose the file&apos;s encoding.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Zeile %1 ist die erste, die es nicht ist); sie wurde als Windows-1252 gelesen. Wenn Umlaute falsch aussehen, wählen Sie die Kodierung der Datei.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Two columns mean &quot;%1&quot;: column %2 and column %3; keep one of them (or map one to another field).</source>
        <translation>Zwei Spalten bedeuten „%1“: Spalte %2 und Spalte %3; behalten Sie eine davon (oder ordnen Sie eine einem anderen Feld zu).</translation>
    </message>
    <message>
        <source>The column %1 is not a template column and is ignored.</source>
        <translation>Die Spalte %1 ist keine Spalte der Vorlage und wird ignoriert.</translation>
    </message>
    <message>
        <source>The mandatory column &quot;%1&quot; is missing: no row among the first ten names it. Name it in the header row (%2), choose the header row, or map a column of the file to it.</source>
        <translation>Die Pflichtspalte „%1“ fehlt: Keine der ersten zehn Zeilen nennt sie. Nennen Sie sie in der Kopfzeile (%2), wählen Sie die Kopfzeile oder ordnen Sie ihr eine Spalte der Datei zu.</translation>
    </message>
</context>
<context>
    <name>ad::csv::Workbook</name>
    <message>
        <source>(Sheet &quot;%1&quot; was read; the workbook&apos;s sheets are: %2. Choose another sheet.)</source>
        <translation>(Gelesen wurde das Blatt „%1“; die Blätter der Arbeitsmappe sind: %2. Wählen Sie ein anderes Blatt.)</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which cannot be read. Save it as .xlsx, .ods or CSV (File &gt; Save As) and import that file.</source>
        <translation>Dies ist eine Excel-97-2003-Arbeitsmappe (.xls), die nicht gelesen werden kann. Speichern Sie sie als .xlsx, .ods oder CSV (Datei &gt; Speichern unter) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>This is a ZIP archive, but not an .xlsx or .ods workbook. Import the CSV file, or a workbook saved as .xlsx or .ods.</source>
        <translation>Dies ist ein ZIP-Archiv, aber keine .xlsx- oder .ods-Arbeitsmappe. Importieren Sie die CSV-Datei oder eine als .xlsx oder .ods gespeicherte Arbeitsmappe.</translation>
    </message>
    <message>
        <source>The %1 workbook cannot be read (%2). Open it in a spreadsheet program and save it again, or save the sheet as CSV.</source>
        <translation>Die %1-Arbeitsmappe kann nicht gelesen werden (%2). Öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie erneut, oder speichern Sie das Blatt als CSV.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Die Arbeitsmappe hat keine Blätter.</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation>Die Arbeitsmappe hat kein Blatt „%1“; ihre Blätter sind: %2.</translation>
    </message>
</context>
<context>
    <name>agreementdesk-cli</name>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>Die Option %1 hat keinen Wert.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Run agreementdesk-cli --help for the commands.</source>
        <translation>agreementdesk-cli --help zeigt die Befehle.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to this command.</source>
        <translation>Die Option %1 gilt nicht für diesen Befehl.</translation>
    </message>
    <message>
        <source>--as takes admin or customer, not &quot;%1&quot;.</source>
        <translation>--as erwartet admin oder customer, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>%1: schema version %2, demo data loaded (5 customers, 10 products).</source>
        <translation>%1: Schemaversion %2, Demodaten geladen (5 Kunden, 10 Produkte).</translation>
    </message>
    <message>
        <source>%1: schema version %2 ready.</source>
        <translation>%1: Schemaversion %2 bereit.</translation>
    </message>
    <message>
        <source>i_customer</source>
        <translation>i_customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Customer %1 created: i_customer %2.</source>
        <translation>Kunde %1 angelegt: i_customer %2.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatliche Gebühr</translation>
    </message>
    <message>
        <source>main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>add-on</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Usage: agreement show CUSTOMER</source>
        <translation>Aufruf: agreement show KUNDE</translation>
    </message>
    <message>
        <source>%1 (%2) — monthly charges estimate %3</source>
        <translation>%1 (%2) – voraussichtliche monatliche Kosten %3</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Hauptprodukte</translation>
    </message>
    <message>
        <source>Add-on products</source>
        <translation>Zusatzprodukte</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>Usage: agreement add CUSTOMER PRODUCT [--quantity N|unlimited]</source>
        <translation>Aufruf: agreement add KUNDE PRODUKT [--quantity N|unlimited]</translation>
    </message>
    <message>
        <source>Usage: agreement set CUSTOMER PRODUCT N|unlimited</source>
        <translation>Aufruf: agreement set KUNDE PRODUKT N|unlimited</translation>
    </message>
    <message>
        <source>Usage: agreement remove CUSTOMER PRODUCT</source>
        <translation>Aufruf: agreement remove KUNDE PRODUKT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity: use unlimited or a whole number from 1 to 999999.</source>
        <translation>„%1“ ist keine Anzahl: Verwenden Sie unlimited oder eine ganze Zahl von 1 bis 999999.</translation>
    </message>
    <message>
        <source>%1 removed from %2&apos;s agreement.</source>
        <translation>%1 aus der Vereinbarung von %2 entfernt.</translation>
    </message>
    <message>
        <source>%1: %2 in %3&apos;s agreement.</source>
        <translation>%1: %2 in der Vereinbarung von %3.</translation>
    </message>
    <message>
        <source>Usage: agreement show|add|set|remove CUSTOMER ...</source>
        <translation>Aufruf: agreement show|add|set|remove KUNDE ...</translation>
    </message>
    <message>
        <source>--delimiter takes one of , ; | tab (not &quot;%1&quot;).</source>
        <translation>--delimiter erwartet eines von , ; | tab (nicht „%1“).</translation>
    </message>
    <message>
        <source>committing %1/%2 (%3 rows/s)</source>
        <translation>Festschreiben %1/%2 (%3 Zeilen/s)</translation>
    </message>
    <message>
        <source>committing %1 (%2 rows/s)</source>
        <translation>Festschreiben %1 (%2 Zeilen/s)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2) ← %3</source>
        <translation>%1 (%2) ← %3</translation>
    </message>
    <message numerus="yes">
        <source>  %n data row(s) · encoding %1 · delimiter %2</source>
        <translation>
            <numerusform>  %n Datenzeile · Kodierung %1 · Trennzeichen %2</numerusform>
            <numerusform>  %n Datenzeilen · Kodierung %1 · Trennzeichen %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Probleme (%1):</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 %2 + %3 of %4%5</source>
        <translation>%1 %2 + %3 von %4%5</translation>
    </message>
    <message>
        <source> (exceeded)</source>
        <translation> (überschritten)</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>Monthly charges: %1 → %2</source>
        <translation>Monatliche Kosten: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n account(s) created.</source>
        <translation>
            <numerusform>Importiert: %n Konto angelegt.</numerusform>
            <numerusform>Importiert: %n Konten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and %L1 more (--json lists them all).</source>
        <translation>  … und %L1 weitere (--json listet alle).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n invalid row(s) (listed above).</source>
        <translation>
            <numerusform>Übersprungen: %n ungültige Zeile (oben aufgeführt).</numerusform>
            <numerusform>Übersprungen: %n ungültige Zeilen (oben aufgeführt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: the file is valid; %n account(s) would be created. Nothing was written.</source>
        <translation>
            <numerusform>Probelauf: Die Datei ist gültig; %n Konto würde angelegt. Es wurde nichts geschrieben.</numerusform>
            <numerusform>Probelauf: Die Datei ist gültig; %n Konten würden angelegt. Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the file has problems; nothing was written.</source>
        <translation>Probelauf: Die Datei hat Probleme; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written. Fix the rows above and import again, or use --skip-invalid to import the %n valid row(s).</source>
        <translation>
            <numerusform>Es wurde nichts geschrieben. Beheben Sie die Zeilen oben und importieren Sie erneut, oder importieren Sie mit --skip-invalid die %n gültige Zeile.</numerusform>
            <numerusform>Es wurde nichts geschrieben. Beheben Sie die Zeilen oben und importieren Sie erneut, oder importieren Sie mit --skip-invalid die %n gültigen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: export CUSTOMER [FILE]</source>
        <translation>Aufruf: export KUNDE [DATEI]</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n Nebenstelle von %1 nach %2 geschrieben.</numerusform>
            <numerusform>%n Nebenstellen von %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 (%2, %3). Monthly charges %4 → %5.</source>
        <translation>%1 angelegt (%2, %3). Monatliche Kosten %4 → %5.</translation>
    </message>
    <message>
        <source>Usage: extension add CUSTOMER NUMBER --product P [--name N] [--did D,...] [--published Y|N] [--email E] [--timezone TZ] [--huntgroup H] [--inactive]</source>
        <translation>Aufruf: extension add KUNDE NUMMER --product P [--name N] [--did D,...] [--published Y|N] [--email E] [--timezone TZ] [--huntgroup H] [--inactive]</translation>
    </message>
    <message>
        <source>extension add needs --product.</source>
        <translation>extension add braucht --product.</translation>
    </message>
    <message>
        <source>Usage: auto-attendant add CUSTOMER --product P [--name N] [--did D,...] [--inactive]</source>
        <translation>Aufruf: auto-attendant add KUNDE --product P [--name N] [--did D,...] [--inactive]</translation>
    </message>
    <message>
        <source>auto-attendant add needs --product.</source>
        <translation>auto-attendant add braucht --product.</translation>
    </message>
    <message>
        <source>Usage: account add CUSTOMER ID --product P [--inactive]</source>
        <translation>Aufruf: account add KUNDE ID --product P [--inactive]</translation>
    </message>
    <message>
        <source>Usage: account addon add|remove ACCOUNT_ID PRODUCT</source>
        <translation>Aufruf: account addon add|remove KONTO_ID PRODUKT</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 von %2 entfernt.</translation>
    </message>
    <message>
        <source>Usage: account %1 ACCOUNT_ID</source>
        <translation>Aufruf: account %1 KONTO_ID</translation>
    </message>
    <message>
        <source>Blocked %1 (by the customer).</source>
        <translation>%1 gesperrt (vom Kunden).</translation>
    </message>
    <message>
        <source>Blocked %1 (by an administrator).</source>
        <translation>%1 gesperrt (von einem Administrator).</translation>
    </message>
    <message>
        <source>Unblocked %1.</source>
        <translation>%1 entsperrt.</translation>
    </message>
    <message>
        <source>Activated %1.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>Closed %1; its DIDs went back to the customer&apos;s pool and it left its hunt groups.</source>
        <translation>%1 geschlossen; seine DIDs sind zurück im Bestand des Kunden, und es hat seine Sammelrufgruppen verlassen.</translation>
    </message>
    <message>
        <source>Usage: account add|block|unblock|activate|close|addon ...</source>
        <translation>Aufruf: account add|block|unblock|activate|close|addon ...</translation>
    </message>
    <message>
        <source>Usage: accounts CUSTOMER</source>
        <translation>Aufruf: accounts KUNDE</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n account(s)</source>
        <translation>
            <numerusform>%1 (%2): %n Konto</numerusform>
            <numerusform>%1 (%2): %n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Ext</source>
        <translation>Nst.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>DIDs</source>
        <translation>DIDs</translation>
    </message>
    <message>
        <source>Hunt group</source>
        <translation>Sammelrufgruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, blocked by administrator</source>
        <translation>, vom Administrator gesperrt</translation>
    </message>
    <message>
        <source>, blocked by customer</source>
        <translation>, vom Kunden gesperrt</translation>
    </message>
    <message>
        <source>Usage: did add CUSTOMER NUMBER|FIRST..LAST ...</source>
        <translation>Aufruf: did add KUNDE NUMMER|ERSTE..LETZTE ...</translation>
    </message>
    <message numerus="yes">
        <source>%n DID(s) given to %1.</source>
        <translation>
            <numerusform>%n DID an %1 vergeben.</numerusform>
            <numerusform>%n DIDs an %1 vergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: did assign ACCOUNT_ID NUMBER</source>
        <translation>Aufruf: did assign KONTO_ID NUMMER</translation>
    </message>
    <message>
        <source>DID %1 assigned to %2.</source>
        <translation>DID %1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Usage: did release NUMBER [--to-inventory]</source>
        <translation>Aufruf: did release NUMMER [--to-inventory]</translation>
    </message>
    <message>
        <source>DID %1 returned to the provider&apos;s inventory.</source>
        <translation>DID %1 ist zurück im Bestand des Anbieters.</translation>
    </message>
    <message>
        <source>DID %1 released; it is free in the customer&apos;s pool.</source>
        <translation>DID %1 freigegeben; sie ist frei im Bestand des Kunden.</translation>
    </message>
    <message>
        <source>Usage: did list CUSTOMER</source>
        <translation>Aufruf: did list KUNDE</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Usage: huntgroup add CUSTOMER NAME --number N [--sequence order|simultaneous|random|least_used]</source>
        <translation>Aufruf: huntgroup add KUNDE NAME --number N [--sequence order|simultaneous|random|least_used]</translation>
    </message>
    <message>
        <source>Hunt group %1 (%2) created for %3.</source>
        <translation>Sammelrufgruppe %1 (%2) für %3 angelegt.</translation>
    </message>
    <message>
        <source>Usage: huntgroup set CUSTOMER NAME [--rename NEW] [--number N] [--sequence S] [--members EXT,EXT,...]</source>
        <translation>Aufruf: huntgroup set KUNDE NAME [--rename NEU] [--number N] [--sequence S] [--members NST,NST,...]</translation>
    </message>
    <message>
        <source>Hunt group %1 updated.</source>
        <translation>Sammelrufgruppe %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Usage: huntgroup list CUSTOMER</source>
        <translation>Aufruf: huntgroup list KUNDE</translation>
    </message>
    <message>
        <source>%1 has no hunt groups.</source>
        <translation>%1 hat keine Sammelrufgruppen.</translation>
    </message>
    <message>
        <source>Usage: huntgroup add|set|list ...</source>
        <translation>Aufruf: huntgroup add|set|list ...</translation>
    </message>
    <message>
        <source>No history for %1.</source>
        <translation>Kein Verlauf für %1.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Give --header-row N or --no-header, not both.</source>
        <translation>Geben Sie --header-row N oder --no-header an, nicht beides.</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1 (not &quot;%1&quot;).</source>
        <translation>--header-row erwartet eine Zeilennummer ab 1 (nicht „%1“).</translation>
    </message>
    <message>
        <source>The option %1 is given twice; give it once.</source>
        <translation>Die Option %1 ist zweimal angegeben; geben Sie sie einmal an.</translation>
    </message>
    <message>
        <source>--map takes &quot;FILE COLUMN=FIELD&quot; (not &quot;%1&quot;); FIELD is one of: %2, or ignore.</source>
        <translation>--map erwartet &quot;DATEISPALTE=FELD&quot; (nicht „%1“); FELD ist eines von: %2, oder ignore.</translation>
    </message>
    <message>
        <source>, column %1 &quot;%2&quot;</source>
        <translation>, Spalte %1 „%2“</translation>
    </message>
    <message>
        <source>Existing extensions: %1 updated, %2 closed, %3 unchanged.</source>
        <translation>Vorhandene Nebenstellen: %1 geändert, %2 geschlossen, %3 unverändert.</translation>
    </message>
    <message>
        <source>Usage: import CUSTOMER FILE [--dry-run] [--inactive] [--skip-invalid] [--update-existing] [--encoding NAME] [--delimiter C] [--header-row N | --no-header] [--map &quot;FILE COLUMN=FIELD&quot;]... [--sheet NAME] [--errors-csv FILE] [--json]</source>
        <translation>Aufruf: import KUNDE DATEI [--dry-run] [--inactive] [--skip-invalid] [--update-existing] [--encoding NAME] [--delimiter Z] [--header-row N | --no-header] [--map &quot;DATEISPALTE=FELD&quot;]... [--sheet NAME] [--errors-csv DATEI] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>  %n data row(s) · sheet &quot;%1&quot; of %2 in an %3 workbook</source>
        <translation>
            <numerusform>  %n Datenzeile · Blatt „%1“ von %2 in einer %3-Arbeitsmappe</numerusform>
            <numerusform>  %n Datenzeilen · Blatt „%1“ von %2 in einer %3-Arbeitsmappe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 − %3 + %4 of %5%6</source>
        <translation>%1 %2 − %3 + %4 von %5%6</translation>
    </message>
    <message>
        <source>Usage: customer add NAME [--currency USD] [--timezone TZ] [--self-care-accounts active|inactive]
       customer set CUSTOMER [--rename NEW] [--timezone TZ] [--currency CUR]
                    [--self-care-accounts active|inactive]
       customer show CUSTOMER</source>
        <translation>Aufruf: customer add NAME [--currency USD] [--timezone TZ] [--self-care-accounts active|inactive]
        customer set KUNDE [--rename NEU] [--timezone TZ] [--currency WÄHRUNG]
                     [--self-care-accounts active|inactive]
        customer show KUNDE</translation>
    </message>
    <message>
        <source>Customer %1 (%2) changed.</source>
        <translation>Kunde %1 (%2) geändert.</translation>
    </message>
    <message>
        <source>Usage: did inventory add NUMBER|FIRST..LAST ...
       did inventory list</source>
        <translation>Aufruf: did inventory add NUMMER|ERSTE..LETZTE ...
        did inventory list</translation>
    </message>
    <message numerus="yes">
        <source>%n DID(s) added to the provider&apos;s inventory.</source>
        <translation>
            <numerusform>%n DID in den Bestand des Anbieters aufgenommen.</numerusform>
            <numerusform>%n DIDs in den Bestand des Anbieters aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: did give CUSTOMER NUMBER|FIRST..LAST ...</source>
        <translation>Aufruf: did give KUNDE NUMMER|ERSTE..LETZTE ...</translation>
    </message>
    <message>
        <source>Usage: did take NUMBER (or did release NUMBER --to-inventory)</source>
        <translation>Aufruf: did take NUMMER (oder did release NUMMER --to-inventory)</translation>
    </message>
    <message>
        <source>Usage: did add|assign|release|list|inventory|give|take ...</source>
        <translation>Aufruf: did add|assign|release|list|inventory|give|take ...</translation>
    </message>
    <message>
        <source>Usage: history [CUSTOMER] [--filter TEXT]</source>
        <translation>Aufruf: history [KUNDE] [--filter TEXT]</translation>
    </message>
    <message>
        <source>%1: the role %2 may now read (list, show, history, export) and nothing else.</source>
        <translation>%1: Die Rolle %2 darf jetzt lesen (auflisten, anzeigen, Verlauf, exportieren) und sonst nichts.</translation>
    </message>
    <message>
        <source>%1: the role %2 may now work as a desk (no schema changes, no changes to the audit trail or the usage counters).</source>
        <translation>%1: Die Rolle %2 darf jetzt als Arbeitsplatz arbeiten (keine Schemaänderungen, keine Änderungen am Änderungsprotokoll oder an den Nutzungszählern).</translation>
    </message>
    <message>
        <source>--read-only goes with --grant ROLE.</source>
        <translation>--read-only gehört zu --grant ROLLE.</translation>
    </message>
    <message>
        <source>init --grant and init --demo are separate commands.</source>
        <translation>init --grant und init --demo sind getrennte Befehle.</translation>
    </message>
    <message>
        <source>Usage: product add NAME --kind main|addon [--fee AMOUNT|none] [--currency USD]
       product set NAME [--rename NEW] [--fee AMOUNT|none]
       product retire NAME
       product delete NAME</source>
        <translation>Aufruf: product add NAME --kind main|addon [--fee BETRAG|none] [--currency USD]
        product set NAME [--rename NEU] [--fee BETRAG|none]
        product retire NAME
        product delete NAME</translation>
    </message>
    <message>
        <source>--kind takes main or addon, not &quot;%1&quot;.</source>
        <translation>--kind nimmt main oder addon, nicht „%1“.</translation>
    </message>
    <message>
        <source>Product &quot;%1&quot; created.</source>
        <translation>Produkt „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Product &quot;%1&quot; changed.</source>
        <translation>Produkt „%1“ geändert.</translation>
    </message>
    <message>
        <source>Product &quot;%1&quot; retired: it can no longer be added to agreements or accounts; those that use it keep it.</source>
        <translation>Produkt „%1“ eingestellt: Es kann Verträgen und Konten nicht mehr hinzugefügt werden; wer es verwendet, behält es.</translation>
    </message>
    <message>
        <source>Product &quot;%1&quot; deleted.</source>
        <translation>Produkt „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Usage: subscription add CUSTOMER NAME --fee AMOUNT
       subscription set CUSTOMER NAME --fee AMOUNT
       subscription remove CUSTOMER NAME</source>
        <translation>Aufruf: subscription add KUNDE NAME --fee BETRAG
        subscription set KUNDE NAME --fee BETRAG
        subscription remove KUNDE NAME</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; (%2 a month) charged to %3.</source>
        <translation>Abonnement „%1“ (%2 im Monat) wird %3 berechnet.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; of %2 now costs %3 a month.</source>
        <translation>Abonnement „%1“ von %2 kostet jetzt %3 im Monat.</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; of %2 removed.</source>
        <translation>Abonnement „%1“ von %2 entfernt.</translation>
    </message>
    <message>
        <source>Usage: subscriptions CUSTOMER</source>
        <translation>Aufruf: subscriptions KUNDE</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 via self-care</source>
        <translation>%1 über Self-Care</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>No products yet; create one with: product add NAME --kind main</source>
        <translation>Noch keine Produkte; legen Sie eines an mit: product add NAME --kind main</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Open accounts</source>
        <translation>Offene Konten</translation>
    </message>
    <message>
        <source>Self-care accounts</source>
        <translation>Konten aus der Selbstbedienung</translation>
    </message>
    <message>
        <source>inactive until an administrator activates them</source>
        <translation>inaktiv, bis ein Administrator sie aktiviert</translation>
    </message>
    <message>
        <source>Subscriptions charged to the customer</source>
        <translation>Dem Kunden berechnete Abonnements</translation>
    </message>
    <message>
        <source>Monthly charges estimate</source>
        <translation>Geschätzte monatliche Kosten</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message numerus="yes">
        <source>Main products of %n charged account(s)</source>
        <translation>
            <numerusform>Hauptprodukte von %n berechneten Konto</numerusform>
            <numerusform>Hauptprodukte von %n berechneten Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Zusatzprodukte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 has no subscriptions.</source>
        <translation>%1 hat keine Abonnements.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>provider inventory</source>
        <translation>Bestand des Anbieters</translation>
    </message>
    <message>
        <source>No DID numbers yet; add some with: did inventory add FIRST..LAST</source>
        <translation>Noch keine DID-Nummern; nehmen Sie welche auf mit: did inventory add ERSTE..LETZTE</translation>
    </message>
    <message>
        <source>(provider)</source>
        <translation>(Anbieter)</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Noch kein Verlauf.</translation>
    </message>
    <message>
        <source>%1 takes an amount in the currency&apos;s main unit (10, 10.00, 0.5) or none, not &quot;%2&quot;.</source>
        <translation>%1 nimmt einen Betrag in der Haupteinheit der Währung (10, 10.00, 0.5) oder none, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes an amount in the currency&apos;s main unit (10, 10.00, 0.5), not &quot;%2&quot;.</source>
        <translation>%1 nimmt einen Betrag in der Haupteinheit der Währung (10, 10.00, 0.5), nicht „%2“.</translation>
    </message>
    <message>
        <source>--self-care-accounts takes active or inactive, not &quot;%1&quot;.</source>
        <translation>--self-care-accounts nimmt active oder inactive, nicht „%1“.</translation>
    </message>
    <message>
        <source>agreementdesk-cli [--db DB] [--as admin|customer] [--user NAME] COMMAND ...

  init [--demo]                          create or upgrade the schema; --demo loads the demo data
  init --grant ROLE [--read-only]        PostgreSQL: a desk role&apos;s privileges (or, with --read-only,
                                         an auditor&apos;s); docs/shared-database.md
  customers [--filter TEXT] [--json]
  customer add NAME [--currency USD] [--timezone TZ] [--self-care-accounts active|inactive]
  customer set CUSTOMER [--rename NEW] [--timezone TZ] [--currency CUR]
                       [--self-care-accounts active|inactive]
  customer show CUSTOMER [--json]        details, settings, subscriptions, charges estimate
  products [--json]                      the catalog, retired products marked
  product add NAME --kind main|addon [--fee AMOUNT|none] [--currency USD]
  product set NAME [--rename NEW] [--fee AMOUNT|none]
  product retire NAME
  product delete NAME                    only a product nothing ever used
  subscription add|set CUSTOMER NAME --fee AMOUNT
  subscription remove CUSTOMER NAME
  subscriptions CUSTOMER [--json]
  agreement show CUSTOMER [--json]
  agreement add CUSTOMER PRODUCT [--quantity N|unlimited]
  agreement set CUSTOMER PRODUCT N|unlimited
  agreement remove CUSTOMER PRODUCT
  template                               the CSV template (header row) on stdout
  import CUSTOMER FILE|- [--dry-run] [--inactive] [--skip-invalid] [--update-existing]
                       [--encoding NAME] [--delimiter C] [--header-row N | --no-header]
                       [--map &quot;FILE COLUMN=FIELD&quot;]... [--sheet NAME]
                       [--errors-csv FILE] [--progress] [--json]
                                         FILE: CSV, .xlsx or .ods (- = standard input)
  export CUSTOMER [FILE]                 extensions in the template format, re-importable
  extension add CUSTOMER NUMBER --product P [--name N] [--did D,...] [--published Y|N]
                       [--email E] [--timezone TZ] [--huntgroup H] [--inactive] [--json]
  auto-attendant add CUSTOMER --product P [--name N] [--did D,...] [--inactive] [--json]
  account add CUSTOMER ID --product P [--inactive] [--json]
  accounts CUSTOMER [--json]
  account block|unblock|activate|close ACCOUNT_ID
  account addon add|remove ACCOUNT_ID PRODUCT
  did add CUSTOMER NUMBER|FIRST..LAST ...
  did assign ACCOUNT_ID NUMBER
  did release NUMBER [--to-inventory]
  did list CUSTOMER [--json]
  did inventory add NUMBER|FIRST..LAST ...   the provider&apos;s own numbers
  did inventory list [--json]            every number with its owner
  did give CUSTOMER NUMBER|FIRST..LAST ...   from the inventory to the customer
  did take NUMBER                        a customer&apos;s free number back to the inventory
  huntgroup add CUSTOMER NAME --number N [--sequence order|simultaneous|random|least_used]
  huntgroup set CUSTOMER NAME [--rename NEW] [--number N] [--sequence S] [--members EXT,...]
  huntgroup list CUSTOMER [--json]
  history [CUSTOMER] [--filter TEXT] [--json]   without CUSTOMER: the provider-wide trail

DB is a file path (SQLite) or postgresql://user@host:port/dbname; default: $AGREEMENTDESK_DB,
else the per-user data folder. CUSTOMER is the i_customer number or the exact name.
AMOUNT is a decimal in the currency&apos;s main unit (10, 10.00, 0.5); none = no fee.
Exit status: 0 done, 1 refused by a rule (nothing written), 2 usage error, 3 database or file error.
</source>
        <translation>agreementdesk-cli [--db DB] [--as admin|customer] [--user NAME] BEFEHL ...

  init [--demo]                          Schema anlegen oder aktualisieren; --demo lädt die Demodaten
  init --grant ROLE [--read-only]        PostgreSQL: Rechte einer Arbeitsplatz-Rolle (oder, mit --read-only,
                                         die eines Prüfers); docs/shared-database.md
  customers [--filter TEXT] [--json]
  customer add NAME [--currency USD] [--timezone TZ] [--self-care-accounts active|inactive]
  customer set KUNDE [--rename NEU] [--timezone TZ] [--currency WÄHRUNG]
                       [--self-care-accounts active|inactive]
  customer show KUNDE [--json]           Angaben, Einstellungen, Abonnements, geschätzte Kosten
  products [--json]                      der Katalog, eingestellte Produkte gekennzeichnet
  product add NAME --kind main|addon [--fee BETRAG|none] [--currency USD]
  product set NAME [--rename NEU] [--fee BETRAG|none]
  product retire NAME
  product delete NAME                    nur ein Produkt, das nie verwendet wurde
  subscription add|set KUNDE NAME --fee BETRAG
  subscription remove KUNDE NAME
  subscriptions KUNDE [--json]
  agreement show KUNDE [--json]
  agreement add KUNDE PRODUKT [--quantity N|unlimited]
  agreement set KUNDE PRODUKT N|unlimited
  agreement remove KUNDE PRODUKT
  template                               die CSV-Vorlage (Kopfzeile) auf der Standardausgabe
  import KUNDE DATEI|- [--dry-run] [--inactive] [--skip-invalid] [--update-existing]
                       [--encoding NAME] [--delimiter Z] [--header-row N | --no-header]
                       [--map &quot;DATEISPALTE=FELD&quot;]... [--sheet NAME]
                       [--errors-csv DATEI] [--progress] [--json]
                                         DATEI: CSV, .xlsx oder .ods (- = Standardeingabe)
  export KUNDE [DATEI]                   Nebenstellen im Vorlagenformat, wieder importierbar
  extension add KUNDE NUMMER --product P [--name N] [--did D,...] [--published Y|N]
                       [--email E] [--timezone TZ] [--huntgroup H] [--inactive] [--json]
  auto-attendant add KUNDE --product P [--name N] [--did D,...] [--inactive] [--json]
  account add KUNDE ID --product P [--inactive] [--json]
  accounts KUNDE [--json]
  account block|unblock|activate|close KONTO_ID
  account addon add|remove KONTO_ID PRODUKT
  did add KUNDE NUMMER|ERSTE..LETZTE ...
  did assign KONTO_ID NUMMER
  did release NUMMER [--to-inventory]
  did list KUNDE [--json]
  did inventory add NUMMER|ERSTE..LETZTE ...   die eigenen Nummern des Anbieters
  did inventory list [--json]            jede Nummer mit ihrem Inhaber
  did give KUNDE NUMMER|ERSTE..LETZTE ...      aus dem Bestand an den Kunden
  did take NUMMER                        eine freie Nummer des Kunden zurück in den Bestand
  huntgroup add KUNDE NAME --number N [--sequence order|simultaneous|random|least_used]
  huntgroup set KUNDE NAME [--rename NEU] [--number N] [--sequence S] [--members NST,...]
  huntgroup list KUNDE [--json]
  history [KUNDE] [--filter TEXT] [--json]   ohne KUNDE: der Verlauf des gesamten Anbieters

DB ist ein Dateipfad (SQLite) oder postgresql://benutzer@host:port/datenbank; Standard: $AGREEMENTDESK_DB,
sonst der Datenordner des Benutzers. KUNDE ist die i_customer-Nummer oder der genaue Name.
BETRAG ist eine Dezimalzahl in der Haupteinheit der Währung (10, 10.00, 0.5); none = keine Gebühr.
Rückgabewert: 0 erledigt, 1 von einer Regel abgelehnt (nichts geschrieben), 2 Aufruffehler, 3 Datenbank- oder Dateifehler.
</translation>
    </message>
    <message>
        <source>Cannot write the report&apos;s temporary file in %1.</source>
        <translation>Die temporäre Datei des Berichts in %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer agreements, extensions and CSV import.</source>
        <translation>Kundenvereinbarungen, Nebenstellen und CSV-Import.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite-Datei oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>Customer to show.</source>
        <translation>Anzuzeigender Kunde.</translation>
    </message>
    <message>
        <source>Tab to open: agreement, extensions, dids, huntgroups, history.</source>
        <translation>Zu öffnende Registerkarte: agreement, extensions, dids, huntgroups, history.</translation>
    </message>
    <message>
        <source>A CSV file to import.</source>
        <translation>Eine zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Created the demo database at %1.</source>
        <translation>Die Demodatenbank wurde unter %1 angelegt.</translation>
    </message>
    <message>
        <source>Agreement Desk</source>
        <translation>Agreement Desk</translation>
    </message>
</context>
</TS>
