<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AgendaView</name>
    <message>
        <source>Open tasks due in the next {days} days, court hearings first; overdue ones are marked.</source>
        <translation>Open taken voor de komende {days} dagen, zittingen eerst; te late taken zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Open tasks of the coming days; Enter opens the task&apos;s case.</source>
        <translation>Open taken van de komende dagen; Enter opent de zaak van de taak.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <source>Past court hearings, redactions or care searches not yet ticked done: {count}. They count in the statement and the union export once you tick them done (a cancelled one: delete it).</source>
        <translation>Voorbije taken (zitting, dossier lakken, zorg zoeken) nog niet afgevinkt: {count}. Ze tellen in de werkdrukmelding en de vakbondsexport zodra je ze afvinkt (een afgelaste: verwijder hem).</translation>
    </message>
    <message>
        <source>Tick task done</source>
        <translation>Taak afvinken</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>This did not work, and nothing was changed by it. The error: {error}</source>
        <extracomment>How long a thread computing in Python keeps the GIL while another thread waits for it (seconds). Emitted on the window&apos;s thread when the work is over, just before ``done`` or ``failed`` runs. The steps done so far (at most twenty times a second: one per step would flood the window). The person cancelled the work and it stopped; nothing of it was written.</extracomment>
        <translation>Dit is niet gelukt, en er is niets door veranderd. De fout: {error}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup could not be written: {reason}.</source>
        <translation>De reservekopie kon niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>Not restored: {reason}. Your database was left as it is.</source>
        <translation>Niet teruggezet: {reason}. Je database is gelaten zoals hij was.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist; nothing was backed up.</source>
        <translation>De map “{folder}” bestaat niet; er is geen reservekopie gemaakt.</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Next planned end</source>
        <translation>Eerstvolgend einde</translation>
    </message>
    <message>
        <source>Ends within six weeks: capacity coming free</source>
        <translation>Eindigt binnen zes weken: er komt ruimte vrij</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>Uren deze maand</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Uren totaal</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open taken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>requested by {role}</source>
        <translation>aangevraagd door {role}</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} pagina&apos;s</translation>
    </message>
    <message>
        <source>{count} providers contacted</source>
        <translation>{count} aanbieders benaderd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Zaak bewerken</translation>
    </message>
    <message>
        <source>Label (initials or a code)</source>
        <translation>Label (initialen of een code)</translation>
    </message>
    <message>
        <source>never a name</source>
        <translation>nooit een naam</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Children with this measure</source>
        <translation>Kinderen met deze maatregel</translation>
    </message>
    <message>
        <source>Measure starts</source>
        <translation>Maatregel start</translation>
    </message>
    <message>
        <source>Other planned end than usual</source>
        <translation>Ander gepland einde dan gebruikelijk</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>No BSN, no names: what you need to do your work.</source>
        <translation>Geen BSN, geen namen: wat je nodig hebt voor je werk.</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>What Workload Desk holds about case {label}</source>
        <translation>Wat Workload Desk bewaart over zaak {label}</translation>
    </message>
    <message>
        <source>Exported on {day} ({app}). This is everything the app keeps on this case; the same data is in the JSON file beside this one.</source>
        <translation>Geëxporteerd op {day} ({app}). Dit is alles wat de app over deze zaak bewaart; dezelfde gegevens staan in het JSON-bestand ernaast.</translation>
    </message>
    <message>
        <source>Time logged ({hours} hours)</source>
        <translation>Geregistreerde tijd ({hours} uur)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>requested by {role}</source>
        <translation>aangevraagd door {role}</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} pagina&apos;s</translation>
    </message>
    <message>
        <source>{count} providers contacted</source>
        <translation>{count} aanbieders benaderd</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Delete case</source>
        <translation>Zaak verwijderen</translation>
    </message>
    <message>
        <source>Delete case “{label}” with its measures and tasks? {hours} hours are logged on it.</source>
        <translation>Zaak “{label}” verwijderen met maatregelen en taken? Er is {hours} uur op geregistreerd.</translation>
    </message>
    <message>
        <source>Those hours are part of your evidence: keep them without a case, or remove them too.</source>
        <translation>Die uren horen bij je onderbouwing: bewaar ze zonder zaak, of verwijder ze ook.</translation>
    </message>
    <message>
        <source>Delete, keep the hours</source>
        <translation>Verwijderen, uren bewaren</translation>
    </message>
    <message>
        <source>Delete with the hours</source>
        <translation>Verwijderen met de uren</translation>
    </message>
    <message>
        <source>Delete case “{label}”</source>
        <translation>Zaak “{label}” verwijderen</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Alle zaken</translation>
    </message>
    <message>
        <source>A case: back to all cases</source>
        <translation>Een zaak: terug naar alle zaken</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Export what is held…</source>
        <translation>Exporteer wat bewaard is…</translation>
    </message>
    <message>
        <source>Everything the app holds on this case, for a parent&apos;s access request</source>
        <translation>Alles wat de app over deze zaak bewaart, voor een inzageverzoek van een ouder</translation>
    </message>
    <message>
        <source>Start timer for this case</source>
        <translation>Timer starten voor deze zaak</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Add measure…</source>
        <translation>Maatregel toevoegen…</translation>
    </message>
    <message>
        <source>Extend by a year</source>
        <translation>Met een jaar verlengen</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Beëindigen…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Taak toevoegen…</translation>
    </message>
    <message>
        <source>Done / not done</source>
        <translation>Klaar / niet klaar</translation>
    </message>
    <message>
        <source>+1 provider called</source>
        <translation>+1 aanbieder gebeld</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Taak verwijderen</translation>
    </message>
    <message>
        <source>The measures of this case; Enter ends the selected one when it runs.</source>
        <translation>De maatregelen van deze zaak; Enter beëindigt de gekozen maatregel als die loopt.</translation>
    </message>
    <message>
        <source>The tasks of this case; Enter edits the selected one, Delete deletes it.</source>
        <translation>De taken van deze zaak; Enter bewerkt de gekozen taak, Delete verwijdert haar.</translation>
    </message>
    <message>
        <source>A case: delete the selected task (Ctrl+Z brings it back)</source>
        <translation>Een zaak: de gekozen taak verwijderen (Ctrl+Z haalt haar terug)</translation>
    </message>
    <message>
        <source>{status}, opened {opened}</source>
        <translation>{status}, geopend {opened}</translation>
    </message>
    <message>
        <source>closed {closed}</source>
        <translation>gesloten {closed}</translation>
    </message>
    <message>
        <source>{hours} hours logged</source>
        <translation>{hours} uur geregistreerd</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Geen notities.</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Sluiten…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Edit case “{label}”</source>
        <translation>Zaak “{label}” bewerken</translation>
    </message>
    <message>
        <source>Reopen case “{label}”</source>
        <translation>Zaak “{label}” heropenen</translation>
    </message>
    <message>
        <source>Close case “{label}”</source>
        <translation>Zaak “{label}” sluiten</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Zaak sluiten</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Export what is held about this case</source>
        <translation>Exporteer wat over deze zaak bewaard is</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Written:
{html}
{json}</source>
        <translation>Geschreven:
{html}
{json}</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Maatregel toevoegen</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>Maatregel beëindigd</translation>
    </message>
    <message>
        <source>This measure ended on {day}. “Add measure…” records a new one.</source>
        <translation>Deze maatregel is beëindigd op {day}. Met “Maatregel toevoegen…” leg je een nieuwe vast.</translation>
    </message>
    <message>
        <source>Extend measure</source>
        <translation>Maatregel verlengen</translation>
    </message>
    <message>
        <source>End measure</source>
        <translation>Maatregel beëindigen</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Taak bewerken</translation>
    </message>
    <message>
        <source>Tick task done</source>
        <translation>Taak afvinken</translation>
    </message>
    <message>
        <source>Count a provider called</source>
        <translation>Gebelde aanbieder tellen</translation>
    </message>
</context>
<context>
    <name>CaseloadChart</name>
    <message>
        <source>Caseload in measures: counted, and projected</source>
        <translation>Caseload in maatregelen: geteld, en verwacht</translation>
    </message>
    <message>
        <source>Caseload in measures</source>
        <translation>Caseload in maatregelen</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>maatregelen</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Projected (no new cases)</source>
        <translation>Verwacht (geen nieuwe zaken)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Not enough weeks to draw.</source>
        <translation>Te weinig weken om te tekenen.</translation>
    </message>
    <message>
        <source>No measures to show yet. Add your cases and their measures in the Cases panel: your caseload then appears here against the target and the norm.</source>
        <translation>Nog geen maatregelen om te tonen. Voeg je zaken en hun maatregelen toe in het paneel Zaken: je caseload verschijnt dan hier, tegenover het doel en de norm.</translation>
    </message>
    <message>
        <source>The measures I carried each week from {first} to {last}, against the target of the reduction schedule and the norm for my contract. The scale starts at 0.</source>
        <translation>De maatregelen die ik elke week droeg van {first} tot en met {last}, tegenover het doel van het afbouwschema en de norm voor mijn contract. De schaal begint bij 0.</translation>
    </message>
    <message>
        <source>On {day}: {load} measures, against a target of {target} and a norm of {norm}.</source>
        <translation>Op {day}: {load} maatregelen, tegen een doel van {target} en een norm van {norm}.</translation>
    </message>
    <message>
        <source>On {day}: {load}.</source>
        <translation>Op {day}: {load}.</translation>
    </message>
    <message>
        <source>Projected on {day}, with no new cases: {load}.</source>
        <translation>Verwacht op {day}, zonder nieuwe zaken: {load}.</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>New case…</source>
        <extracomment>A timer asked for from a case&apos;s page: the task kind and the case.</extracomment>
        <translation>Nieuwe zaak…</translation>
    </message>
    <message>
        <source>Cases: filter the list</source>
        <translation>Zaken: de lijst filteren</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Filter on label or measure (Ctrl+F)</source>
        <translation>Filter op label of maatregel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show closed cases</source>
        <translation>Gesloten zaken tonen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>Cases: a new case; on a case&apos;s page: a new task</source>
        <translation>Zaken: een nieuwe zaak; op de pagina van een zaak: een nieuwe taak</translation>
    </message>
    <message>
        <source>Cases: delete the selected case (asks first; Ctrl+Z brings it back)</source>
        <translation>Zaken: de gekozen zaak verwijderen (vraagt eerst; Ctrl+Z zet hem terug)</translation>
    </message>
    <message>
        <source>Your cases; Enter opens the selected one, Delete asks to delete it.</source>
        <translation>Je zaken; Enter opent de gekozen zaak, Delete vraagt of je hem wilt verwijderen.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message>
        <source>New case “{label}”</source>
        <translation>Nieuwe zaak “{label}”</translation>
    </message>
</context>
<context>
    <name>Causes</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the folder or the file cannot be written (read-only, or no permission)</source>
        <translation>de map of het bestand kan niet worden beschreven (alleen-lezen, of geen toestemming)</translation>
    </message>
    <message>
        <source>another program keeps the file busy</source>
        <translation>een ander programma houdt het bestand bezet</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>de schijf kon niet worden gelezen of beschreven</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>An argument holds bytes that are not text (UTF-8): type it again.</source>
        <translation>Een argument bevat bytes die geen tekst (UTF-8) zijn: typ het opnieuw.</translation>
    </message>
    <message>
        <source>Wrong use of the command ({problem}); see “workload-desk --help”.</source>
        <translation>Verkeerd gebruik van de opdracht ({problem}); zie “workload-desk --help”.</translation>
    </message>
    <message>
        <source>Workload Desk {version} (database schema {schema})</source>
        <translation>Workload Desk {version} (databaseschema {schema})</translation>
    </message>
    <message>
        <source>There is no database at “{path}”: check the path (the first command that writes makes one).</source>
        <translation>Er is geen database op “{path}”: controleer het pad (de eerste opdracht die iets schrijft, maakt er een).</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Geen zaken.</translation>
    </message>
    <message>
        <source>{count} running measures: {kinds}</source>
        <translation>{count} lopende maatregelen: {kinds}</translation>
    </message>
    <message>
        <source>opened {day}</source>
        <translation>geopend {day}</translation>
    </message>
    <message>
        <source>Written: {html} and {json}</source>
        <translation>Geschreven: {html} en {json}</translation>
    </message>
    <message>
        <source>Task {id} done.</source>
        <translation>Taak {id} afgevinkt.</translation>
    </message>
    <message>
        <source>No open tasks.</source>
        <translation>Geen open taken.</translation>
    </message>
    <message>
        <source>Case {id} closed on {day}.</source>
        <translation>Zaak {id} gesloten op {day}.</translation>
    </message>
    <message>
        <source>Contract: {hours} hours a week from {day} ({pattern}).</source>
        <translation>Contract: {hours} uur per week vanaf {day} ({pattern}).</translation>
    </message>
    <message>
        <source>No contract hours set yet: use “contract set --hours H”. Until then 36 hours a week is assumed.</source>
        <translation>Nog geen contracturen ingesteld: gebruik “contract set --hours H”. Tot dan wordt uitgegaan van 36 uur per week.</translation>
    </message>
    <message>
        <source>From {day}: {hours} hours a week ({pattern})</source>
        <translation>Vanaf {day}: {hours} uur per week ({pattern})</translation>
    </message>
    <message>
        <source>The balance starts on the Monday of the week of your first entry; nothing is logged yet.</source>
        <translation>Het saldo begint op de maandag van de week van je eerste geregistreerde uren; er is nog niets geschreven.</translation>
    </message>
    <message>
        <source>The balance counts from {day}.</source>
        <translation>Het saldo telt vanaf {day}.</translation>
    </message>
    <message>
        <source>Hours count in the time zone {zone}.</source>
        <translation>Uren tellen in de tijdzone {zone}.</translation>
    </message>
    <message>
        <source>Timer started at {time} for {task}.</source>
        <translation>Timer gestart om {time} voor {task}.</translation>
    </message>
    <message>
        <source>The timer ran less than a minute; nothing was logged.</source>
        <translation>De timer liep korter dan een minuut; er is niets geregistreerd.</translation>
    </message>
    <message>
        <source>Logged: {entry}.</source>
        <translation>Geregistreerd: {entry}.</translation>
    </message>
    <message>
        <source>No time logged in the week of {day}.</source>
        <translation>Geen tijd geregistreerd in de week van {day}.</translation>
    </message>
    <message>
        <source>Week {week}: {worked} hours worked, contract {expected}</source>
        <translation>Week {week}: {worked} uur gewerkt, contract {expected}</translation>
    </message>
    <message>
        <source>Extra hours {extra}, overtime {overtime}, balance {balance} (since {since})</source>
        <translation>Meeruren {extra}, overwerk {overtime}, saldo {balance} (sinds {since})</translation>
    </message>
    <message>
        <source>No contract set: 36 hours a week on Monday to Friday is assumed.</source>
        <translation>Geen contract ingesteld: uitgegaan wordt van 36 uur per week op maandag tot en met vrijdag.</translation>
    </message>
    <message>
        <source>Caseload {measures} measures ({families} families, {children} children); norm {norm}, target today {target}.</source>
        <translation>Caseload {measures} maatregelen ({families} gezinnen, {children} kinderen); norm {norm}, doel vandaag {target}.</translation>
    </message>
    <message>
        <source>No schedule: the target is the norm.</source>
        <translation>Geen schema: het doel is de norm.</translation>
    </message>
    <message>
        <source>Give --preset akkoord-2023, --preset every-4-months --from DATE, or --none.</source>
        <translation>Geef --preset akkoord-2023, --preset every-4-months --from DATUM, of --none.</translation>
    </message>
    <message>
        <source>Schedule {preset} from {day}, baseline {baseline}.</source>
        <translation>Schema {preset} vanaf {day}, nulmeting {baseline}.</translation>
    </message>
    <message>
        <source>No requests declined yet.</source>
        <translation>Nog geen verzoeken afgewezen.</translation>
    </message>
    <message>
        <source>No hours were logged from {first} to {last}: there are no figures for an overload statement. Nothing was written.</source>
        <translation>Van {first} tot en met {last} zijn geen uren geregistreerd: er zijn geen cijfers voor een werkdrukmelding. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Written: {path} ({pages} pages).</source>
        <translation>Geschreven: {path} ({pages} pagina&apos;s).</translation>
    </message>
    <message>
        <source>Written: {path} ({months} months, submission {id}).</source>
        <translation>Geschreven: {path} ({months} maanden, inzending {id}).</translation>
    </message>
    <message>
        <source>The folder of “{path}” does not exist: nothing was written.</source>
        <translation>De map van “{path}” bestaat niet: er is niets geschreven.</translation>
    </message>
    <message>
        <source>No readable union export among the files: nothing was written.</source>
        <translation>Geen leesbare vakbondsexport tussen de bestanden: er is niets geschreven.</translation>
    </message>
    <message>
        <source>Written: {path} ({months} months; {skipped} files skipped or counted once).</source>
        <translation>Geschreven: {path} ({months} maanden; {skipped} bestanden overgeslagen of één keer geteld).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Reservekopie geschreven: {path}</translation>
    </message>
    <message>
        <source>Workload Desk is open with this database: close the window first.</source>
        <translation>Workload Desk is geopend met deze database: sluit eerst het venster.</translation>
    </message>
    <message>
        <source>The database was backed up first: {path}</source>
        <translation>Van de database is eerst een reservekopie gemaakt: {path}</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>Teruggezet vanuit {path}.</translation>
    </message>
    <message>
        <source>Written: {path} ({rows} rows). It holds everything: keep it safe.</source>
        <translation>Geschreven: {path} ({rows} rijen). Het bevat alles: bewaar het zorgvuldig.</translation>
    </message>
    <message>
        <source>Imported {rows} rows.</source>
        <translation>{rows} rijen geïmporteerd.</translation>
    </message>
    <message>
        <source>Demo year written: open the window with “workload-desk”.</source>
        <translation>Demojaar geschreven: open het venster met “workload-desk”.</translation>
    </message>
    <message>
        <source>Your caseload and hours, kept on your own machine.</source>
        <extracomment>For :func:`build_parser`: the window&apos;s options, no commands.</extracomment>
        <translation>Je caseload en je uren, bewaard op je eigen computer.</translation>
    </message>
    <message>
        <source>the database file (default: in your user data folder)</source>
        <translation>het databasebestand (standaard: in je map voor gebruikersgegevens)</translation>
    </message>
    <message>
        <source>language: nl (default) or en</source>
        <translation>taal: nl (standaard) of en</translation>
    </message>
    <message>
        <source>show the version (as the command version)</source>
        <translation>toon de versie (als het commando version)</translation>
    </message>
    <message>
        <source>open the window, then quit once it is shown</source>
        <translation>open het venster en sluit af zodra het getoond is</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>toon de versie</translation>
    </message>
    <message>
        <source>contract hours per week</source>
        <translation>contracturen per week</translation>
    </message>
    <message>
        <source>set the contract hours from a date</source>
        <translation>stel de contracturen in vanaf een datum</translation>
    </message>
    <message>
        <source>hours per week, from 1 to 60</source>
        <translation>uren per week, van 1 tot 60</translation>
    </message>
    <message>
        <source>the first day (default: today)</source>
        <translation>de eerste dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>hours of Monday to Sunday, summing to the hours (default: a fifth on Monday to Friday)</source>
        <translation>uren van maandag tot en met zondag, samen de contracturen (standaard: een vijfde op maandag tot en met vrijdag)</translation>
    </message>
    <message>
        <source>show the contract periods</source>
        <translation>toon de contractperiodes</translation>
    </message>
    <message>
        <source>the day the running balance counts from</source>
        <translation>de dag vanaf wanneer het lopende saldo telt</translation>
    </message>
    <message>
        <source>a date, or first-entry for the Monday of the week of your first logged entry (default)</source>
        <translation>een datum, of first-entry voor de maandag van de week van je eerste geregistreerde uren (standaard)</translation>
    </message>
    <message>
        <source>show or set the time zone hours count in</source>
        <translation>toon of kies de tijdzone waarin uren tellen</translation>
    </message>
    <message>
        <source>for example Europe/Amsterdam</source>
        <translation>bijvoorbeeld Europe/Amsterdam</translation>
    </message>
    <message>
        <source>cases (families) and their measures</source>
        <translation>zaken (gezinnen) en hun maatregelen</translation>
    </message>
    <message>
        <source>add a case; prints its number</source>
        <translation>voeg een zaak toe; toont het nummer</translation>
    </message>
    <message>
        <source>your own label: initials or a code, never a name</source>
        <translation>je eigen label: initialen of een code, nooit een naam</translation>
    </message>
    <message>
        <source>the kind of measure</source>
        <translation>de soort maatregel</translation>
    </message>
    <message>
        <source>one measure for each of N children</source>
        <translation>één maatregel voor elk van N kinderen</translation>
    </message>
    <message>
        <source>the start of the measure</source>
        <translation>de start van de maatregel</translation>
    </message>
    <message>
        <source>the planned end (default: by the kind of measure)</source>
        <translation>het geplande einde (standaard: naar de soort maatregel)</translation>
    </message>
    <message>
        <source>list the active cases</source>
        <translation>toon de lopende zaken</translation>
    </message>
    <message>
        <source>closed cases too</source>
        <translation>ook gesloten zaken</translation>
    </message>
    <message>
        <source>show a case with its measures and tasks</source>
        <translation>toon een zaak met maatregelen en taken</translation>
    </message>
    <message>
        <source>export all the app holds on a case (HTML and JSON)</source>
        <translation>exporteer alles wat de app over een zaak bewaart (HTML en JSON)</translation>
    </message>
    <message>
        <source>close a case and end its measures</source>
        <translation>sluit een zaak en beëindig de maatregelen</translation>
    </message>
    <message>
        <source>tasks and the agenda</source>
        <translation>taken en de agenda</translation>
    </message>
    <message>
        <source>add a task to a case; prints its number</source>
        <translation>voeg een taak toe aan een zaak; toont het nummer</translation>
    </message>
    <message>
        <source>how a court hearing is attended</source>
        <translation>hoe je bij een zitting bent</translation>
    </message>
    <message>
        <source>tick a task done</source>
        <translation>vink een taak af</translation>
    </message>
    <message>
        <source>the open tasks by due date</source>
        <translation>de open taken op datum</translation>
    </message>
    <message>
        <source>only those due within DAYS days</source>
        <translation>alleen die binnen DAYS dagen</translation>
    </message>
    <message>
        <source>hours worked</source>
        <translation>gewerkte uren</translation>
    </message>
    <message>
        <source>log time worked</source>
        <translation>registreer gewerkte tijd</translation>
    </message>
    <message>
        <source>start the timer</source>
        <translation>start de timer</translation>
    </message>
    <message>
        <source>stop the timer</source>
        <translation>stop de timer</translation>
    </message>
    <message>
        <source>when you stopped (needed after more than 16 hours)</source>
        <translation>wanneer je stopte (nodig na meer dan 16 uur)</translation>
    </message>
    <message>
        <source>the entries of a week</source>
        <translation>de registraties van een week</translation>
    </message>
    <message>
        <source>a day in the week (default: today)</source>
        <translation>een dag in de week (standaard: vandaag)</translation>
    </message>
    <message>
        <source>leave, public holidays and sick days</source>
        <translation>verlof, feestdagen en ziektedagen</translation>
    </message>
    <message>
        <source>mark a day, or the working days of a range, off</source>
        <translation>een dag, of de werkdagen van een reeks, als vrij markeren</translation>
    </message>
    <message>
        <source>the last day of a range</source>
        <translation>de laatste dag van een reeks</translation>
    </message>
    <message>
        <source>the days off of a year</source>
        <translation>de vrije dagen van een jaar</translation>
    </message>
    <message>
        <source>default: this year</source>
        <translation>standaard: dit jaar</translation>
    </message>
    <message>
        <source>make a day, or a range, working days again</source>
        <translation>een dag, of een reeks, weer werkdag maken</translation>
    </message>
    <message>
        <source>the Dutch public holidays of a year</source>
        <translation>de Nederlandse feestdagen van een jaar</translation>
    </message>
    <message>
        <source>mark the working days among them off</source>
        <translation>de werkdagen daarvan als vrij markeren</translation>
    </message>
    <message>
        <source>a week&apos;s hours against the contract and the law</source>
        <translation>de uren van een week tegenover het contract en de wet</translation>
    </message>
    <message>
        <source>may I take a new case? and the register of no</source>
        <translation>mag ik een nieuwe zaak aannemen? en het register van nee</translation>
    </message>
    <message>
        <source>the day to ask about (default: today)</source>
        <translation>de dag waarover je het vraagt (standaard: vandaag)</translation>
    </message>
    <message>
        <source>pick the reduction schedule</source>
        <translation>kies het afbouwschema</translation>
    </message>
    <message>
        <source>the baseline caseload (default: counted)</source>
        <translation>de caseload bij de nulmeting (standaard: geteld)</translation>
    </message>
    <message>
        <source>no schedule: the target is the norm</source>
        <translation>geen schema: het doel is de norm</translation>
    </message>
    <message>
        <source>record a request you declined</source>
        <translation>leg een afgewezen verzoek vast</translation>
    </message>
    <message>
        <source>a role, never a name</source>
        <translation>een rol, nooit een naam</translation>
    </message>
    <message>
        <source>the requests declined</source>
        <translation>de afgewezen verzoeken</translation>
    </message>
    <message>
        <source>the overload statement as PDF</source>
        <translation>de werkdrukmelding als pdf</translation>
    </message>
    <message>
        <source>the statement&apos;s language</source>
        <translation>de taal van de melding</translation>
    </message>
    <message>
        <source>leave out the appendix of hours per day and legal findings</source>
        <translation>laat de bijlage met uren per dag en wettelijke bevindingen weg</translation>
    </message>
    <message>
        <source>anonymised monthly totals for the union</source>
        <translation>geanonimiseerde maandtotalen voor de vakbond</translation>
    </message>
    <message>
        <source>your region (optional)</source>
        <translation>je regio (niet verplicht)</translation>
    </message>
    <message>
        <source>a contract band instead of the hours</source>
        <translation>een contractband in plaats van de uren</translation>
    </message>
    <message>
        <source>merge union exports into one summary</source>
        <translation>voeg vakbondsexports samen tot één overzicht</translation>
    </message>
    <message>
        <source>the register of releases (default: union-releases.json in your data folder): a month is published once</source>
        <translation>het register van publicaties (standaard: union-releases.json in je gegevensmap): een maand wordt één keer gepubliceerd</translation>
    </message>
    <message>
        <source>publish a month from this many respondents (at least 5)</source>
        <translation>publiceer een maand vanaf zoveel respondenten (minstens 5)</translation>
    </message>
    <message>
        <source>medians and quartiles from this many (at least 10)</source>
        <translation>medianen en kwartielen vanaf zoveel (minstens 10)</translation>
    </message>
    <message>
        <source>the p of the p%-rule (at least 10)</source>
        <translation>de p van de p%-regel (minstens 10)</translation>
    </message>
    <message>
        <source>round sums of hours to this base (at least 5)</source>
        <translation>rond sommen van uren af op dit grondtal (minstens 5)</translation>
    </message>
    <message>
        <source>round counts to this base (at least 5)</source>
        <translation>rond aantallen af op dit grondtal (minstens 5)</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>maak nu een reservekopie van de database</translation>
    </message>
    <message>
        <source>where (default: the backups folder)</source>
        <translation>waar (standaard: de map met reservekopieën)</translation>
    </message>
    <message>
        <source>put a backup in place of the database</source>
        <translation>zet een reservekopie terug in plaats van de database</translation>
    </message>
    <message>
        <source>everything, to move to a new laptop</source>
        <translation>alles, om naar een nieuwe laptop te verhuizen</translation>
    </message>
    <message>
        <source>load everything from export-all</source>
        <translation>laad alles uit export-all</translation>
    </message>
    <message>
        <source>add to a database that holds data</source>
        <translation>voeg toe aan een database die al gegevens bevat</translation>
    </message>
    <message>
        <source>fill an empty database with a demo year</source>
        <translation>vul een lege database met een demojaar</translation>
    </message>
    <message>
        <source>Marked off as {kind}: {days}.</source>
        <translation>Als {kind} gemarkeerd: {days}.</translation>
    </message>
    <message>
        <source>Days off made working days again: {count}.</source>
        <translation>Vrije dagen weer werkdag gemaakt: {count}.</translation>
    </message>
    <message>
        <source>No days off in {year}.</source>
        <translation>Geen vrije dagen in {year}.</translation>
    </message>
    <message>
        <source>Public holidays on your working days marked off: {days}.</source>
        <translation>Feestdagen op je werkdagen als vrij gemarkeerd: {days}.</translation>
    </message>
    <message>
        <source>Nothing was marked. Add them all with --accept, or one by one with “day-off add --date”.</source>
        <translation>Er is niets gemarkeerd. Voeg ze allemaal toe met --accept, of één voor één met “day-off add --date”.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract hours</source>
        <translation>Contracturen</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>uur per week</translation>
    </message>
    <message>
        <source>from the Monday of the week of my first entry</source>
        <translation>vanaf de maandag van de week van mijn eerste geregistreerde uren</translation>
    </message>
    <message>
        <source>From {day}: {hours} hours a week</source>
        <translation>Vanaf {day}: {hours} uur per week</translation>
    </message>
    <message>
        <source>No contract hours set yet: 36 hours a week on Monday to Friday is assumed.</source>
        <translation>Nog geen contracturen ingesteld: uitgegaan wordt van 36 uur per week op maandag tot en met vrijdag.</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Hours per weekday</source>
        <translation>Uren per weekdag</translation>
    </message>
    <message>
        <source>Balance counts</source>
        <translation>Saldo telt</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>of vanaf</translation>
    </message>
    <message>
        <source>Until now</source>
        <translation>Tot nu toe</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>The last dialog shown (tests read it).</extracomment>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Something went wrong in Workload Desk. What you saved before is kept; the last action may not have been completed. Check it, and save again if needed.</source>
        <translation>Er ging iets mis in Workload Desk. Wat je eerder bewaarde, blijft bewaard; de laatste handeling is misschien niet afgemaakt. Controleer die, en bewaar zo nodig opnieuw.</translation>
    </message>
    <message>
        <source>The error is written in the log, without case labels, notes or anything you typed:
{folder}</source>
        <translation>De fout staat in het logboek, zonder labels van zaken, notities of iets anders dat je typte:
{folder}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Not possible</source>
        <extracomment>Export everything was written: the file. Import everything is over: the rows imported (0 when refused).</extracomment>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Reservekopie geschreven: {path}</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Terugzetten lukt niet</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>Teruggezet vanuit {path}.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Written: {path} (%n row(s)). It holds everything: keep it safe.</source>
        <translation>
            <numerusform>Geschreven: {path} (%n rij). Het bevat alles: bewaar het zorgvuldig.</numerusform>
            <numerusform>Geschreven: {path} (%n rijen). Het bevat alles: bewaar het zorgvuldig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n rij geïmporteerd.</numerusform>
            <numerusform>%n rijen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing everything…</source>
        <translation>Alles wordt geschreven…</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>Alles importeren</translation>
    </message>
    <message>
        <source>This database already holds data. Add the file&apos;s data to it (merge)?</source>
        <translation>Deze database bevat al gegevens. De gegevens uit het bestand toevoegen (samenvoegen)?</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Reading everything in…</source>
        <translation>Alles wordt ingelezen…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Not saved: the database cannot be written (read-only). What you typed is kept.</source>
        <translation>Niet opgeslagen: de database kan niet worden beschreven (alleen-lezen). Wat je typte blijft staan.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space and try again; what you typed is kept.</source>
        <translation>Niet opgeslagen: de schijf is vol. Maak ruimte vrij en probeer het opnieuw; wat je typte blijft staan.</translation>
    </message>
    <message>
        <source>Not saved: the database is busy. Try again in a moment; what you typed is kept.</source>
        <translation>Niet opgeslagen: de database is bezet. Probeer het zo opnieuw; wat je typte blijft staan.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. What you typed is kept.</source>
        <translation>Niet opgeslagen: {reason}. Wat je typte blijft staan.</translation>
    </message>
    <message>
        <source>“{path}” is not a Workload Desk database, or it is damaged; it was left as it is.</source>
        <translation>“{path}” is geen Workload Desk-database, of het bestand is beschadigd; het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>“{path}” is damaged or is not a database; it was left as it is.</source>
        <translation>“{path}” is beschadigd of is geen database; het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>The database “{path}” could not be brought up to this version: {reason}. Nothing was lost: start again once that is put right.</source>
        <translation>De database “{path}” kon niet worden bijgewerkt naar deze versie: {reason}. Er is niets verloren: start opnieuw zodra dat verholpen is.</translation>
    </message>
    <message>
        <source>The database “{path}” cannot be opened: {reason}.</source>
        <translation>De database “{path}” kan niet worden geopend: {reason}.</translation>
    </message>
    <message>
        <source>Not saved: “{path}” was replaced, moved or deleted by another program since it was opened. What you typed is kept.</source>
        <extracomment>The file opened and its identity then (see :func:`file_identity`); None in memory. Opened for one command of the command line: a balance is counted in one pass, nothing kept for later.</extracomment>
        <translation>Niet opgeslagen: “{path}” is sinds het openen door een ander programma vervangen, verplaatst of verwijderd. Wat je typte blijft staan.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of Workload Desk. Update the app to open it; the file was left as it is.</source>
        <translation>“{path}” is geschreven door een nieuwere versie van Workload Desk. Werk de app bij om het te openen; het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>“{path}” does not exist.</source>
        <translation>“{path}” bestaat niet.</translation>
    </message>
    <message>
        <source>“{path}” is not a file: choose a database file.</source>
        <translation>“{path}” is geen bestand: kies een databasebestand.</translation>
    </message>
    <message>
        <source>“{path}” lacks parts of a Workload Desk database ({missing}); it was left as it is.</source>
        <extracomment>The tables and columns the first 6 migrations make, written out so an ordinary start does not run every migration in memory to learn them (10 ms or more). A test checks it against the migrations; with a newer migration it is simply not used until it is written out again.</extracomment>
        <translation>“{path}” mist delen van een Workload Desk-database ({missing}); het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” kan niet worden gelezen: {reason}.</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off</source>
        <extracomment>Undo here takes back only what was done in this dialog.</extracomment>
        <translation>Vrije dagen</translation>
    </message>
    <message>
        <source>Mark as days off</source>
        <translation>Als vrije dagen markeren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Public holidays…</source>
        <translation>Feestdagen…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>A day off on a working day of your pattern lowers that week&apos;s expected hours by that day&apos;s hours. A range marks only the working days in it.</source>
        <translation>Een vrije dag op een werkdag van je rooster verlaagt de verwachte uren van die week met de uren van die dag. Een reeks markeert alleen de werkdagen erin.</translation>
    </message>
    <message>
        <source>Your days off of the past year and the coming one.</source>
        <translation>Je vrije dagen van het afgelopen en het komende jaar.</translation>
    </message>
    <message>
        <source>Mark days off</source>
        <translation>Vrije dagen markeren</translation>
    </message>
    <message>
        <source>There is no working day of your pattern in this range.</source>
        <translation>Er valt geen werkdag van je rooster in deze reeks.</translation>
    </message>
    <message>
        <source>Working day again</source>
        <translation>Weer een werkdag</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Request declined</source>
        <translation>Verzoek afgewezen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Wat er gevraagd werd</translation>
    </message>
    <message>
        <source>From (a role, never a name)</source>
        <translation>Van (een rol, nooit een naam)</translation>
    </message>
    <message>
        <source>for example: team lead</source>
        <translation>bijvoorbeeld: teamleider</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already holds data; the demo only fills an empty one.</source>
        <translation>De database bevat al gegevens; de demo vult alleen een lege database.</translation>
    </message>
</context>
<context>
    <name>EmptyTables</name>
    <message>
        <source>No cases yet. Press Ctrl+N or “New case…” to add the first family you work with.</source>
        <translation>Nog geen zaken. Druk op Ctrl+N of ‘Nieuwe zaak…’ om het eerste gezin toe te voegen waarmee je werkt.</translation>
    </message>
    <message>
        <source>Nothing planned in the next two weeks. Tasks with a date, added on a case&apos;s page, appear here.</source>
        <extracomment>What the agenda (built when first opened, see CasesPanel.agenda) says while it is empty.</extracomment>
        <translation>Niets gepland in de komende twee weken. Taken met een datum, toegevoegd op de pagina van een zaak, verschijnen hier.</translation>
    </message>
    <message>
        <source>No hours this week yet. Start the timer (Ctrl+T) or press “Add…” to log time worked.</source>
        <translation>Nog geen uren deze week. Start de timer (Ctrl+T) of druk op ‘Toevoegen…’ om gewerkte tijd vast te leggen.</translation>
    </message>
    <message>
        <source>Hours per kind of work appear here.</source>
        <translation>Hier verschijnen de uren per soort werk.</translation>
    </message>
    <message>
        <source>No requests declined yet. When you say no to new work, press “Record a request declined…”: the statement counts them.</source>
        <translation>Nog geen afgewezen verzoeken. Zeg je nee tegen nieuw werk, druk dan op ‘Afgewezen verzoek vastleggen…’: de werkdrukmelding telt ze.</translation>
    </message>
    <message>
        <source>The requests declined, counted per month.</source>
        <translation>De afgewezen verzoeken, geteld per maand.</translation>
    </message>
    <message>
        <source>No tasks for this case yet. Press “Add task…” to plan a visit, a report or a hearing; tasks with a date appear in the agenda.</source>
        <extracomment>Asks to start the timer: (task kind, case id).</extracomment>
        <translation>Nog geen taken voor deze zaak. Druk op ‘Taak toevoegen…’ om een huisbezoek, een rapportage of een zitting te plannen; taken met een datum komen in de agenda.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>New entry</source>
        <translation>Nieuwe registratie</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Registratie bewerken</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(geen zaak)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Not saved: say which of the two times you mean.</source>
        <translation>Niet bewaard: zeg welke van de twee tijden je bedoelt.</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <source>“{path}” was moved or deleted by another program. Nothing is saved until it is back; then the window opens it again.</source>
        <extracomment>A worker still at work holds back the weighing of a change this many looks at most (then: reload). The last message about the file, shown in a box that does not block (tests read it).</extracomment>
        <translation>“{path}” is door een ander programma verplaatst of verwijderd. Er wordt niets opgeslagen tot het terug is; dan opent het venster het opnieuw.</translation>
    </message>
    <message>
        <source>“{path}” was replaced by another program, and the new file cannot be used: {problem}</source>
        <translation>“{path}” is door een ander programma vervangen, en het nieuwe bestand is niet te gebruiken: {problem}</translation>
    </message>
    <message>
        <source>“{path}” was replaced by another program (a restore, a copy, a sync). The window now shows the file that is there now.</source>
        <translation>“{path}” is door een ander programma vervangen (een terugzetting, een kopie, een synchronisatie). Het venster toont nu het bestand dat er nu staat.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>“{path}” could not be written: {reason}.</source>
        <translation>“{path}” kon niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is a database or one of its backups: choose another file to write.</source>
        <translation>“{path}” is een database of een van haar reservekopieën: kies een ander bestand om te schrijven.</translation>
    </message>
    <message>
        <source>“{path}” is a folder: give the name of a file to write.</source>
        <translation>“{path}” is een map: geef de naam van een bestand om te schrijven.</translation>
    </message>
    <message>
        <source>The folder of “{path}” does not exist: nothing was written.</source>
        <translation>De map van “{path}” bestaat niet: er is niets geschreven.</translation>
    </message>
    <message>
        <source>“{path}” is not a file (a folder, a device or a pipe).</source>
        <translation>“{path}” is geen bestand (maar een map, een apparaat of een pijp).</translation>
    </message>
    <message>
        <source>“{path}” is larger than {limit} MB.</source>
        <translation>“{path}” is groter dan {limit} MB.</translation>
    </message>
    <message>
        <source>“{path}” cannot be read: {reason}.</source>
        <translation>“{path}” kan niet worden gelezen: {reason}.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Your first day with Workload Desk</source>
        <translation>Je eerste dag met Workload Desk</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Nothing is saved; Help → First-day guide opens this again.</source>
        <translation>Er wordt niets opgeslagen; Help → Gids voor de eerste dag opent dit opnieuw.</translation>
    </message>
    <message>
        <source>A minute to set up what the app counts with. You can skip this and open it again from Help → First-day guide; everything here can also be changed later in Settings.</source>
        <translation>Een minuut om in te stellen waarmee de app rekent. Je kunt dit overslaan en later weer openen via Help → Gids voor de eerste dag; alles hier kun je ook later wijzigen onder Instellingen.</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>uur per week</translation>
    </message>
    <message>
        <source>Contract hours per week</source>
        <translation>Contracturen per week</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>Contract vanaf</translation>
    </message>
    <message>
        <source>Hours in your contract</source>
        <translation>Uren in je contract</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Hours per weekday</source>
        <translation>Uren per weekdag</translation>
    </message>
    <message>
        <source>1. Your contract</source>
        <translation>1. Je contract</translation>
    </message>
    <message>
        <source>Your hours are counted against your contract: extra hours, overtime and the balance. Until you set it, 36 hours on Monday to Friday is assumed. Days you do not work get 0.</source>
        <translation>Je uren worden afgezet tegen je contract: meeruren, overwerk en het saldo. Zolang je het niet instelt, wordt 36 uur op maandag tot en met vrijdag aangenomen. Dagen waarop je niet werkt krijgen 0.</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>Afbouwschema</translation>
    </message>
    <message>
        <source>No schedule (the target is the norm)</source>
        <translation>Geen schema (het doel is de norm)</translation>
    </message>
    <message>
        <source>The 2023 agreement (FNV and employers): baseline on 1 May 2023, then one fewer every four months</source>
        <translation>Het akkoord van 2023 (FNV en werkgevers): nulmeting op 1 mei 2023, daarna elke vier maanden één minder</translation>
    </message>
    <message>
        <source>One fewer every four months, from a day I choose</source>
        <translation>Elke vier maanden één minder, vanaf een dag die ik kies</translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation>Tellend vanaf</translation>
    </message>
    <message>
        <source>2. The reduction schedule</source>
        <translation>2. Het afbouwschema</translation>
    </message>
    <message>
        <source>In 2023 the union and the employers agreed that caseloads come down step by step to the norm of 12 measures per full-time job. The schedule sets your target for today: the Say no panel tells you whether you may take a new case.</source>
        <translation>In 2023 spraken de bond en de werkgevers af dat caseloads stap voor stap dalen tot de norm van 12 maatregelen per voltijdbaan. Het schema bepaalt je doel voor vandaag: het paneel Nee zeggen vertelt je of je een nieuwe zaak mag aannemen.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>shown only on the statement</source>
        <translation>alleen getoond op de werkdrukmelding</translation>
    </message>
    <message>
        <source>3. Your name on the statement</source>
        <translation>3. Je naam op de werkdrukmelding</translation>
    </message>
    <message>
        <source>The overload statement for your manager carries your name and a signature line. It is kept on this computer only, and never goes into the union export. You may leave it empty.</source>
        <translation>De werkdrukmelding voor je leidinggevende draagt je naam en een regel voor je handtekening. Je naam blijft alleen op deze computer en gaat nooit mee in de vakbondsexport. Je mag het leeg laten.</translation>
    </message>
    <message>
        <source>Afterwards, look around in a demo year (a separate file: your own database stays apart)</source>
        <translation>Kijk daarna rond in een demojaar (een apart bestand: je eigen database blijft erbuiten)</translation>
    </message>
    <message>
        <source>4. Where things are</source>
        <translation>4. Waar alles staat</translation>
    </message>
    <message>
        <source>Start with a case (Ctrl+N in Cases) and the timer (Ctrl+T). The panels:</source>
        <translation>Begin met een zaak (Ctrl+N in Zaken) en de timer (Ctrl+T). De panelen:</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Stap {n} van {count}</translation>
    </message>
</context>
<context>
    <name>FullExport</name>
    <message>
        <source>“{path}” cannot be read as a Workload Desk export.</source>
        <translation>“{path}” kan niet worden gelezen als Workload Desk-export.</translation>
    </message>
    <message>
        <source>“{path}” is not a full Workload Desk export.</source>
        <translation>“{path}” is geen volledige Workload Desk-export.</translation>
    </message>
    <message>
        <source>“{path}” was written by a newer version of Workload Desk: update the app first.</source>
        <translation>“{path}” is geschreven door een nieuwere versie van Workload Desk: werk eerst de app bij.</translation>
    </message>
    <message>
        <source>This database already holds data: importing would mix two records. Import into a new database, or ask to merge (--merge).</source>
        <translation>Deze database bevat al gegevens: importeren zou twee registraties mengen. Importeer in een nieuwe database, of vraag om samenvoegen (--merge).</translation>
    </message>
    <message>
        <source>The export holds “{table}”, which is not a table of rows Workload Desk knows.</source>
        <translation>De export bevat “{table}”, en dat is geen tabel met rijen die Workload Desk kent.</translation>
    </message>
    <message>
        <source>it repeats a row before it or one already stored</source>
        <translation>hij herhaalt een eerdere rij of een rij die al bewaard is</translation>
    </message>
    <message>
        <source>it holds text or a number SQLite cannot store</source>
        <translation>er staat tekst of een getal in dat SQLite niet kan bewaren</translation>
    </message>
    <message>
        <source>Nothing was imported: row {number} of “{table}” is refused ({reason}).</source>
        <translation>Er is niets geïmporteerd: rij {number} van “{table}” is geweigerd ({reason}).</translation>
    </message>
    <message>
        <source>A row must be an object of columns and values.</source>
        <extracomment>The columns an imported row may name, per table: the stored columns of the current schema.</extracomment>
        <translation>Een rij moet een object van kolommen en waarden zijn.</translation>
    </message>
    <message>
        <source>“{column}” is not a column of this table.</source>
        <translation>“{column}” is geen kolom van deze tabel.</translation>
    </message>
    <message>
        <source>The column “{column}” is missing.</source>
        <translation>De kolom “{column}” ontbreekt.</translation>
    </message>
    <message>
        <source>“{value}” does not fit the column “{column}”.</source>
        <translation>“{value}” past niet in de kolom “{column}”.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+onderstreepte letter</translation>
    </message>
    <message>
        <source>Press the button, open the tab or menu, or go to the field with that letter</source>
        <translation>De knop indrukken, het tabblad of menu openen, of naar het veld gaan met die letter</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>The next or previous field, button or table</source>
        <translation>Het volgende of vorige veld, knop of tabel</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In a table: open the selected row; in a dialog: save</source>
        <translation>In een tabel: de gekozen rij openen; in een venster: opslaan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Een venster sluiten zonder op te slaan</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <source>Mark the ticked days off</source>
        <translation>Aangevinkte dagen als vrij markeren</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Which of these are days off depends on your CAO and your employer: tick yours.</source>
        <translation>Welke hiervan vrije dagen zijn, hangt af van je cao en je werkgever: vink de jouwe aan.</translation>
    </message>
    <message>
        <source>The public holidays of the year: tick your days off.</source>
        <translation>De feestdagen van het jaar: vink je vrije dagen aan.</translation>
    </message>
    <message>
        <source>Mark public holidays off</source>
        <translation>Feestdagen als vrij markeren</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>OTS (family supervision)</source>
        <translation>OTS (ondertoezichtstelling)</translation>
    </message>
    <message>
        <source>Provisional OTS</source>
        <translation>Voorlopige OTS</translation>
    </message>
    <message>
        <source>Guardianship (voogdij)</source>
        <translation>Voogdij</translation>
    </message>
    <message>
        <source>Juvenile probation (jeugdreclassering)</source>
        <translation>Jeugdreclassering</translation>
    </message>
    <message>
        <source>OTS</source>
        <translation>OTS</translation>
    </message>
    <message>
        <source>prov. OTS</source>
        <translation>vOTS</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>Voogdij</translation>
    </message>
    <message>
        <source>Juvenile probation</source>
        <translation>Jeugdreclassering</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>File redaction</source>
        <translation>Dossier lakken</translation>
    </message>
    <message>
        <source>Care search</source>
        <translation>Zorg zoeken</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapportage</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reistijd</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>active</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>ter plekke</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>via video</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>verlof</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>ziek</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>een nieuwe zaak</translation>
    </message>
    <message>
        <source>an extra task</source>
        <translation>een extra taak</translation>
    </message>
    <message>
        <source>court in person</source>
        <translation>zelf naar de rechtbank</translation>
    </message>
    <message>
        <source>a call outside my own cases</source>
        <translation>bellen buiten mijn eigen zaken</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>iets anders</translation>
    </message>
    <message>
        <source>Only reachable for my own running cases</source>
        <translation>Alleen bereikbaar voor mijn eigen lopende zaken</translation>
    </message>
    <message>
        <source>Court by phone or video instead of in person</source>
        <translation>Rechtbank telefonisch of via video in plaats van ter plekke</translation>
    </message>
    <message>
        <source>No work beyond my contract hours</source>
        <translation>Niet werken na mijn contracturen</translation>
    </message>
    <message>
        <source>No new case above the target</source>
        <translation>Geen nieuwe zaak boven het doel</translation>
    </message>
    <message>
        <source>nationwide (a GI working across the country)</source>
        <translation>landelijk (een GI die door het hele land werkt)</translation>
    </message>
</context>
<context>
    <name>Law</name>
    <message>
        <source>Dienst of {when}: {work} hours of work, more than the 12 a dienst may have (ATW art. 5:7 lid 2 a).</source>
        <translation>Dienst van {when}: {work} uur arbeid, meer dan de 12 die een dienst mag hebben (ATW art. 5:7 lid 2 a).</translation>
    </message>
    <message>
        <source>Dienst of {when}: {pause} minutes of pause; more than 5.5 hours of work needs at least 30, in pieces of at least 15 (ATW art. 5:4 lid 2 a).</source>
        <translation>Dienst van {when}: {pause} minuten pauze; meer dan 5,5 uur arbeid vraagt er minstens 30, in delen van minstens 15 (ATW art. 5:4 lid 2 a).</translation>
    </message>
    <message>
        <source>Dienst of {when}: {pause} minutes of pause; more than 10 hours of work needs at least 45, in pieces of at least 15 (ATW art. 5:4 lid 2 b).</source>
        <translation>Dienst van {when}: {pause} minuten pauze; meer dan 10 uur arbeid vraagt er minstens 45, in delen van minstens 15 (ATW art. 5:4 lid 2 b).</translation>
    </message>
    <message>
        <source>In the 24 hours from {start}, your first work that day, your longest rest was {rest} hours: a shortened rest. The law asks 11 hours and allows 8 once in 7 × 24 hours when the work requires it (ATW art. 5:3 lid 2).</source>
        <translation>In de 24 uur vanaf {start}, je eerste werk die dag, was je langste rust {rest} uur: een ingekorte rust. De wet vraagt 11 uur en staat 8 uur eenmaal per 7 × 24 uur toe als het werk dat vraagt (ATW art. 5:3 lid 2).</translation>
    </message>
    <message>
        <source>In the 7 × 24 hours from {start}, your first work that day, your longest rest was {rest} hours, and the 14 × 24 hours from it held no 72 hours of rest in pieces of at least 32: the law asks 36 hours (ATW art. 5:5 lid 2).</source>
        <translation>In de 7 × 24 uur vanaf {start}, je eerste werk die dag, was je langste rust {rest} uur, en de 14 × 24 uur daarvanaf hadden geen 72 uur rust in delen van minstens 32: de wet vraagt 36 uur (ATW art. 5:5 lid 2).</translation>
    </message>
    <message>
        <source>{hours} hours of work in the 4 weeks ending with this one: on average more than 55 a week, more than the 220 the law allows (ATW art. 5:7 lid 3).</source>
        <translation>{hours} uur arbeid in de 4 weken tot en met deze: gemiddeld meer dan 55 per week, meer dan de 220 die de wet toestaat (ATW art. 5:7 lid 3).</translation>
    </message>
    <message>
        <source>{hours} hours of work in the 16 weeks ending with this one: on average more than 48 a week, more than the 768 the law allows (ATW art. 5:7 lid 2 c).</source>
        <translation>{hours} uur arbeid in de 16 weken tot en met deze: gemiddeld meer dan 48 per week, meer dan de 768 die de wet toestaat (ATW art. 5:7 lid 2 c).</translation>
    </message>
    <message>
        <source>In the 24 hours from {start}, your first work that day, your longest rest was {rest} hours: less than the 8 the law ever allows (ATW art. 5:3 lid 2).</source>
        <translation>In de 24 uur vanaf {start}, je eerste werk die dag, was je langste rust {rest} uur: minder dan de 8 die de wet ooit toestaat (ATW art. 5:3 lid 2).</translation>
    </message>
    <message>
        <source>In the 24 hours from {start}, your first work that day, your longest rest was {rest} hours: a second shortened rest within 7 × 24 hours, which the law never allows (ATW art. 5:3 lid 2).</source>
        <translation>In de 24 uur vanaf {start}, je eerste werk die dag, was je langste rust {rest} uur: een tweede ingekorte rust binnen 7 × 24 uur, wat de wet nooit toestaat (ATW art. 5:3 lid 2).</translation>
    </message>
    <message>
        <source>A pause is a gap of at least 15 minutes inside a dienst; when it falls does not matter. A dienst is judged 8 hours after its last work, when nothing more can join it. A collective agreement may ask less, but never less than 15 minutes (art. 5:4 lid 3).</source>
        <translation>Een pauze is een onderbreking van minstens 15 minuten binnen een dienst; wanneer die valt, maakt niet uit. Een dienst wordt beoordeeld 8 uur na het laatste werk, als er niets meer bij kan komen. Een cao mag minder vragen, maar nooit minder dan 15 minuten (art. 5:4 lid 3).</translation>
    </message>
    <message>
        <source>Not a violation by itself: the law lets the daily rest be shortened to 8 hours once in 7 × 24 hours when the nature of the work or the circumstances require it. The app cannot know whether they did. The rest is looked for in the 24 hours from your first work of each day (art. 5:3 lid 3).</source>
        <translation>Op zich geen overtreding: de wet staat toe dat de dagelijkse rust eenmaal per 7 × 24 uur wordt ingekort tot 8 uur als de aard van het werk of de omstandigheden dat vragen. De app kan niet weten of dat zo was. De rust wordt gezocht in de 24 uur vanaf je eerste werk van elke dag (art. 5:3 lid 3).</translation>
    </message>
    <message>
        <source>The rest is looked for in the 24 hours from your first work of each day (art. 5:3 lid 3). Less than 8 hours, or a second shortened rest with both rests inside one period of 7 × 24 hours, is never allowed. A rest running on past those 24 hours counts only as far as it falls inside them. Periods that share 11 hours are one missing rest (one rest there would have served both), reported by the shortest.</source>
        <translation>De rust wordt gezocht in de 24 uur vanaf je eerste werk van elke dag (art. 5:3 lid 3). Minder dan 8 uur, of een tweede ingekorte rust waarbij beide rusttijden binnen één periode van 7 × 24 uur vallen, is nooit toegestaan. Een rust die na die 24 uur doorloopt, telt alleen mee voor zover ze erbinnen valt. Periodes die 11 uur delen, zijn één ontbrekende rust (één rust daarin had voor beide volstaan), gemeld met de kortste.</translation>
    </message>
    <message>
        <source>{hours} hours of work this week: more than the 60 the law allows (ATW art. 5:7 lid 2 b).</source>
        <translation>{hours} uur arbeid deze week: meer dan de 60 die de wet toestaat (ATW art. 5:7 lid 2 b).</translation>
    </message>
    <message>
        <source>A dienst is work between two rests: entries with gaps under 8 hours (the shortest rest the law allows) belong to one dienst, so a dienst can cross midnight and one day can hold two. Times are real elapsed time in your time zone.</source>
        <translation>Een dienst is arbeid tussen twee rusttijden: registraties met gaten korter dan 8 uur (de kortste rust die de wet toestaat) horen bij één dienst, dus een dienst kan over middernacht gaan en één dag kan er twee hebben. Tijden zijn echt verstreken tijd in je tijdzone.</translation>
    </message>
    <message>
        <source>The rest is looked for in the 7 × 24 hours from your first work of each day (art. 5:5 lid 3), and else in the 14 × 24 hours from it; a period that reaches past now is not judged yet. A period that shares 36 hours with the one last reported is the same missing rest and is not counted again.</source>
        <translation>De rust wordt gezocht in de 7 × 24 uur vanaf je eerste werk van elke dag (art. 5:5 lid 3), en anders in de 14 × 24 uur daarvanaf; een periode die voorbij nu reikt, wordt nog niet beoordeeld. Een periode die 36 uur deelt met de laatst gemelde, is dezelfde ontbrekende rust en wordt niet nog eens geteld.</translation>
    </message>
    <message>
        <source>A week runs from Monday 00:00 to Sunday 24:00.</source>
        <translation>Een week loopt van maandag 00:00 tot zondag 24:00.</translation>
    </message>
    <message>
        <source>The average is taken over the weeks ending with this one, Monday to Sunday. Weeks before your first logged entry count as 0 hours, so an average is never overstated.</source>
        <translation>Het gemiddelde is genomen over de weken tot en met deze, maandag tot en met zondag. Weken vóór je eerste registratie tellen als 0 uur, zodat een gemiddelde nooit te hoog uitvalt.</translation>
    </message>
    <message>
        <source>A collective agreement may set this limit aside (art. 5:7 lid 4); the 48 of lid 2 it may not.</source>
        <translation>Een cao mag deze grens opzijzetten (art. 5:7 lid 4); de 48 van lid 2 niet.</translation>
    </message>
    <message>
        <source>Also: {others}.</source>
        <extracomment>The order findings are listed in: hours before rests, rests before pauses.</extracomment>
        <translation>Ook: {others}.</translation>
    </message>
    <message>
        <source>Nachtdienst of {when}: {work} hours of work, more than the 12 a nachtdienst may ever have (ATW art. 5:8 lid 1 and 3).</source>
        <translation>Nachtdienst van {when}: {work} uur arbeid, meer dan de 12 die een nachtdienst ooit mag hebben (ATW art. 5:8 lid 1 en 3).</translation>
    </message>
    <message>
        <source>After a series of 3 or more nachtdiensten ending {when} you rested {rest} hours: the law asks 46 (ATW art. 5:8 lid 5).</source>
        <translation>Na een reeks van 3 of meer nachtdiensten, eindigend met {when}, rustte je {rest} uur: de wet vraagt 46 (ATW art. 5:8 lid 5).</translation>
    </message>
    <message>
        <source>{count} nachtdiensten ending after 02:00 in the 16 weeks ending with this one: the law allows 36 (ATW art. 5:8 lid 8).</source>
        <translation>{count} nachtdiensten die na 02:00 eindigen in de 16 weken tot en met deze: de wet staat er 36 toe (ATW art. 5:8 lid 8).</translation>
    </message>
    <message>
        <source>Nachtdienst of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} times within 14 × 24 hours; the law allows 5 (ATW art. 5:8 lid 3).</source>
        <translation>Nachtdienst van {when}: de uitzondering voor meer dan 10 uur (of 12 uur rust erna) {count} keer gebruikt binnen 14 × 24 uur; de wet staat er 5 toe (ATW art. 5:8 lid 3).</translation>
    </message>
    <message>
        <source>Nachtdienst of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} times within 52 weeks; the law allows 22 (ATW art. 5:8 lid 3).</source>
        <translation>Nachtdienst van {when}: de uitzondering voor meer dan 10 uur (of 12 uur rust erna) {count} keer gebruikt binnen 52 weken; de wet staat er 22 toe (ATW art. 5:8 lid 3).</translation>
    </message>
    <message>
        <source>Nachtdienst of {when}: more than 10 hours of work, then {rest} hours of rest; more than 10 hours is allowed only with at least 12 hours of rest after it (ATW art. 5:8 lid 1 and 3).</source>
        <translation>Nachtdienst van {when}: meer dan 10 uur arbeid, daarna {rest} uur rust; meer dan 10 uur mag alleen met minstens 12 uur rust erna (ATW art. 5:8 lid 1 en 3).</translation>
    </message>
    <message>
        <source>After the nachtdienst of {when}, which ended after 02:00, you rested {rest} hours: a shortened rest. The law asks 14 hours (12 at most 5 times in 14 × 24 hours) and allows 8 once in 7 × 24 hours when the work requires it (ATW art. 5:8 lid 3 and 4).</source>
        <translation>Na de nachtdienst van {when}, die na 02:00 eindigde, rustte je {rest} uur: een ingekorte rust. De wet vraagt 14 uur (12 uur hoogstens 5 keer per 14 × 24 uur) en staat 8 uur eenmaal per 7 × 24 uur toe als het werk dat vraagt (ATW art. 5:8 lid 3 en 4).</translation>
    </message>
    <message>
        <source>After the nachtdienst of {when}, which ended after 02:00, you rested {rest} hours: less than 8, or a second shortened rest within 7 × 24 hours; the law asks 14 hours (ATW art. 5:8 lid 4).</source>
        <translation>Na de nachtdienst van {when}, die na 02:00 eindigde, rustte je {rest} uur: minder dan 8, of een tweede ingekorte rust binnen 7 × 24 uur; de wet vraagt 14 uur (ATW art. 5:8 lid 4).</translation>
    </message>
    <message>
        <source>The dienst of {when} is number {count} in a row, one or more of them a nachtdienst: the law allows 7 (ATW art. 5:8 lid 6).</source>
        <translation>De dienst van {when} is nummer {count} op een rij, waarvan één of meer een nachtdienst: de wet staat er 7 toe (ATW art. 5:8 lid 6).</translation>
    </message>
    <message>
        <source>16 or more nachtdiensten in the 16 weeks ending with this one, and {hours} hours of work in them: on average more than 40 a week, more than the 640 the law allows (ATW art. 5:8 lid 2).</source>
        <translation>16 of meer nachtdiensten in de 16 weken tot en met deze, en {hours} uur arbeid daarin: gemiddeld meer dan 40 per week, meer dan de 640 die de wet toestaat (ATW art. 5:8 lid 2).</translation>
    </message>
    <message>
        <source>A nachtdienst is a dienst with more than one hour of work between 00:00 and 06:00. A collective agreement may depart from some night rules (art. 5:8 lid 6 to 9); the app counts the law&apos;s own figures.</source>
        <translation>Een nachtdienst is een dienst met meer dan een uur arbeid tussen 00:00 en 06:00. Een cao mag van sommige nachtregels afwijken (art. 5:8 lid 6 tot en met 9); de app telt met de getallen van de wet zelf.</translation>
    </message>
    <message>
        <source>The law does not say what ends a row of diensten; the app ends it at any rest of 24 hours or more.</source>
        <translation>De wet zegt niet wat een reeks diensten beëindigt; de app beëindigt die bij elke rust van 24 uur of meer.</translation>
    </message>
    <message>
        <source>Not a violation by itself: the rest may be shortened to 8 hours once in 7 × 24 hours when the work requires it, which the app cannot know.</source>
        <translation>Op zich geen overtreding: de rust mag eenmaal per 7 × 24 uur worden ingekort tot 8 uur als het werk dat vraagt, wat de app niet kan weten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workload Desk — {file}</source>
        <translation>Workload Desk — {file}</translation>
    </message>
    <message>
        <source>Show the panel “{panel}”</source>
        <extracomment>The modules of the panels not yet opened, leaf first: loaded one per idle moment once the window has shown, so a panel opened the first time does not wait for Python to load it (tens of ms each). The pause before the first module and between two: the loop answers input in between. Emitted after another database was opened. What time it is; tests put the clock forward. Automatic backups at start and quit (off for --quit-when-ready, a smoke test). This week&apos;s report and the Time panel&apos;s weeks, remembered until the data changes (shared: the status bar and the panel showing this week work it out once). Panels built but out of view when the data changed: they read it again when next asked for. Ctrl+1..5 open the panels in the order of the navigation. The running timer, in view whatever panel is open (and in the window&apos;s title). Logs an error nothing caught and tells the worker (installed as Python&apos;s hooks by run_window). Hears a second start on this database: made by :meth:`listen_for_second_starts` (run_window). The minute&apos;s week report being worked out in a worker thread, while it runs.</extracomment>
        <translation>Het paneel “{panel}” tonen</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panelen</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+5 open the panels directly.</source>
        <translation>Ctrl+1 tot en met Ctrl+5 openen de panelen direct.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>Andere database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Export everything (to a new laptop)…</source>
        <translation>Alles &amp;exporteren (naar een nieuwe laptop)…</translation>
    </message>
    <message>
        <source>&amp;Import everything…</source>
        <translation>Alles &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tijd</translation>
    </message>
    <message>
        <source>Start or stop the &amp;timer</source>
        <translation>&amp;Timer starten of stoppen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Contract hours…</source>
        <translation>&amp;Contracturen…</translation>
    </message>
    <message>
        <source>&amp;Days off…</source>
        <translation>&amp;Vrije dagen…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;First-day guide…</source>
        <translation>&amp;Gids voor de eerste dag…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Workload Desk</source>
        <translation>&amp;Over Workload Desk</translation>
    </message>
    <message>
        <source>Time: a new entry</source>
        <translation>Tijd: een nieuwe registratie</translation>
    </message>
    <message>
        <source>Say no: record a request declined</source>
        <translation>Nee zeggen: een afgewezen verzoek vastleggen</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Ongedaan maken: {change}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>Opnieuw &amp;doen: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message numerus="yes">
        <source>Caseload: %n measure(s)</source>
        <translation>
            <numerusform>Caseload: %n maatregel</numerusform>
            <numerusform>Caseload: %n maatregelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: {worked} of {contract} hours</source>
        <translation>Deze week: {worked} van {contract} uur</translation>
    </message>
    <message>
        <source>Timer: {task} {elapsed} (since {start})</source>
        <translation>Timer: {task} {elapsed} (sinds {start})</translation>
    </message>
    <message>
        <source>{elapsed} {task} — {title}</source>
        <translation>{elapsed} {task} — {title}</translation>
    </message>
    <message>
        <source>(and {count} more in the Time panel)</source>
        <translation>(en nog {count} in het paneel Tijd)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Andere database openen</translation>
    </message>
    <message>
        <source>Workload Desk database (*.db)</source>
        <translation>Workload Desk-database (*.db)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>Cannot make the database</source>
        <translation>Database kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>“{file}” exists already: open it with “Open another database…”.</source>
        <translation>“{file}” bestaat al: open het met “Andere database openen…”.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Cannot open the demo year</source>
        <translation>Het demojaar kan niet worden geopend</translation>
    </message>
    <message>
        <source>This is the demo year. File → Open another database… brings back your own.</source>
        <translation>Dit is het demojaar. Bestand → Andere database openen… brengt je eigen database terug.</translation>
    </message>
    <message>
        <source>About Workload Desk</source>
        <translation>Over Workload Desk</translation>
    </message>
    <message>
        <source>Workload Desk {version}

Your caseload and hours in hand, so you can say no with evidence. Everything stays on this computer: the app opens no network connection.

Database: {path}</source>
        <translation>Workload Desk {version}

Je caseload en je uren in de hand, zodat je onderbouwd nee kunt zeggen. Alles blijft op deze computer: de app maakt geen netwerkverbinding.

Database: {path}</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Workload Desk manual</source>
        <translation>Handleiding van Workload Desk</translation>
    </message>
    <message>
        <source>The manual is missing from this copy of the app; the README has it all.</source>
        <translation>De handleiding ontbreekt in deze kopie van de app; de README bevat alles.</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Add measure</source>
        <translation>Maatregel toevoegen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Child (label)</source>
        <translation>Kind (label)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Other planned end than usual</source>
        <translation>Ander gepland einde dan gebruikelijk</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>Your families, the measures the court imposed for each child, the tasks each case asks for, and the agenda of the next two weeks.</source>
        <translation>Je gezinnen, de maatregelen die de rechter per kind oplegde, de taken die elke zaak vraagt, en de agenda van de komende twee weken.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>The timer and your hours per week against your contract, with extra hours, overtime and the legal limits of the Working Hours Act.</source>
        <translation>De timer en je uren per week tegenover je contract, met meeruren, overwerk en de grenzen van de Arbeidstijdenwet.</translation>
    </message>
    <message>
        <source>Say no</source>
        <translation>Nee zeggen</translation>
    </message>
    <message>
        <source>Your caseload against the norm and the agreed reduction schedule, whether you may take a new case, and the words to refuse one.</source>
        <translation>Je caseload tegenover de norm en het afgesproken afbouwschema, of je een nieuwe zaak mag aannemen, en de woorden om er een te weigeren.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Werkdrukmelding</translation>
    </message>
    <message>
        <source>An overload statement (werkdrukmelding) for your manager, to print or save as PDF.</source>
        <translation>Een werkdrukmelding voor je leidinggevende, om af te drukken of als pdf op te slaan.</translation>
    </message>
    <message>
        <source>Union export</source>
        <translation>Vakbondsexport</translation>
    </message>
    <message>
        <source>Anonymised totals of your caseload and hours that you may choose to send to the union.</source>
        <translation>Geanonimiseerde totalen van je caseload en uren, die je zelf kunt besluiten naar de vakbond te sturen.</translation>
    </message>
</context>
<context>
    <name>RefusalFields</name>
    <message>
        <source>the person you write to</source>
        <translation>aan wie je schrijft</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>de datum van vandaag</translation>
    </message>
    <message>
        <source>your caseload</source>
        <translation>je caseload</translation>
    </message>
    <message>
        <source>your families</source>
        <translation>je gezinnen</translation>
    </message>
    <message>
        <source>your contract hours</source>
        <translation>je contracturen</translation>
    </message>
    <message>
        <source>your norm</source>
        <translation>je norm</translation>
    </message>
    <message>
        <source>today&apos;s target</source>
        <translation>je doel van vandaag</translation>
    </message>
    <message>
        <source>weeks over your contract (of the last 4)</source>
        <translation>weken boven je contract (van de laatste 4)</translation>
    </message>
    <message>
        <source>a sentence on your hours, if they ran over</source>
        <translation>een zin over je uren, als die uitliepen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>The backups of your database and when each was taken.</source>
        <translation>De reservekopieën van je database en wanneer elk gemaakt is.</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>The backup you choose takes the place of your database. Your database as it is now is backed up first, so this too can be undone.</source>
        <translation>De reservekopie die je kiest komt in de plaats van je database. Van je database zoals die nu is wordt eerst een reservekopie gemaakt, zodat ook dit terug te draaien is.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Terugzetten vanuit een bestand</translation>
    </message>
    <message>
        <source>Database (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <source>safety copy from before a restore</source>
        <translation>veiligheidskopie van vóór het terugzetten</translation>
    </message>
    <message>
        <source>safety copy from before an import</source>
        <translation>veiligheidskopie van vóór het importeren</translation>
    </message>
    <message>
        <source>safety copy from before an app update</source>
        <translation>veiligheidskopie van vóór een update van de app</translation>
    </message>
</context>
<context>
    <name>SayNo</name>
    <message>
        <source>Yes: with one more case your caseload becomes {after}, within today&apos;s target of {target}.</source>
        <translation>Ja: met één zaak meer wordt je caseload {after}, binnen het doel van vandaag van {target}.</translation>
    </message>
    <message>
        <source>No: your caseload is {caseload}; one more makes {after}, above today&apos;s target of {target} (the norm is {norm} for {contract} hours).</source>
        <translation>Nee: je caseload is {caseload}; één meer maakt {after}, boven het doel van vandaag van {target} (de norm is {norm} bij {contract} uur).</translation>
    </message>
    <message>
        <source>No: your caseload would fit, but you worked past your contract in {weeks} of the last 4 weeks.</source>
        <translation>Nee: je caseload zou passen, maar je werkte meer dan je contract in {weeks} van de laatste 4 weken.</translation>
    </message>
    <message>
        <source>No: your caseload is {caseload} against today&apos;s target of {target}, and you worked past your contract in {weeks} of the last 4 weeks.</source>
        <translation>Nee: je caseload is {caseload} tegenover het doel van vandaag van {target}, en je werkte meer dan je contract in {weeks} van de laatste 4 weken.</translation>
    </message>
</context>
<context>
    <name>SayNoColumns</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Wat er gevraagd werd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Of which new cases</source>
        <translation>Waarvan nieuwe zaken</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grens</translation>
    </message>
    <message>
        <source>Times kept</source>
        <translation>Keren bewaakt</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Uren bespaard</translation>
    </message>
</context>
<context>
    <name>SayNoPanel</name>
    <message>
        <source>Caseload</source>
        <extracomment>The chart is counted once its tab has been in view this long (ms). The settings the &quot;Schedule and norm&quot; tab writes, so saving it can be undone. The chart tab shows the caseload chart, counted for the data as it is now. Said while the chart&apos;s weeks are counted (a year back and ahead: hundreds of queries, in a thread). The chart shows the data as it is (False: counted before a change, or never): counted again when opened.</extracomment>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Target today</source>
        <translation>Doel vandaag</translation>
    </message>
    <message>
        <source>May I take a new case?</source>
        <translation>Mag ik een nieuwe zaak aannemen?</translation>
    </message>
    <message>
        <source>Words to refuse</source>
        <translation>Woorden om te weigeren</translation>
    </message>
    <message>
        <source>Requests declined</source>
        <translation>Afgewezen verzoeken</translation>
    </message>
    <message>
        <source>Boundaries kept</source>
        <translation>Bewaakte grenzen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Schedule and norm</source>
        <translation>Schema en norm</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>collega</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Sjabloon bewerken…</translation>
    </message>
    <message>
        <source>Record as declined…</source>
        <translation>Vastleggen als afgewezen…</translation>
    </message>
    <message>
        <source>Record a request declined…</source>
        <translation>Afgewezen verzoek vastleggen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Kept this boundary on</source>
        <translation>Deze grens bewaakt op</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>The requests declined, month by month.</source>
        <translation>De afgewezen verzoeken, maand voor maand.</translation>
    </message>
    <message>
        <source>Your boundaries and when you kept them.</source>
        <translation>Je grenzen en wanneer je ze bewaakte.</translation>
    </message>
    <message>
        <source>Norm: families per full-time job, lowest</source>
        <translation>Norm: gezinnen per voltijdbaan, laagste</translation>
    </message>
    <message>
        <source>Norm: families per full-time job, highest</source>
        <translation>Norm: gezinnen per voltijdbaan, hoogste</translation>
    </message>
    <message>
        <source>No schedule (the target is the norm)</source>
        <translation>Geen schema (het doel is de norm)</translation>
    </message>
    <message>
        <source>The 2023 agreement (FNV and employers)</source>
        <translation>Het akkoord van 2023 (FNV en werkgevers)</translation>
    </message>
    <message>
        <source>One fewer every four months</source>
        <translation>Elke vier maanden één minder</translation>
    </message>
    <message>
        <source>Counted from 1 May 2023: 1.5 measures fewer by 1 September 2023, 2.5 fewer by 1 January 2024, then one fewer every four months until the norm.</source>
        <translation>Geteld vanaf 1 mei 2023: 1,5 maatregel minder op 1 september 2023, 2,5 minder op 1 januari 2024, daarna elke vier maanden één minder tot de norm.</translation>
    </message>
    <message>
        <source>Reduction schedule</source>
        <translation>Afbouwschema</translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation>Tellend vanaf</translation>
    </message>
    <message>
        <source>Count the baseline from my data</source>
        <translation>Nulmeting tellen uit mijn gegevens</translation>
    </message>
    <message>
        <source>Baseline (measures)</source>
        <translation>Nulmeting (maatregelen)</translation>
    </message>
    <message>
        <source>Norm: measures per full-time job</source>
        <translation>Norm: maatregelen per voltijdbaan</translation>
    </message>
    <message>
        <source>Norm: families per full-time job</source>
        <translation>Norm: gezinnen per voltijdbaan</translation>
    </message>
    <message>
        <source>Hours saved by court by phone</source>
        <translation>Uren bespaard door telefonische zitting</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n maatregel</numerusform>
            <numerusform>%n maatregelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is %n family(s) against a norm of {low}–{high}.</source>
        <translation>
            <numerusform>Dat is %n gezin tegenover een norm van {low}–{high}.</numerusform>
            <numerusform>Dat zijn %n gezinnen tegenover een norm van {low}–{high}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running measure(s) have no planned end.</source>
        <translation>
            <numerusform>%n lopende maatregel heeft geen gepland einde.</numerusform>
            <numerusform>%n lopende maatregelen hebben geen gepland einde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting your caseload week by week…</source>
        <translation>Bezig met tellen: je caseload week voor week…</translation>
    </message>
    <message>
        <source>{norm} measures</source>
        <translation>{norm} maatregelen</translation>
    </message>
    <message>
        <source>Every request you recorded as declined; Enter corrects the selected one, Delete deletes it.</source>
        <translation>Elk verzoek dat je als afgewezen hebt vastgelegd; Enter verbetert het gekozen verzoek, Delete verwijdert het.</translation>
    </message>
    <message>
        <source>or {low}–{high} families</source>
        <translation>of {low}–{high} gezinnen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Your caseload is within today&apos;s target.</source>
        <translation>Je caseload ligt binnen het doel van vandaag.</translation>
    </message>
    <message>
        <source>If no new case comes in, your caseload reaches the target on {day}</source>
        <translation>Als er geen nieuwe zaak bijkomt, bereikt je caseload het doel op {day}</translation>
    </message>
    <message>
        <source> and the norm on {day}.</source>
        <translation> en de norm op {day}.</translation>
    </message>
    <message>
        <source>, but not the norm within five years.</source>
        <translation>, maar de norm niet binnen vijf jaar.</translation>
    </message>
    <message>
        <source>Even with no new case, the planned ends do not bring your caseload to the target within five years.</source>
        <translation>Ook zonder nieuwe zaak brengen de geplande einddatums je caseload niet binnen vijf jaar op het doel.</translation>
    </message>
    <message>
        <source>Save the schedule and norm</source>
        <translation>Schema en norm opslaan</translation>
    </message>
    <message>
        <source>Today the answer is yes: there is nothing to refuse.</source>
        <translation>Vandaag is het antwoord ja: er valt niets te weigeren.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Het bericht opslaan</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Edit the refusal template</source>
        <translation>Sjabloon voor weigeren bewerken</translation>
    </message>
    <message>
        <source>Record a request declined</source>
        <translation>Afgewezen verzoek vastleggen</translation>
    </message>
    <message>
        <source>Correct a request declined</source>
        <translation>Een afgewezen verzoek verbeteren</translation>
    </message>
    <message>
        <source>Delete a request declined</source>
        <translation>Afgewezen verzoek verwijderen</translation>
    </message>
    <message>
        <source>Keep a boundary</source>
        <translation>Grens bewaakt</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Workload Desk is already open with “{path}”: use that window.</source>
        <translation>Workload Desk is al geopend met “{path}”: gebruik dat venster.</translation>
    </message>
    <message>
        <source>The database “{path}” cannot be locked for this window: {reason}.</source>
        <translation>De database “{path}” kan niet voor dit venster worden vergrendeld: {reason}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>Each key of this window and what it does.</source>
        <translation>Elke toets van dit venster en wat hij doet.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split entry</source>
        <translation>Registratie splitsen</translation>
    </message>
    <message>
        <source>Split at</source>
        <translation>Splitsen op</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>{problem}

There is no good backup to restore. The file was left as it is.</source>
        <extracomment>The pause before each piece of the start&apos;s work after the first paint: the loop answers input in between.</extracomment>
        <translation>{problem}

Er is geen goede reservekopie om terug te zetten. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest good backup, of {day} {time}? The damaged file is kept beside it, renamed, never deleted.</source>
        <translation>{problem}

De nieuwste goede reservekopie terugzetten, van {day} {time}? Het beschadigde bestand blijft ernaast bewaard, hernoemd, nooit verwijderd.</translation>
    </message>
    <message>
        <source>Workload Desk is already open with this database: that window is now in front.</source>
        <translation>Workload Desk is al geopend met deze database: dat venster staat nu op de voorgrond.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Record of hours</source>
        <translation>Urenoverzicht</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>(name not filled in)</source>
        <translation>(naam niet ingevuld)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) worked</source>
        <translation>
            <numerusform>%n gewerkte week</numerusform>
            <numerusform>%n gewerkte weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) of leave</source>
        <translation>
            <numerusform>%n week verlof</numerusform>
            <numerusform>%n weken verlof</numerusform>
        </translation>
    </message>
    <message>
        <source>no hours logged</source>
        <translation>geen uren geregistreerd</translation>
    </message>
    <message>
        <source>The weeks are grouped by month, each week under the month of its Thursday (as ISO weeks are counted), each month with its total; a month only partly in the period says which days it holds.</source>
        <translation>De weken zijn per maand gegroepeerd, elke week onder de maand van haar donderdag (zoals ISO-weken geteld worden), elke maand met haar totaal; een maand die maar deels in de periode valt, noemt de dagen die ze bevat.</translation>
    </message>
    <message>
        <source>No balance is given: a balance would count {weeks} without logged hours since {since} as not worked.</source>
        <translation>Er staat geen saldo in: een saldo zou {weeks} zonder geregistreerde uren sinds {since} als niet gewerkt tellen.</translation>
    </message>
    <message>
        <source>My caseload then: {measures}.</source>
        <translation>Mijn caseload toen: {measures}.</translation>
    </message>
    <message>
        <source>No cases are recorded in this period: I claim nothing here about my caseload.</source>
        <translation>In deze periode zijn geen zaken geregistreerd: over mijn caseload beweer ik hier niets.</translation>
    </message>
    <message>
        <source>{count} in person</source>
        <translation>{count} ter plekke</translation>
    </message>
    <message>
        <source>{count} by phone or video</source>
        <translation>{count} telefonisch of via video</translation>
    </message>
    <message>
        <source>Court hearings: {count} ({how}); hours logged as court hearing: {hours}.</source>
        <translation>Zittingen: {count} ({how}); uren geregistreerd als zitting: {hours}.</translation>
    </message>
    <message>
        <source>The court hearings under “Where the time went” count hearings held (tasks done); the boundary on court counts the times I registered keeping it. The two are recorded apart and need not match.</source>
        <translation>De zittingen onder “Waar de tijd heen ging” tellen de gehouden zittingen (afgeronde taken); de grens over de rechtbank telt hoe vaak ik registreerde dat ik haar bewaakte. Die twee worden apart geregistreerd en hoeven niet gelijk te zijn.</translation>
    </message>
    <message>
        <source>On days the record holds as days off, it also holds hours or registrations: {days}. Both the day off and what was recorded on it are shown as recorded.</source>
        <translation>Op dagen die de registratie als vrije dag heeft, staan ook uren of registraties: {days}. Zowel de vrije dag als wat erop is vastgelegd, staan zoals vastgelegd.</translation>
    </message>
    <message>
        <source>Extra hours: hours above my contract up to the full-time week, which is on average 36 hours (CAO Jeugdzorg art. 6.1). Overtime: hours above 36 in a week, a line lowered by 7:12 for each day off on one of my working days. Less than 30 minutes above the contract in a week is not compensated (CAO Jeugdzorg art. 6.4.5 and 8.6).</source>
        <translation>Meeruren: uren boven mijn contract tot de volledige werkweek, die gemiddeld 36 uur is (cao Jeugdzorg art. 6.1). Overwerk: uren boven de 36 in een week, een grens die 7:12 lager ligt voor elke vrije dag op een van mijn werkdagen. Minder dan 30 minuten boven het contract in een week wordt niet gecompenseerd (cao Jeugdzorg art. 6.4.5 en 8.6).</translation>
    </message>
    <message>
        <source>With {weeks}, fewer than 4, I report the workload as too high in this period, not as a lasting pattern.</source>
        <translation>Met {weeks}, minder dan 4, meld ik de werkdruk als te hoog in deze periode, niet als blijvend patroon.</translation>
    </message>
    <message>
        <source>{worker} · record of hours {first} to {last} · {date}</source>
        <translation>{worker} · urenoverzicht {first} t/m {last} · {date}</translation>
    </message>
    <message>
        <source>{worker} · overload statement {first} to {last} · {date}</source>
        <translation>{worker} · werkdrukmelding {first} t/m {last} · {date}</translation>
    </message>
    <message>
        <source>Overload statement</source>
        <translation>Werkdrukmelding</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Gewerkt</translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation>Meeruren</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Overwerk</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Rests shortened to less than 11 hours, which the law allows once in 7 × 24 hours when the work requires it (ATW art. 5:3(2), 5:8(4)):</source>
        <translation>Rusttijden ingekort tot minder dan 11 uur, wat de wet eenmaal per 7 × 24 uur toestaat als het werk dat vraagt (ATW art. 5:3 lid 2, 5:8 lid 4):</translation>
    </message>
    <message>
        <source>For checking against other records: the hours of every day with work or a day off, per kind of work, with each week&apos;s total as in the table of hours. No case, child or note is named.</source>
        <translation>Om na te gaan tegen andere registraties: de uren van elke dag met werk of een vrije dag, per soort werk, met het totaal van elke week zoals in de tabel met uren. Er wordt geen zaak, kind of notitie genoemd.</translation>
    </message>
    <message>
        <source>Each legal finding with its week or shift</source>
        <translation>Elke wettelijke bevinding met haar week of dienst</translation>
    </message>
    <message>
        <source>whole weeks, Monday to Sunday</source>
        <translation>hele weken, maandag tot en met zondag</translation>
    </message>
    <message>
        <source>chosen: {days}</source>
        <translation>gekozen: {days}</translation>
    </message>
    <message>
        <source>the current week up to today</source>
        <translation>de lopende week tot en met vandaag</translation>
    </message>
    <message>
        <source>The figures of this period do not show overload: in no week did I work 30 minutes or more above my contract and my caseload is within the norm. The record shows {passed}, all on pauses, which alone I do not report as overload.</source>
        <translation>De cijfers van deze periode laten geen overbelasting zien: in geen week werkte ik 30 minuten of meer boven mijn contract en mijn caseload ligt binnen de norm. De registratie toont {passed}, alle over pauzes; die alleen meld ik niet als overbelasting.</translation>
    </message>
    <message>
        <source>The figures of this period do not show overload: in no week did I work 30 minutes or more above my contract. The record shows {passed}, all on pauses, which alone I do not report as overload. No cases are recorded.</source>
        <translation>De cijfers van deze periode laten geen overbelasting zien: in geen week werkte ik 30 minuten of meer boven mijn contract. De registratie toont {passed}, alle over pauzes; die alleen meld ik niet als overbelasting. Er zijn geen zaken geregistreerd.</translation>
    </message>
    <message>
        <source>The figures of this period do not show overload: in no week did I work 30 minutes or more above my contract, no legal limit was passed and my caseload is within the norm.</source>
        <translation>De cijfers van deze periode laten geen overbelasting zien: in geen enkele week werkte ik 30 minuten of meer boven mijn contract, er is geen wettelijke grens overschreden en mijn caseload ligt binnen de norm.</translation>
    </message>
    <message>
        <source>The figures of this period do not show overload: in no week did I work 30 minutes or more above my contract and no legal limit was passed. No cases are recorded.</source>
        <translation>De cijfers van deze periode laten geen overbelasting zien: in geen week werkte ik 30 minuten of meer boven mijn contract en er is geen wettelijke grens overschreden. Er zijn geen zaken geregistreerd.</translation>
    </message>
    <message>
        <source>in {over} of {weeks} I worked 30 minutes or more above my contract (finished weeks only);</source>
        <translation>in {over} van {weeks} werkte ik 30 minuten of meer boven mijn contract (alleen afgelopen weken);</translation>
    </message>
    <message>
        <source>in {over} of {weeks} I worked 30 minutes or more above my contract;</source>
        <translation>in {over} van {weeks} werkte ik 30 minuten of meer boven mijn contract;</translation>
    </message>
    <message>
        <source>In {weeks} no hours were logged (marked “no hours logged”): such a week is left out of every total and count, as the record does not say it was not worked.</source>
        <translation>In {weeks} zijn geen uren geregistreerd (gemarkeerd met “geen uren geregistreerd”): zo&apos;n week blijft buiten elk totaal en elke telling, want de registratie zegt niet dat er niet gewerkt is.</translation>
    </message>
    <message>
        <source>In {weeks} I worked {worked} hours against {expected} in my contract: {above} hours more, of which {compensable} compensable.</source>
        <translation>In {weeks} werkte ik {worked} uur tegenover {expected} in mijn contract: {above} uur meer, waarvan {compensable} te compenseren.</translation>
    </message>
    <message>
        <source>In {weeks} I worked {worked} hours against {expected} in my contract: {above} hours more.</source>
        <translation>In {weeks} werkte ik {worked} uur tegenover {expected} in mijn contract: {above} uur meer.</translation>
    </message>
    <message>
        <source>In {weeks} I worked {worked} hours against {expected} in my contract.</source>
        <translation>In {weeks} werkte ik {worked} uur tegenover {expected} in mijn contract.</translation>
    </message>
    <message>
        <source>Weeks with a warning are marked.</source>
        <translation>Weken met een waarschuwing zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>No legal limit was passed in this period.</source>
        <translation>In deze periode is geen wettelijke grens overschreden.</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>Declined: {what}, {times}.</source>
        <translation>Afgewezen: {what}, {times}.</translation>
    </message>
    <message>
        <source>Kept: {boundary}, {times}.</source>
        <translation>Bewaakt: {boundary}, {times}.</translation>
    </message>
    <message>
        <source>Where the time went</source>
        <translation>Waar de tijd heen ging</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>I ask you to agree with me, within two weeks, on steps that bring my workload back to a responsible level: no new cases until my caseload is at the agreed target, handing over the cases above the norm, and compensation for the hours above my contract.</source>
        <translation>Ik vraag je om binnen twee weken met mij afspraken te maken die mijn werkdruk terugbrengen tot een verantwoord niveau: geen nieuwe zaken tot mijn caseload op het afgesproken doel ligt, overdracht van de zaken boven de norm, en compensatie voor de uren boven mijn contract.</translation>
    </message>
    <message>
        <source>no new cases until my caseload is at the agreed target</source>
        <translation>geen nieuwe zaken tot mijn caseload op het afgesproken doel ligt</translation>
    </message>
    <message>
        <source>handing over the cases above the norm</source>
        <translation>overdracht van de zaken boven de norm</translation>
    </message>
    <message>
        <source>compensation for the hours above my contract</source>
        <translation>compensatie voor de uren boven mijn contract</translation>
    </message>
    <message>
        <source>a schedule that keeps my working hours within the Working Hours Act</source>
        <translation>een rooster dat mijn werktijden binnen de Arbeidstijdenwet houdt</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} en {last}</translation>
    </message>
    <message>
        <source>I ask you to agree with me, within two weeks, on steps that bring my workload back to a responsible level: {steps}.</source>
        <translation>Ik vraag je om binnen twee weken met mij afspraken te maken die mijn werkdruk terugbrengen tot een verantwoord niveau: {steps}.</translation>
    </message>
    <message>
        <source>On {last} I carried {measures} for {families} ({children}). The responsible norm for my contract of {contract} hours is {norm} measures, or {low} to {high} families; the target of the agreed reduction schedule was {target}. At the start of the period I carried {start}; the highest in the period was {highest}.</source>
        <translation>Op {last} droeg ik {measures} voor {families} ({children}). De verantwoorde norm voor mijn contract van {contract} uur is {norm} maatregelen, of {low} tot {high} gezinnen; het doel van het afgesproken afbouwschema was {target}. Aan het begin van de periode droeg ik {start}; het hoogste aantal in de periode was {highest}.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Requests declined and boundaries kept</source>
        <translation>Afgewezen verzoeken en bewaakte grenzen</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>In deze periode niets vastgelegd.</translation>
    </message>
    <message>
        <source>Report and request</source>
        <translation>Melding en verzoek</translation>
    </message>
    <message>
        <source>I make this report under article 11 of the Working Conditions Act (Arbowet), which obliges me to report dangers to safety and health. Under article 3, read with article 1, the employer must prevent psychosocial workload, which explicitly includes work pressure, or where that is not possible limit it.</source>
        <translation>Ik doe deze melding op grond van artikel 11 van de Arbeidsomstandighedenwet (Arbowet), dat mij verplicht gevaren voor veiligheid en gezondheid te melden. Op grond van artikel 3, in samenhang met artikel 1, moet de werkgever psychosociale arbeidsbelasting, waaronder uitdrukkelijk werkdruk, voorkomen of, als dat niet mogelijk is, beperken.</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Datum en handtekening</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>The figures below come from my own record of hours and cases.</source>
        <translation>De cijfers hieronder komen uit mijn eigen registratie van uren en zaken.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>week {number}, {days}</source>
        <extracomment>Findings about a week (or the weeks ending with it) rather than one dienst.</extracomment>
        <translation>week {number}, {days}</translation>
    </message>
    <message>
        <source>with a rest of {rest}, shorter than the 8 hours that end a shift</source>
        <translation>met een rust van {rest}, korter dan de 8 uur die een dienst beëindigen</translation>
    </message>
    <message>
        <source>with rests of {rests}, each shorter than the 8 hours that end a shift</source>
        <translation>met rusten van {rests}, elk korter dan de 8 uur die een dienst beëindigen</translation>
    </message>
    <message>
        <source>Shift of {when}: I worked {work} hours, more than the 12 a shift may have (ATW art. 5:7(2)(a)).</source>
        <translation>Dienst van {when}: ik werkte {work} uur, meer dan de 12 die een dienst mag hebben (ATW art. 5:7 lid 2 a).</translation>
    </message>
    <message>
        <source>Shift of {when}: my record shows {pause} minutes of pause; more than 5.5 hours of work needs at least 30, in pieces of at least 15 (ATW art. 5:4(2)(a)).</source>
        <translation>Dienst van {when}: mijn registratie toont {pause} minuten pauze; meer dan 5,5 uur arbeid vraagt er minstens 30, in delen van minstens 15 (ATW art. 5:4 lid 2 a).</translation>
    </message>
    <message>
        <source>Shift of {when}: my record shows no pause; more than 5.5 hours of work needs at least 30 minutes, in pieces of at least 15 (ATW art. 5:4(2)(a)).</source>
        <translation>Dienst van {when}: mijn registratie toont geen pauze; meer dan 5,5 uur arbeid vraagt minstens 30 minuten, in delen van minstens 15 (ATW art. 5:4 lid 2 a).</translation>
    </message>
    <message>
        <source>Shift of {when}: my record shows {pause} minutes of pause; more than 10 hours of work needs at least 45, in pieces of at least 15 (ATW art. 5:4(2)(b)).</source>
        <translation>Dienst van {when}: mijn registratie toont {pause} minuten pauze; meer dan 10 uur arbeid vraagt er minstens 45, in delen van minstens 15 (ATW art. 5:4 lid 2 b).</translation>
    </message>
    <message>
        <source>Shift of {when}: my record shows no pause; more than 10 hours of work needs at least 45 minutes, in pieces of at least 15 (ATW art. 5:4(2)(b)).</source>
        <translation>Dienst van {when}: mijn registratie toont geen pauze; meer dan 10 uur arbeid vraagt minstens 45 minuten, in delen van minstens 15 (ATW art. 5:4 lid 2 b).</translation>
    </message>
    <message>
        <source>In the 24 hours from {start}, my first work that day, my longest rest was {rest} hours: a shortened rest. The law asks 11 hours and allows 8 once in 7 × 24 hours when the work requires it (ATW art. 5:3(2)).</source>
        <translation>In de 24 uur vanaf {start}, mijn eerste werk die dag, was mijn langste rust {rest} uur: een ingekorte rust. De wet vraagt 11 uur en staat 8 uur eenmaal per 7 × 24 uur toe als het werk dat vraagt (ATW art. 5:3 lid 2).</translation>
    </message>
    <message>
        <source>In the 7 × 24 hours from {start}, my first work that day, my longest rest was {rest} hours, and the 14 × 24 hours from it held no 72 hours of rest in pieces of at least 32: the law asks 36 hours (ATW art. 5:5(2)).</source>
        <translation>In de 7 × 24 uur vanaf {start}, mijn eerste werk die dag, was mijn langste rust {rest} uur, en de 14 × 24 uur daarvanaf hadden geen 72 uur rust in delen van minstens 32: de wet vraagt 36 uur (ATW art. 5:5 lid 2).</translation>
    </message>
    <message>
        <source>In {week} I worked {hours} hours: more than the 60 the law allows (ATW art. 5:7(2)(b)).</source>
        <translation>In {week} werkte ik {hours} uur: meer dan de 60 die de wet toestaat (ATW art. 5:7 lid 2 b).</translation>
    </message>
    <message>
        <source>In the 4 weeks ending with {week} I worked {hours} hours: on average more than 55 a week, more than the 220 the law allows (ATW art. 5:7(3)).</source>
        <translation>In de 4 weken tot en met {week} werkte ik {hours} uur: gemiddeld meer dan 55 per week, meer dan de 220 die de wet toestaat (ATW art. 5:7 lid 3).</translation>
    </message>
    <message>
        <source>In the 16 weeks ending with {week} I worked {hours} hours: on average more than 48 a week, more than the 768 the law allows (ATW art. 5:7(2)(c)).</source>
        <translation>In de 16 weken tot en met {week} werkte ik {hours} uur: gemiddeld meer dan 48 per week, meer dan de 768 die de wet toestaat (ATW art. 5:7 lid 2 c).</translation>
    </message>
    <message>
        <source>Night shift of {when}: I worked {work} hours, more than the 12 a night shift may ever have (ATW art. 5:8(1) and (3)).</source>
        <translation>Nachtdienst van {when}: ik werkte {work} uur, meer dan de 12 uur die een nachtdienst ten hoogste mag duren (ATW art. 5:8 lid 1 en 3).</translation>
    </message>
    <message>
        <source>Night shift of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} times within 14 × 24 hours; the law allows 5 (ATW art. 5:8(3)).</source>
        <translation>Nachtdienst van {when}: de uitzondering voor meer dan 10 uur (of 12 uur rust erna) {count} keer gebruikt binnen 14 × 24 uur; de wet staat er 5 toe (ATW art. 5:8 lid 3).</translation>
    </message>
    <message>
        <source>Night shift of {when}: the exception for more than 10 hours (or 12 hours of rest after) used {count} times within 52 weeks; the law allows 22 (ATW art. 5:8(3)).</source>
        <translation>Nachtdienst van {when}: de uitzondering voor meer dan 10 uur (of 12 uur rust erna) {count} keer gebruikt binnen 52 weken; de wet staat er 22 toe (ATW art. 5:8 lid 3).</translation>
    </message>
    <message>
        <source>Night shift of {when}: more than 10 hours of work, then {rest} hours of rest; more than 10 hours is allowed only with at least 12 hours of rest after it (ATW art. 5:8(1) and (3)).</source>
        <translation>Nachtdienst van {when}: meer dan 10 uur arbeid, daarna {rest} uur rust; meer dan 10 uur mag alleen met minstens 12 uur rust erna (ATW art. 5:8 lid 1 en 3).</translation>
    </message>
    <message>
        <source>After the night shift of {when}, which ended after 02:00, I rested {rest} hours: a shortened rest. The law asks 14 hours (12 at most 5 times in 14 × 24 hours) and allows 8 once in 7 × 24 hours when the work requires it (ATW art. 5:8(3) and (4)).</source>
        <translation>Na de nachtdienst van {when}, die na 02:00 eindigde, rustte ik {rest} uur: een ingekorte rust. De wet vraagt 14 uur (12 uur hoogstens 5 keer per 14 × 24 uur) en staat 8 uur eenmaal per 7 × 24 uur toe als het werk dat vraagt (ATW art. 5:8 lid 3 en 4).</translation>
    </message>
    <message>
        <source>After the night shift of {when}, which ended after 02:00, I rested {rest} hours: less than 8, or a second shortened rest within 7 × 24 hours; the law asks 14 hours (ATW art. 5:8(4)).</source>
        <translation>Na de nachtdienst van {when}, die na 02:00 eindigde, rustte ik {rest} uur: minder dan 8, of een tweede ingekorte rust binnen 7 × 24 uur; de wet vraagt 14 uur (ATW art. 5:8 lid 4).</translation>
    </message>
    <message>
        <source>After a series of 3 or more night shifts ending {when} I rested {rest} hours: the law asks 46 (ATW art. 5:8(5)).</source>
        <translation>Na een reeks van 3 of meer nachtdiensten, eindigend met {when}, rustte ik {rest} uur: de wet vraagt 46 (ATW art. 5:8 lid 5).</translation>
    </message>
    <message>
        <source>The shift of {when} was number {count} in a row, one or more of them a night shift: the law allows 7 (ATW art. 5:8(6)).</source>
        <translation>De dienst van {when} was nummer {count} op een rij, waarvan één of meer een nachtdienst: de wet staat er 7 toe (ATW art. 5:8 lid 6).</translation>
    </message>
    <message>
        <source>In the 16 weeks ending with {week} I worked {count} night shifts ending after 02:00: the law allows 36 (ATW art. 5:8(8)).</source>
        <translation>In de 16 weken tot en met {week} werkte ik {count} nachtdiensten die na 02:00 eindigden: de wet staat er 36 toe (ATW art. 5:8 lid 8).</translation>
    </message>
    <message>
        <source>In the 16 weeks ending with {week} I worked 16 or more night shifts and {hours} hours in them: on average more than 40 a week, more than the 640 the law allows (ATW art. 5:8(2)).</source>
        <translation>In de 16 weken tot en met {week} werkte ik 16 of meer nachtdiensten en {hours} uur daarin: gemiddeld meer dan 40 per week, meer dan de 640 die de wet toestaat (ATW art. 5:8 lid 2).</translation>
    </message>
    <message>
        <source>In the 24 hours from {start}, my first work that day, my longest rest was {rest} hours: less than the 8 the law ever allows (ATW art. 5:3(2)).</source>
        <translation>In de 24 uur vanaf {start}, mijn eerste werk die dag, was mijn langste rust {rest} uur: minder dan de 8 uur die de wet ten minste vraagt (ATW art. 5:3 lid 2).</translation>
    </message>
    <message>
        <source>In the 24 hours from {start}, my first work that day, my longest rest was {rest} hours: a second shortened rest within 7 × 24 hours, which the law never allows (ATW art. 5:3(2)).</source>
        <translation>In de 24 uur vanaf {start}, mijn eerste werk die dag, was mijn langste rust {rest} uur: een tweede ingekorte rust binnen 7 × 24 uur, wat de wet nooit toestaat (ATW art. 5:3 lid 2).</translation>
    </message>
    <message>
        <source>Also: {others}.</source>
        <translation>Ook: {others}.</translation>
    </message>
    <message>
        <source>A night shift is a shift with more than one hour of work between 00:00 and 06:00; its own, stricter limits are those of the law (a collective agreement may depart from some of them).</source>
        <translation>Een nachtdienst is een dienst met meer dan een uur arbeid tussen 00:00 en 06:00; haar eigen, strengere grenzen zijn die van de wet (een cao mag van sommige afwijken).</translation>
    </message>
    <message>
        <source>A pause is a gap of at least 15 minutes inside a shift; when in the shift it falls does not matter.</source>
        <translation>Een pauze is een onderbreking van minstens 15 minuten binnen een dienst; wanneer in de dienst die valt, maakt niet uit.</translation>
    </message>
    <message>
        <source>A rest is looked for in the 24 hours (daily rest) or 7 × 24 hours (weekly rest) from my first work of each day. A rest shortened to 8 hours once in 7 × 24 hours is allowed when the work requires it, which the record cannot show; less than 8 hours, or a second shortening, never is. A rest running on past a period counts only as far as it falls inside it. Periods that share 11 hours (daily rest) or 36 hours (weekly rest) with the one reported before are the same missing rest, so each finding is at least one rest missing.</source>
        <translation>Een rust wordt gezocht in de 24 uur (dagelijkse rust) of 7 × 24 uur (wekelijkse rust) vanaf mijn eerste werk van elke dag. Een rust die eenmaal per 7 × 24 uur tot 8 uur is ingekort, is toegestaan als het werk dat vraagt, wat de registratie niet kan tonen; minder dan 8 uur, of een tweede inkorting, nooit. Een rust die na een periode doorloopt, telt alleen mee voor zover ze erbinnen valt. Periodes die 11 uur (dagelijkse rust) of 36 uur (wekelijkse rust) delen met de eerder gemelde, zijn dezelfde ontbrekende rust, zodat elke bevinding ten minste één ontbrekende rust is.</translation>
    </message>
    <message>
        <source>A week runs from Monday 00:00 to Sunday 24:00; an average over 4 or 16 weeks is taken over the weeks ending with the week named, and a week before my first logged entry counts as 0 hours.</source>
        <translation>Een week loopt van maandag 00:00 tot zondag 24:00; een gemiddelde over 4 of 16 weken gaat over de weken tot en met de genoemde week, en een week vóór mijn eerste geregistreerde uren telt als 0 uur.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>No hours were logged in this period, so its figures do not show overload: this is a record, not a statement of overload.</source>
        <translation>In deze periode zijn geen uren geregistreerd, dus de cijfers laten geen overbelasting zien: dit is een overzicht, geen melding van overbelasting.</translation>
    </message>
    <message>
        <source>With this statement I report that my caseload is too high:</source>
        <translation>Met deze melding meld ik dat mijn caseload te hoog is:</translation>
    </message>
    <message>
        <source>With this statement I report that my workload has been structurally too high:</source>
        <translation>Met deze melding meld ik dat mijn werkdruk in deze periode structureel te hoog is geweest:</translation>
    </message>
    <message>
        <source>With this statement I report that my workload has been too high in this period:</source>
        <translation>Met deze melding meld ik dat mijn werkdruk in deze periode te hoog is geweest:</translation>
    </message>
    <message>
        <source>my caseload of {measures} is above the responsible norm of {norm} and above the target of the agreed reduction schedule ({target});</source>
        <translation>mijn caseload van {measures} ligt boven de verantwoorde norm van {norm} en boven het doel van het afgesproken afbouwschema ({target});</translation>
    </message>
    <message>
        <source>my caseload of {measures} is above the responsible norm of {norm};</source>
        <translation>mijn caseload van {measures} ligt boven de verantwoorde norm van {norm};</translation>
    </message>
    <message>
        <source>up to today</source>
        <translation>tot en met vandaag</translation>
    </message>
    <message>
        <source>I worked 30 minutes or more above my contract in {over} of {weeks}: {above} hours above it in those weeks together, of which {compensable} compensable.</source>
        <translation>30 minuten of meer boven mijn contract werkte ik in {over} van {weeks}: in die weken samen {above} uur erboven, waarvan {compensable} te compenseren.</translation>
    </message>
    <message>
        <source>I worked 30 minutes or more above my contract in {over} of {weeks}: {above} hours above it in those weeks together.</source>
        <translation>30 minuten of meer boven mijn contract werkte ik in {over} van {weeks}: in die weken samen {above} uur erboven.</translation>
    </message>
    <message>
        <source>File redactions: {count}, {pages} in all; hours logged as file redaction: {hours}.</source>
        <translation>Dossiers gelakt: {count}, samen {pages}; uren geregistreerd als dossier lakken: {hours}.</translation>
    </message>
    <message>
        <source>Care searches: {count}, {providers} contacted; hours logged as care search: {hours}.</source>
        <translation>Zoektochten naar zorg: {count}, {providers} benaderd; uren geregistreerd als zorg zoeken: {hours}.</translation>
    </message>
    <message>
        <source>Hours are real time in hours and minutes (8:24 is 8 hours and 24 minutes), summed in whole minutes. Contract: the hours of my contract in the week, less the hours of days off that fall on my working days.</source>
        <translation>Uren zijn echte tijd in uren en minuten (8:24 is 8 uur en 24 minuten), opgeteld in hele minuten. Contract: de uren van mijn contract in de week, min de uren van vrije dagen die op mijn werkdagen vallen.</translation>
    </message>
    <message>
        <source>Under the CAO, hours above 36 are overtime when the employer instructed them. The figures here are the hours I worked; the record does not say which were instructed.</source>
        <translation>Volgens de cao zijn uren boven 36 overwerk als de werkgever ze heeft opgedragen. De cijfers hier zijn de uren die ik werkte; de registratie zegt niet welke zijn opgedragen.</translation>
    </message>
    <message>
        <source>Working more than a ninth above my contract&apos;s week may be asked only with my consent (CAO Jeugdzorg art. 6.4.5).</source>
        <translation>Meer dan een negende boven de week van mijn contract werken mag alleen met mijn instemming gevraagd worden (cao Jeugdzorg art. 6.4.5).</translation>
    </message>
    <message>
        <source>The norm is 12 measures per full-time worker (36 hours), in proportion to the contract, or 8 to 9 families (time study by Significant Public, 2022). The target follows the reduction schedule that the FNV and the employers agreed in 2023: one measure fewer every four months, down to the norm.</source>
        <translation>De norm is 12 maatregelen per voltijds medewerker (36 uur), naar rato van het contract, of 8 tot 9 gezinnen (tijdsbestedingsonderzoek van Significant Public, 2022). Het doel volgt het afbouwschema dat de FNV en de werkgevers in 2023 afspraken: elke vier maanden één maatregel minder, tot de norm.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Hoe deze cijfers geteld zijn</translation>
    </message>
    <message>
        <source>Appendix: the figures day by day</source>
        <translation>Bijlage: de cijfers per dag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Hours per kind of work</source>
        <translation>Uren per soort werk</translation>
    </message>
    <message>
        <source>Hours per day and kind of work</source>
        <translation>Uren per dag en soort werk</translation>
    </message>
    <message>
        <source>Working Hours Act (Arbeidstijdenwet)</source>
        <translation>Overschreden wettelijke grenzen (Arbeidstijdenwet)</translation>
    </message>
    <message>
        <source>In {weeks} I worked more than a ninth above my contract&apos;s week.</source>
        <translation>In {weeks} werkte ik meer dan een negende boven de week van mijn contract.</translation>
    </message>
    <message>
        <source>My balance of hours above my contract, counted from {since}, was {balance} on {until}.</source>
        <translation>Mijn saldo van uren boven mijn contract, geteld vanaf {since}, was {balance} op {until}.</translation>
    </message>
    <message>
        <source>No hours were logged in this period.</source>
        <translation>In deze periode zijn geen uren geregistreerd.</translation>
    </message>
    <message>
        <source>In {weeks} I worked {worked} hours against {expected} in my contract: on balance {net} hours more.</source>
        <translation>In {weeks} werkte ik {worked} uur tegenover {expected} in mijn contract: per saldo {net} uur meer.</translation>
    </message>
    <message>
        <source>In {weeks} I worked {worked} hours against {expected} in my contract: on balance {net} hours less.</source>
        <translation>In {weeks} werkte ik {worked} uur tegenover {expected} in mijn contract: per saldo {net} uur minder.</translation>
    </message>
    <message>
        <source>The current week counts up to today: its contract only for the days that are over and for today as far as worked, and it is not among the weeks counted above or below the contract. Weeks that have not begun are left out.</source>
        <translation>De lopende week telt tot en met vandaag: haar contract alleen voor de dagen die voorbij zijn en voor vandaag voor zover gewerkt, en zij telt niet mee bij de weken boven of onder het contract. Weken die nog niet begonnen zijn, zijn weggelaten.</translation>
    </message>
    <message>
        <source>I began logging my hours in the week of {day}: the {weeks} before it are marked “not recorded” and left out of every total and count.</source>
        <translation>Ik ben mijn uren gaan schrijven in de week van {day}: de {weeks} daarvoor staan als „niet geregistreerd” en tellen in geen enkel totaal of aantal mee.</translation>
    </message>
    <message>
        <source>A year earlier, in the same weeks from {first} to {last}, I worked {worked} hours against {expected} in my contract, counting only the {weeks} with logged hours; 30 minutes or more above my contract in {over} of them.</source>
        <translation>Een jaar eerder, in dezelfde weken van {first} tot en met {last}, werkte ik {worked} uur tegenover {expected} in mijn contract, geteld over alleen de {weeks} met geregistreerde uren; 30 minuten of meer boven mijn contract in {over} daarvan.</translation>
    </message>
    <message>
        <source>A year earlier, in the same weeks from {first} to {last}, I worked {worked} hours against {expected} in my contract, counting only the {weeks} with logged hours; in none of them 30 minutes or more above my contract.</source>
        <translation>Een jaar eerder, in dezelfde weken van {first} tot en met {last}, werkte ik {worked} uur tegenover {expected} in mijn contract, geteld over alleen de {weeks} met geregistreerde uren; in geen daarvan 30 minuten of meer boven mijn contract.</translation>
    </message>
    <message>
        <source>{passed}: by week and rule below.</source>
        <translation>{passed}: hieronder per week en regel.</translation>
    </message>
    <message>
        <source>{passed}: by week and rule below; the appendix lists each one.</source>
        <translation>{passed}: hieronder per week en regel; de bijlage noemt ze een voor een.</translation>
    </message>
    <message>
        <source>{passed}, each with its week or the date and times of its shift:</source>
        <translation>{passed}, elk met haar week of de datum en tijden van haar dienst:</translation>
    </message>
    <message>
        <source>Kept: {boundary}, {times} (estimated {hours} hours saved: {per} each time, as set in the app).</source>
        <translation>Bewaakt: {boundary}, {times} (geschat {hours} uur bespaard: {per} per keer, zoals ingesteld in de app).</translation>
    </message>
    <message>
        <source>boundary kept</source>
        <translation>grens bewaakt</translation>
    </message>
    <message>
        <source>{task} done</source>
        <translation>{task} gedaan</translation>
    </message>
    <message>
        <source>{hours} hours logged</source>
        <translation>{hours} uur geregistreerd</translation>
    </message>
    <message>
        <source>The balance is the hours worked less the contract&apos;s hours, counted from {since} (the Monday of the first week with logged hours, or the start date I set) through {until}. Weeks before it are not counted; a day counts its contract once it is over, today only as far as worked.</source>
        <translation>Het saldo is de gewerkte uren min de uren van het contract, geteld vanaf {since} (de maandag van de eerste week met geregistreerde uren, of de begindatum die ik koos) tot en met {until}. Weken daarvoor tellen niet mee; een dag telt zijn contracturen als hij voorbij is, vandaag alleen voor zover gewerkt.</translation>
    </message>
    <message>
        <source>I call the workload structurally too high when, over at least 4 finished weeks worked, I worked 30 minutes or more above my contract in more than half of them. A week wholly off is a week of leave, not a week worked, even with some work logged in it.</source>
        <translation>Ik noem de werkdruk structureel te hoog als ik, over ten minste 4 afgelopen gewerkte weken, in meer dan de helft daarvan 30 minuten of meer boven mijn contract werkte. Een week die helemaal vrij was, is een week verlof en geen gewerkte week, ook als er wat werk in geregistreerd is.</translation>
    </message>
    <message>
        <source>My hours stayed within my contract in every finished week and no legal limit other than on pauses was passed: only my caseload is reported as too high.</source>
        <translation>Mijn uren bleven in elke afgelopen week binnen mijn contract en er is geen wettelijke grens overschreden behalve over pauzes: alleen mijn caseload wordt als te hoog gemeld.</translation>
    </message>
    <message>
        <source>My hours stayed within my contract in every finished week and no legal limit was passed: only my caseload is reported as too high.</source>
        <translation>Mijn uren bleven in elke afgelopen week binnen mijn contract en er is geen wettelijke grens overschreden: alleen mijn caseload wordt als te hoog gemeld.</translation>
    </message>
    <message>
        <source>Working Hours Act (Arbeidstijdenwet): a shift is work between two rests; entries less than 8 hours apart belong to one shift, because 8 hours is the shortest rest the law ever allows (ATW art. 5:3(2)), so a shift can cross midnight. Times are real elapsed time in my time zone. Each finding names its article.</source>
        <translation>Arbeidstijdenwet: een dienst is werk tussen twee rusttijden; registraties die minder dan 8 uur uit elkaar liggen horen bij één dienst, omdat 8 uur de kortste rust is die de wet ooit toestaat (ATW art. 5:3 lid 2), dus een dienst kan over middernacht lopen. Tijden zijn echt verstreken tijd in mijn tijdzone. Elke bevinding noemt haar artikel.</translation>
    </message>
    <message>
        <source>The appendix lists each one with its week or the date and times of its shift.</source>
        <translation>De bijlage noemt elke bevinding met haar week of de datum en tijden van haar dienst.</translation>
    </message>
    <message>
        <source>The record shows a pause only where no work was logged: a pause taken within a logged stretch of work is not in it.</source>
        <translation>De registratie toont een pauze alleen waar geen werk is geregistreerd: een pauze binnen een geregistreerd blok werk staat er niet in.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n maatregel</numerusform>
            <numerusform>%n maatregelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off</source>
        <translation>
            <numerusform>%n vrije dag</numerusform>
            <numerusform>%n vrije dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n gezin</numerusform>
            <numerusform>%n gezinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n aanbieder</numerusform>
            <numerusform>%n aanbieders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) of the Working Hours Act passed</source>
        <translation>
            <numerusform>%n overschrijding van de Arbeidstijdenwet</numerusform>
            <numerusform>%n overschrijdingen van de Arbeidstijdenwet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n soort</numerusform>
            <numerusform>%n soorten</numerusform>
        </translation>
    </message>
    <message>
        <source>{passed}, of {kinds}</source>
        <translation>{passed}, van {kinds}</translation>
    </message>
    <message>
        <source>over contract</source>
        <translation>boven contract</translation>
    </message>
    <message>
        <source>shortened rest</source>
        <translation>ingekorte rust</translation>
    </message>
    <message>
        <source>legal limit</source>
        <translation>wettelijke grens</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Making the PDF took too long; nothing was written.</source>
        <extracomment>A year&apos;s statement takes seconds; a child that takes longer than this is stuck.</extracomment>
        <translation>Het maken van de pdf duurde te lang; er is niets geschreven.</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>De pdf kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>{kind}, with activity</source>
        <translation>{kind}, met activiteit</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <source>The last 4 full weeks</source>
        <extracomment>Emitted when a PDF was written: its path and number of pages. Emitted when the figures of the chosen period are counted and the summary shows them. Emitted with the preview dialog once the statement is made and shown in it.</extracomment>
        <translation>De laatste 4 hele weken</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>The last 26 full weeks (half a year)</source>
        <translation>De laatste 26 hele weken (een half jaar)</translation>
    </message>
    <message>
        <source>The last 52 full weeks (a year)</source>
        <translation>De laatste 52 hele weken (een jaar)</translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation>Vorig kalenderjaar</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Andere data</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Taal van de melding</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Je team</translation>
    </message>
    <message>
        <source>Your manager</source>
        <translation>Je leidinggevende</translation>
    </message>
    <message>
        <source>Overload statement (werkdrukmelding)</source>
        <translation>Werkdrukmelding</translation>
    </message>
    <message>
        <source>Your request for action</source>
        <translation>Je verzoek om actie</translation>
    </message>
    <message>
        <source>The figures of this period do not show overload: the statement says so and asks for no action.</source>
        <translation>De cijfers van deze periode laten geen overbelasting zien: de melding zegt dat en vraagt geen actie.</translation>
    </message>
    <message>
        <source>Add an appendix: the hours of every day and each legal finding, for checking</source>
        <translation>Voeg een bijlage toe: de uren van elke dag en elke wettelijke bevinding, om na te gaan</translation>
    </message>
    <message>
        <source>Default text</source>
        <translation>Standaardtekst</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>shown only on this statement</source>
        <translation>staat alleen op deze melding</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <source>Counting the figures of the period…</source>
        <translation>De cijfers van de periode worden geteld…</translation>
    </message>
    <message>
        <source>The statement covers the whole weeks from {first} to {last}.</source>
        <translation>De melding beslaat de hele weken van {first} tot en met {last}.</translation>
    </message>
    <message>
        <source>Making the statement…</source>
        <translation>De werkdrukmelding wordt gemaakt…</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>De melding opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>De melding wordt geschreven…</translation>
    </message>
    <message>
        <source>Written: {path} ({pages} pages).</source>
        <translation>Geschreven: {path} ({pages} pagina&apos;s).</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Taak bewerken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Rechtbank</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Requested by (role)</source>
        <translation>Aangevraagd door (rol)</translation>
    </message>
    <message>
        <source>for example: mother</source>
        <translation>bijvoorbeeld: moeder</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Care sought</source>
        <translation>Gezochte zorg</translation>
    </message>
    <message>
        <source>Search started</source>
        <translation>Zoeken begonnen</translation>
    </message>
    <message>
        <source>Providers contacted</source>
        <translation>Aanbieders benaderd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Geplaatst op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Refusal template</source>
        <translation>Sjabloon voor weigeren</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Insert a figure</source>
        <translation>Gegeven invoegen</translation>
    </message>
    <message>
        <source>A figure between « and » is filled in with today&apos;s value when the message is made. Insert one at the cursor with the button.</source>
        <translation>Een gegeven tussen « en » wordt bij het maken van het bericht ingevuld met de waarde van vandaag. Voeg er een in bij de cursor met de knop.</translation>
    </message>
    <message>
        <source>Default text</source>
        <translation>Standaardtekst</translation>
    </message>
</context>
<context>
    <name>TimeColumns</name>
    <message>
        <source>{whole} in all, {part} in this week.</source>
        <translation>{whole} in totaal, {part} in deze week.</translation>
    </message>
    <message>
        <source>Running: counted up to now.</source>
        <translation>Loopt: geteld tot nu.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Total up to now</source>
        <extracomment>The day the balance starts (None while nothing is logged): said in the tooltips.</extracomment>
        <translation>Totaal tot nu toe</translation>
    </message>
    <message>
        <source>The sum of the weeks above that count; the weeks in italics are not in it.</source>
        <translation>De som van de weken hierboven die meetellen; de weken in cursief tellen niet mee.</translation>
    </message>
    <message>
        <source>A week to come: {expected} in the contract, not counted yet.</source>
        <translation>Een week die nog komt: {expected} volgens het contract, nog niet meegeteld.</translation>
    </message>
    <message>
        <source>Nothing logged yet: the balance starts on the Monday of the week of your first entry.</source>
        <translation>Nog niets geregistreerd: het saldo begint op de maandag van de week van je eerste registratie.</translation>
    </message>
    <message>
        <source>Before the balance starts on {day}: not counted.</source>
        <translation>Vóór het begin van het saldo op {day}: telt niet mee.</translation>
    </message>
    <message>
        <source>{owed} so far of {expected} this week.</source>
        <translation>{owed} tot nu toe van {expected} deze week.</translation>
    </message>
    <message>
        <source>Counted from {day}, the day the balance starts.</source>
        <translation>Geteld vanaf {day}, de dag waarop het saldo begint.</translation>
    </message>
    <message>
        <source>(+{count} more)</source>
        <translation>(+{count} meer)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Gewerkt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
</context>
<context>
    <name>TimeDialogs</name>
    <message>
        <source>Which {time}?</source>
        <translation>Welke {time}?</translation>
    </message>
    <message>
        <source>{day} {time} happened twice: the clocks went back an hour that night. Which one do you mean?</source>
        <translation>{day} {time} kwam twee keer voor: de klok ging die nacht een uur terug. Welke bedoel je?</translation>
    </message>
    <message>
        <source>The first (summer time, {offset})</source>
        <translation>De eerste (zomertijd, {offset})</translation>
    </message>
    <message>
        <source>The second (winter time, {offset})</source>
        <translation>De tweede (wintertijd, {offset})</translation>
    </message>
</context>
<context>
    <name>TimeLog</name>
    <message>
        <source>now</source>
        <extracomment>A timer that ran longer than this is not stopped &quot;now&quot; without the worker saying when they stopped.</extracomment>
        <translation>nu</translation>
    </message>
    <message>
        <source>The timer cannot start in the future.</source>
        <translation>De timer kan niet in de toekomst starten.</translation>
    </message>
    <message>
        <source>A timer is already running since {start}.</source>
        <translation>Er loopt al een timer sinds {start}.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Er loopt geen timer.</translation>
    </message>
    <message>
        <source>The timer has run since {start}, more than 16 hours: say when you stopped, with log stop --at &quot;DATE HH:MM&quot;.</source>
        <translation>De timer loopt sinds {start}, meer dan 16 uur: zeg wanneer je stopte, met log stop --at &quot;DATUM UU:MM&quot;.</translation>
    </message>
    <message>
        <source>Stop the timer before editing its entry.</source>
        <translation>Stop de timer voordat je de registratie bewerkt.</translation>
    </message>
    <message>
        <source>Split at a moment inside the entry, between {start} and {end}.</source>
        <translation>Splits op een moment binnen de registratie, tussen {start} en {end}.</translation>
    </message>
    <message>
        <source>The timer cannot stop in the future.</source>
        <translation>De timer kan niet in de toekomst stoppen.</translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <source>Timer (Ctrl+T)</source>
        <extracomment>Emitted after the timer started or stopped. Emitted when Stop finds a timer that ran over 16 hours: &quot;now&quot; is surely not when it stopped. The week&apos;s reports, remembered until the data changes; the weeks around the one shown are worked out ahead in a thread (paging a week is then no wait on ten years of data). Each shown entry&apos;s minutes in the week shown, and the whole length of one that reaches past it. Whether the button shows a running timer (Stop) or none (Start). The key of the week&apos;s report being worked out in the thread after a change, shown when ready. The keys the look-ahead thread is asked for at the loop&apos;s next turn (see _look_ahead).</extracomment>
        <translation>Timer (Ctrl+T)</translation>
    </message>
    <message>
        <source>← Previous week</source>
        <translation>← Vorige week</translation>
    </message>
    <message>
        <source>Next week →</source>
        <translation>Volgende week →</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Splitsen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Time entries: delete the selected entry (Ctrl+Z brings it back)</source>
        <translation>Registraties: de gekozen registratie verwijderen (Ctrl+Z haalt haar terug)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>Registraties</translation>
    </message>
    <message>
        <source>Every entry of the week shown; Enter edits the selected one, Delete deletes it.</source>
        <translation>Elke registratie van de getoonde week; Enter bewerkt de gekozen registratie, Delete verwijdert haar.</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Uren per dag</translation>
    </message>
    <message>
        <source>The hours of the week shown, per day.</source>
        <translation>De uren van de getoonde week, per dag.</translation>
    </message>
    <message>
        <source>Hours per kind of work</source>
        <translation>Uren per soort werk</translation>
    </message>
    <message>
        <source>The hours of the week shown, per kind of work.</source>
        <translation>De uren van de getoonde week, per soort werk.</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>The hours of each week; Enter shows that week.</source>
        <translation>De uren van elke week; Enter toont die week.</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(geen zaak)</translation>
    </message>
    <message>
        <source>Week {number}, {days}</source>
        <translation>Week {number}, {days}</translation>
    </message>
    <message>
        <source>Worked {worked}. Counting the totals and the rules of the Working Hours Act…</source>
        <translation>{worked} gewerkt. De totalen en de regels van de Arbeidstijdenwet worden geteld…</translation>
    </message>
    <message>
        <source>The balance counts up to now: the days that are over in full, the days to come not yet, and today as far as you worked it, so a day that has just begun is no debt. Expected up to now this week: {owed}.</source>
        <translation>Het saldo telt tot nu: de dagen die voorbij zijn helemaal, de dagen die nog komen nog niet, en vandaag voor zover je gewerkt hebt, dus een dag die net begonnen is staat niet als tekort. Tot nu verwacht deze week: {owed}.</translation>
    </message>
    <message>
        <source>No contract set: 36 hours a week on Monday to Friday is assumed (Settings → Contract hours).</source>
        <translation>Geen contract ingesteld: uitgegaan wordt van 36 uur per week op maandag tot en met vrijdag (Instellingen → Contracturen).</translation>
    </message>
    <message>
        <source>Nothing logged yet: the balance starts on the Monday of the week of your first entry.</source>
        <translation>Nog niets geregistreerd: het saldo begint op de maandag van de week van je eerste registratie.</translation>
    </message>
    <message>
        <source>why?</source>
        <translation>waarom?</translation>
    </message>
    <message>
        <source>How this is counted</source>
        <translation>Hoe dit geteld is</translation>
    </message>
    <message>
        <source>{month} {year}: weeks {first} to {last}</source>
        <translation>{month} {year}: week {first} tot en met {last}</translation>
    </message>
    <message>
        <source>A week belongs to the month its Thursday falls in, as ISO weeks are counted. A week to come owes nothing yet; the current week counts up to now.</source>
        <translation>Een week hoort bij de maand waarin de donderdag valt, zoals ISO-weken geteld worden. Een week die nog komt staat nog niet als tekort; de huidige week telt tot nu.</translation>
    </message>
    <message>
        <source>The balance counts from {day}. Weeks in italics are not counted in the total.</source>
        <translation>Het saldo telt vanaf {day}. Weken in cursief tellen niet mee in het totaal.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>No timer running.</source>
        <translation>Er loopt geen timer.</translation>
    </message>
    <message>
        <source>{task} since {start}: {elapsed}</source>
        <translation>{task} sinds {start}: {elapsed}</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Registratie toevoegen</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Registratie bewerken</translation>
    </message>
    <message>
        <source>Split entry</source>
        <translation>Registratie splitsen</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Registratie verwijderen</translation>
    </message>
    <message>
        <source>Worked {worked} of {expected} hours. Extra hours {extra}, overtime {overtime}, compensable {compensable}.</source>
        <translation>{worked} van {expected} uur gewerkt. Meeruren {extra}, overwerk {overtime}, te compenseren {compensable}.</translation>
    </message>
    <message>
        <source>No balance yet: it starts on the Monday of the week of your first entry.</source>
        <translation>Nog geen saldo: het begint op de maandag van de week van je eerste registratie.</translation>
    </message>
    <message>
        <source>Balance since {since}: {balance}.</source>
        <translation>Saldo sinds {since}: {balance}.</translation>
    </message>
</context>
<context>
    <name>TimerRecoveryDialog</name>
    <message>
        <source>A timer is still running</source>
        <extracomment>The button clicked (Escape counts as &quot;Keep running&quot;).</extracomment>
        <translation>Er loopt nog een timer</translation>
    </message>
    <message>
        <source>The timer for {task} has been running since {start}. Did you forget to stop it?</source>
        <translation>De timer voor {task} loopt sinds {start}. Ben je vergeten hem te stoppen?</translation>
    </message>
    <message>
        <source>Say when you really stopped and stop it at that time, keep it running, or discard it.</source>
        <translation>Zeg wanneer je echt gestopt bent en stop hem op die tijd, laat hem doorlopen, of gooi hem weg.</translation>
    </message>
    <message>
        <source>&amp;Stopped at</source>
        <translation>&amp;Gestopt om</translation>
    </message>
    <message>
        <source>Stop at {moment}</source>
        <translation>Stoppen om {moment}</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Gestopt om</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Laten doorlopen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Stop the timer</source>
        <translation>De timer stoppen</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>De timer starten</translation>
    </message>
    <message>
        <source>Show Workload Desk</source>
        <translation>Workload Desk tonen</translation>
    </message>
    <message>
        <source>This week: {worked} of {contract} hours</source>
        <translation>Deze week: {worked} van {contract} uur</translation>
    </message>
    <message>
        <source>Timer: {task} {elapsed} (since {start})</source>
        <translation>Timer: {task} {elapsed} (sinds {start})</translation>
    </message>
    <message>
        <source>Past your contract hours</source>
        <translation>Voorbij je contracturen</translation>
    </message>
</context>
<context>
    <name>UndoableChanges</name>
    <message>
        <source>Cannot undo</source>
        <extracomment>Emitted after any change, undo or redo.</extracomment>
        <translation>Ongedaan maken lukt niet</translation>
    </message>
    <message>
        <source>This change cannot be undone or redone any more: {reason}</source>
        <translation>Deze wijziging kan niet meer ongedaan of opnieuw gedaan worden: {reason}</translation>
    </message>
</context>
<context>
    <name>UnionChart</name>
    <message>
        <source>Caseload per FTE: quartiles and median per month, against the norm</source>
        <translation>Caseload per fte: kwartielen en mediaan per maand, tegenover de norm</translation>
    </message>
    <message>
        <source>measures per FTE</source>
        <translation>maatregelen per fte</translation>
    </message>
    <message>
        <source>Caseload per FTE (middle half)</source>
        <translation>Caseload per fte (middelste helft)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Norm per FTE</source>
        <translation>Norm per fte</translation>
    </message>
    <message>
        <source>No month has enough respondents to show.</source>
        <translation>Geen maand heeft genoeg respondenten om te tonen.</translation>
    </message>
    <message>
        <source>{month}: median {median}, norm {norm}</source>
        <translation>{month}: mediaan {median}, norm {norm}</translation>
    </message>
    <message>
        <source>{month}: median {median}, middle half {q1} to {q3}, norm {norm}</source>
        <translation>{month}: mediaan {median}, middelste helft {q1} tot {q3}, norm {norm}</translation>
    </message>
</context>
<context>
    <name>UnionFields</name>
    <message>
        <source>the calendar month</source>
        <extracomment>How many problem lines the summary&apos;s message lists; the rest are counted. Up to this many months not built yet are built on the window&apos;s thread (a month takes a millisecond or two).</extracomment>
        <translation>de kalendermaand</translation>
    </message>
    <message>
        <source>contract hours a week</source>
        <translation>contracturen per week</translation>
    </message>
    <message>
        <source>contract band, instead of the hours</source>
        <translation>contractband, in plaats van de uren</translation>
    </message>
    <message>
        <source>hours worked</source>
        <translation>gewerkte uren</translation>
    </message>
    <message>
        <source>extra hours (meeruren)</source>
        <translation>meeruren</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>overwerk</translation>
    </message>
    <message>
        <source>measures at the month&apos;s end</source>
        <translation>maatregelen aan het eind van de maand</translation>
    </message>
    <message>
        <source>families at the month&apos;s end</source>
        <translation>gezinnen aan het eind van de maand</translation>
    </message>
    <message>
        <source>children at the month&apos;s end</source>
        <translation>kinderen aan het eind van de maand</translation>
    </message>
    <message>
        <source>your norm in measures</source>
        <translation>je norm in maatregelen</translation>
    </message>
    <message>
        <source>the schedule&apos;s target</source>
        <translation>het doel van het schema</translation>
    </message>
    <message>
        <source>court hearings in person</source>
        <translation>zittingen ter plekke</translation>
    </message>
    <message>
        <source>court hearings by phone or video</source>
        <translation>zittingen telefonisch of via video</translation>
    </message>
    <message>
        <source>file redactions</source>
        <translation>dossiers lakken</translation>
    </message>
    <message>
        <source>care searches</source>
        <translation>zorg zoeken</translation>
    </message>
    <message>
        <source>boundaries kept</source>
        <translation>bewaakte grenzen</translation>
    </message>
    <message>
        <source>hours of: {kind}</source>
        <translation>uren: {kind}</translation>
    </message>
    <message>
        <source>declined: {what}</source>
        <translation>afgewezen: {what}</translation>
    </message>
</context>
<context>
    <name>UnionPanel</name>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>The union collects caseload and hours from its members. This file holds totals per month only: no label, note, name, free text, or date finer than a month, and it does not say who you are. Below is exactly what it will hold; nothing is sent: you choose whether to mail it.</source>
        <extracomment>The union summary was written; the problems met (files skipped or counted once). The union summary was cancelled: nothing was written. The preview shows the export of the months chosen (built here, or in a worker thread first).</extracomment>
        <translation>De vakbond verzamelt caseload en uren van haar leden. Dit bestand bevat alleen totalen per maand: geen label, notitie, naam, vrije tekst of datum fijner dan een maand, en het zegt niet wie je bent. Hieronder staat precies wat erin komt; er wordt niets verstuurd: jij kiest of je het mailt.</translation>
    </message>
    <message>
        <source>Union export</source>
        <translation>Vakbondsexport</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Voorbeeld van de export</translation>
    </message>
    <message>
        <source>What the export would hold, month by month.</source>
        <translation>Wat de export zou bevatten, maand voor maand.</translation>
    </message>
    <message>
        <source>New respondent key…</source>
        <translation>Nieuwe respondentsleutel…</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Region (optional)</source>
        <translation>Regio (niet verplicht)</translation>
    </message>
    <message>
        <source>Contract band</source>
        <translation>Contractband</translation>
    </message>
    <message>
        <source>Give a band (under 32, 32 to 35, 36 or more) instead of my hours</source>
        <translation>Geef een band (onder 32, 32 tot 35, 36 of meer) in plaats van mijn uren</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Opslaan als JSON…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Opslaan als CSV…</translation>
    </message>
    <message>
        <source>Union summary of many exports…</source>
        <translation>Vakbondsoverzicht van veel exports…</translation>
    </message>
    <message>
        <source>Building the export of the months chosen…</source>
        <translation>Bezig met het opbouwen van de export van de gekozen maanden…</translation>
    </message>
    <message>
        <source>Also in the file: the version of its layout ({version}); your respondent key {key}, random and made once for this database: it lets the union count you once and link your files to each other, never to your name; a file number ({sequence}): your newest file for a month replaces older ones; a proof that the file comes from this database, so nobody else can make a newer one in your name; a random number, new for every file; and your region: {region}.</source>
        <translation>Ook in het bestand: de versie van de opbouw ({version}); je respondentsleutel {key}, willekeurig en eenmalig gemaakt voor deze database: daarmee telt de bond je één keer en koppelt je bestanden aan elkaar, nooit aan je naam; een bestandsnummer ({sequence}): je nieuwste bestand voor een maand vervangt oudere; een bewijs dat het bestand uit deze database komt, zodat niemand anders in jouw naam een nieuwer kan maken; een willekeurig getal, nieuw voor elk bestand; en je regio: {region}.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Save the union export</source>
        <translation>De vakbondsexport opslaan</translation>
    </message>
    <message>
        <source>New respondent key</source>
        <translation>Nieuwe respondentsleutel</translation>
    </message>
    <message>
        <source>With a new key the union can no longer link your next files to the ones you sent before, and may count you twice in a month you already sent. Make a new key?</source>
        <translation>Met een nieuwe sleutel kan de bond je volgende bestanden niet meer koppelen aan wat je eerder stuurde, en telt je misschien twee keer in een maand die je al stuurde. Een nieuwe sleutel maken?</translation>
    </message>
    <message>
        <source>Union exports to merge</source>
        <translation>Vakbondsexports om samen te voegen</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Het overzicht opslaan</translation>
    </message>
    <message>
        <source>Reading the exports…</source>
        <translation>De exports worden gelezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) summarised from {files}.</source>
        <translation>
            <numerusform>%n maand samengevat uit {files}.</numerusform>
            <numerusform>%n maanden samengevat uit {files}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s) skipped or counted once.</source>
        <translation>
            <numerusform>… en nog %n bestand overgeslagen of één keer geteld.</numerusform>
            <numerusform>… en nog %n bestanden overgeslagen of één keer geteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Union summary</source>
        <translation>Vakbondsoverzicht</translation>
    </message>
</context>
<context>
    <name>UnionSummary</name>
    <message>
        <source>the field {field} is empty</source>
        <translation>het veld {field} is leeg</translation>
    </message>
    <message>
        <source>the field {field} is not a number</source>
        <translation>het veld {field} is geen getal</translation>
    </message>
    <message>
        <source>the field {field} is missing</source>
        <translation>het veld {field} ontbreekt</translation>
    </message>
    <message>
        <source>a month is not written as YYYY-MM</source>
        <translation>een maand staat niet als JJJJ-MM</translation>
    </message>
    <message>
        <source>the contract band is not one of {bands}</source>
        <translation>de contractband is niet een van {bands}</translation>
    </message>
    <message>
        <source>neither contract hours nor a contract band</source>
        <translation>geen contracturen en geen contractband</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>geen schemaversie</translation>
    </message>
    <message>
        <source>written with a newer schema ({version}) than this app reads ({ours})</source>
        <translation>geschreven met een nieuwer schema ({version}) dan deze app leest ({ours})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>is not a file (a folder, a device or a pipe)</source>
        <translation>is geen bestand (een map, een apparaat of een pijp)</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>is groter dan {limit} MB</translation>
    </message>
    <message>
        <source>holds a number that is too long</source>
        <translation>bevat een getal dat te lang is</translation>
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation>bevat een getal dat niet eindig is</translation>
    </message>
    <message>
        <source>the field {field} is out of range ({value})</source>
        <translation>het veld {field} ligt buiten het bereik ({value})</translation>
    </message>
    <message>
        <source>the field {field} is not a whole number</source>
        <translation>het veld {field} is geen geheel getal</translation>
    </message>
    <message>
        <source>the field {field} is not a short text</source>
        <translation>het veld {field} is geen korte tekst</translation>
    </message>
    <message>
        <source>holds a field this app does not know ({field})</source>
        <translation>bevat een veld dat deze app niet kent ({field})</translation>
    </message>
    <message>
        <source>its sequence_proof does not belong to its respondent_key</source>
        <translation>het sequence_proof hoort niet bij de respondent_key</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>is geen geldige JSON</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>is not a Workload Desk union export</source>
        <translation>is geen vakbondsexport van Workload Desk</translation>
    </message>
    <message>
        <source>holds no months</source>
        <translation>bevat geen maanden</translation>
    </message>
    <message>
        <source>names an unknown region</source>
        <translation>noemt een onbekende regio</translation>
    </message>
    <message>
        <source>is nested deeper than an export is</source>
        <translation>is dieper genest dan een export</translation>
    </message>
    <message>
        <source>holds more months than a working life</source>
        <translation>bevat meer maanden dan een werkend leven</translation>
    </message>
    <message>
        <source>has rows with more or fewer fields than its header</source>
        <translation>heeft regels met meer of minder velden dan de kopregel</translation>
    </message>
    <message>
        <source>mixes several submissions</source>
        <translation>mengt meerdere inzendingen</translation>
    </message>
    <message>
        <source>is neither a .json nor a .csv file</source>
        <translation>is geen .json- en geen .csv-bestand</translation>
    </message>
    <message>
        <source>{file}: skipped, {reason}.</source>
        <translation>{file}: overgeslagen, {reason}.</translation>
    </message>
    <message>
        <source>{file}: sent before, counted once.</source>
        <translation>{file}: eerder ingezonden, één keer geteld.</translation>
    </message>
    <message>
        <source>{file}: another file has the same respondent key and sequence {sequence}; the months either of them would count are left out for this key.</source>
        <translation>{file}: een ander bestand heeft dezelfde respondentsleutel en hetzelfde volgnummer {sequence}; de maanden waarvoor een van beide zou tellen, blijven voor deze sleutel weg.</translation>
    </message>
    <message>
        <source>suppressed: fewer than {min} respondents</source>
        <translation>weggelaten: minder dan {min} respondenten</translation>
    </message>
    <message>
        <source>not published again: published on {day} from {n} respondents; a release from other files or rules could be subtracted from that one</source>
        <translation>niet opnieuw gepubliceerd: gepubliceerd op {day} uit {n} respondenten; een publicatie uit andere bestanden of met andere regels zou daarvan kunnen worden afgetrokken</translation>
    </message>
    <message>
        <source>no quartiles: with {n} respondents they would share a value with the median</source>
        <translation>geen kwartielen: met {n} respondenten zouden ze een waarde met de mediaan delen</translation>
    </message>
    <message>
        <source>no quartiles, medians or share above the norm under {min} respondents</source>
        <translation>geen kwartielen, medianen of aandeel boven de norm onder {min} respondenten</translation>
    </message>
    <message>
        <source>p%-rule (one or two respondents make up most of it): {fields}</source>
        <translation>p%-regel (één of twee respondenten maken het grootste deel uit): {fields}</translation>
    </message>
    <message>
        <source>left out so the above cannot be found by subtraction: {fields}</source>
        <translation>weggelaten zodat het bovenstaande niet door aftrekken te vinden is: {fields}</translation>
    </message>
    <message>
        <source>“{path}” is not a register of releases (or it is damaged): nothing was written.</source>
        <translation>“{path}” is geen register van publicaties (of het is beschadigd): er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” is not a number: give the number the list shows.</source>
        <translation>“{value}” is geen nummer: geef het nummer dat de lijst toont.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” is geen getal.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” is geen geheel getal.</translation>
    </message>
    <message>
        <source>This text contains a number that may be a BSN (citizen service number). A BSN may not be kept in Workload Desk: leave it out or use your own code.</source>
        <translation>Deze tekst bevat een nummer dat een BSN (burgerservicenummer) kan zijn. Een BSN mag niet in Workload Desk worden bewaard: laat het weg of gebruik je eigen code.</translation>
    </message>
    <message>
        <source>A case has from 1 to 26 children with a measure, not {count}.</source>
        <translation>Een zaak heeft 1 tot 26 kinderen met een maatregel, niet {count}.</translation>
    </message>
    <message>
        <source>The planned end ({end}) must come after the start ({start}).</source>
        <translation>Het geplande einde ({end}) moet na de start ({start}) liggen.</translation>
    </message>
    <message>
        <source>There is no measure number {id}.</source>
        <translation>Er is geen maatregel met nummer {id}.</translation>
    </message>
    <message>
        <source>Reopen the case before adding a measure.</source>
        <translation>Heropen de zaak voordat je een maatregel toevoegt.</translation>
    </message>
    <message>
        <source>Only a running OTS is extended by a year; this is: {kind}.</source>
        <translation>Alleen een lopende OTS wordt met een jaar verlengd; dit is: {kind}.</translation>
    </message>
    <message>
        <source>This measure has already ended.</source>
        <translation>Deze maatregel is al beëindigd.</translation>
    </message>
    <message>
        <source>A measure cannot end ({day}) before it started ({start}).</source>
        <translation>Een maatregel kan niet eindigen ({day}) voordat hij begon ({start}).</translation>
    </message>
    <message>
        <source>An active case already has the label “{label}”.</source>
        <translation>Een lopende zaak heeft al het label “{label}”.</translation>
    </message>
    <message>
        <source>There is no case number {id}.</source>
        <translation>Er is geen zaak met nummer {id}.</translation>
    </message>
    <message>
        <source>Case “{label}” is already closed.</source>
        <translation>Zaak “{label}” is al gesloten.</translation>
    </message>
    <message>
        <source>Case “{label}” is not closed.</source>
        <translation>Zaak “{label}” is niet gesloten.</translation>
    </message>
    <message>
        <source>A case cannot close ({day}) before it opened ({opened}).</source>
        <translation>Een zaak kan niet sluiten ({day}) voordat hij geopend is ({opened}).</translation>
    </message>
    <message>
        <source>A measure of this case starts on {start}, after the closing date.</source>
        <translation>Een maatregel van deze zaak begint op {start}, na de sluitingsdatum.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 22-11-2026 or 2026-11-22.</source>
        <translation>“{value}” is geen datum: schrijf hem als 22-11-2026 of 2026-11-22.</translation>
    </message>
    <message>
        <source>“{value}” is not a date that exists.</source>
        <translation>“{value}” is geen bestaande datum.</translation>
    </message>
    <message>
        <source>“{value}” is not a time: write it as HH:MM, for example 09:30.</source>
        <translation>“{value}” is geen tijd: schrijf hem als UU:MM, bijvoorbeeld 09:30.</translation>
    </message>
    <message>
        <source>“{value}” needs a date and a time, for example “22-11-2026 09:30”.</source>
        <translation>“{value}” moet een datum en een tijd zijn, bijvoorbeeld “22-11-2026 09:30”.</translation>
    </message>
    <message>
        <source>“{value}” has no valid offset: write it as +01:00 or +02:00.</source>
        <translation>“{value}” heeft geen geldige verschuiving: schrijf die als +01:00 of +02:00.</translation>
    </message>
    <message>
        <source>“{value}” has more than 59 minutes: write it as 7:12 or 7,2.</source>
        <translation>“{value}” heeft meer dan 59 minuten: schrijf het als 7:12 of 7,2.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours: write it as 7:12 or 7,2.</source>
        <translation>“{value}” is geen aantal uren: schrijf het als 7:12 of 7,2.</translation>
    </message>
    <message>
        <source>Contract hours must be between 1 and 60 a week, not {value}.</source>
        <translation>Contracturen liggen tussen 1 en 60 per week, niet {value}.</translation>
    </message>
    <message>
        <source>A label is one line of text: no line breaks, tabs or control characters.</source>
        <translation>Een label is één regel tekst: geen regeleinden, tabs of stuurtekens.</translation>
    </message>
    <message>
        <source>A label may not be empty.</source>
        <translation>Een label mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>A label has at most 40 characters; this one has {count}.</source>
        <translation>Een label heeft hoogstens 40 tekens; dit label heeft er {count}.</translation>
    </message>
    <message>
        <source>This field is one line of text: no line breaks, tabs or control characters.</source>
        <translation>Dit veld is één regel tekst: geen regeleinden, tabs of stuurtekens.</translation>
    </message>
    <message>
        <source>A note may hold lines and tabs, but no control characters.</source>
        <translation>Een notitie mag regels en tabs bevatten, maar geen stuurtekens.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of task; choose one of: {kinds}.</source>
        <translation>“{kind}” is geen soort taak; kies uit: {kinds}.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of measure; choose one of: {kinds}.</source>
        <translation>“{kind}” is geen soort maatregel; kies uit: {kinds}.</translation>
    </message>
    <message>
        <source>This field holds at most {max} characters.</source>
        <translation>Dit veld bevat hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>Only a court hearing has a mode: in-person, phone or video.</source>
        <translation>Alleen een zitting heeft een vorm: in-person (ter plekke), phone (telefonisch) of video.</translation>
    </message>
    <message>
        <source>The number of pages runs from 0 to {max}.</source>
        <translation>Het aantal pagina&apos;s loopt van 0 tot {max}.</translation>
    </message>
    <message>
        <source>The number of providers contacted cannot be negative.</source>
        <translation>Het aantal benaderde aanbieders kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A placement cannot come before the search started.</source>
        <translation>Een plaatsing kan niet vóór het begin van de zoektocht liggen.</translation>
    </message>
    <message>
        <source>There is no task number {id}.</source>
        <translation>Er is geen taak met nummer {id}.</translation>
    </message>
    <message>
        <source>Only a care search counts providers contacted.</source>
        <translation>Alleen een zoektocht naar zorg telt benaderde aanbieders.</translation>
    </message>
    <message>
        <source>This time overlaps the entry of {entry}.</source>
        <translation>Deze tijd overlapt met de registratie van {entry}.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Het einde moet na het begin liggen.</translation>
    </message>
    <message>
        <source>One entry may last at most 24 hours.</source>
        <translation>Eén registratie duurt hoogstens 24 uur.</translation>
    </message>
    <message>
        <source>An entry may not end in the future: start the timer for work you are doing now.</source>
        <translation>Een registratie mag niet in de toekomst eindigen: start de timer voor werk dat je nu doet.</translation>
    </message>
    <message>
        <source>There is no time entry number {id}.</source>
        <translation>Er is geen registratie met nummer {id}.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of day off; choose one of: {kinds}.</source>
        <translation>“{kind}” is geen soort vrije dag; kies uit: {kinds}.</translation>
    </message>
    <message>
        <source>The last day must not come before the first.</source>
        <translation>De laatste dag mag niet vóór de eerste liggen.</translation>
    </message>
    <message>
        <source>One range of days off spans at most {days} days.</source>
        <translation>Eén reeks vrije dagen beslaat hoogstens {days} dagen.</translation>
    </message>
    <message>
        <source>A norm lies between 1 and 40 per full-time job, the lower bound first.</source>
        <translation>Een norm ligt tussen 1 en 40 per voltijdbaan, de ondergrens eerst.</translation>
    </message>
    <message>
        <source>“{preset}” is not a schedule; choose one of: {presets}.</source>
        <translation>“{preset}” is geen schema; kies uit: {presets}.</translation>
    </message>
    <message>
        <source>This schedule needs the date it starts from.</source>
        <translation>Dit schema heeft de datum nodig vanaf wanneer het telt.</translation>
    </message>
    <message>
        <source>A baseline is a caseload from 0 to 200 measures.</source>
        <translation>Een nulmeting is een caseload van 0 tot 200 maatregelen.</translation>
    </message>
    <message>
        <source>“{what}” is not a kind of request; choose one of: {kinds}.</source>
        <translation>“{what}” is geen soort verzoek; kies uit: {kinds}.</translation>
    </message>
    <message>
        <source>Give a role (such as “team lead”), not a description: at most {max} characters.</source>
        <translation>Geef een rol (zoals “teamleider”), geen beschrijving: hoogstens {max} tekens.</translation>
    </message>
    <message>
        <source>“{what}” is not a boundary; choose one of: {kinds}.</source>
        <translation>“{what}” is geen grens; kies uit: {kinds}.</translation>
    </message>
    <message>
        <source>Hours saved lie between 0 and 24.</source>
        <translation>Bespaarde uren liggen tussen 0 en 24.</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>Het einde van de periode moet na het begin liggen.</translation>
    </message>
    <message>
        <source>A statement covers at most {weeks} weeks.</source>
        <translation>Een melding beslaat hoogstens {weeks} weken.</translation>
    </message>
    <message>
        <source>The period from {first} to {last} has not begun yet: a statement counts only days that are over or today.</source>
        <translation>De periode van {first} tot en met {last} is nog niet begonnen: een melding telt alleen dagen die voorbij zijn en vandaag.</translation>
    </message>
    <message>
        <source>“{value}” is not a month: write it as 2026-11.</source>
        <translation>“{value}” is geen maand: schrijf hem als 2026-11.</translation>
    </message>
    <message>
        <source>The last month must not come before the first.</source>
        <translation>De laatste maand mag niet vóór de eerste liggen.</translation>
    </message>
    <message>
        <source>“{region}” is not a region; choose one of: {regions}.</source>
        <translation>“{region}” is geen regio; kies uit: {regions}.</translation>
    </message>
    <message>
        <source>These months hold no data: no hours, no cases and nothing recorded. An export of them would send the union zeros that are not true; choose months in which you kept track of your work.</source>
        <translation>Deze maanden bevatten geen gegevens: geen uren, geen zaken en niets vastgelegd. Een export ervan zou de bond nullen sturen die niet kloppen; kies maanden waarin je je werk hebt bijgehouden.</translation>
    </message>
    <message>
        <source>Save the export as a .json or a .csv file.</source>
        <translation>Sla de export op als .json- of .csv-bestand.</translation>
    </message>
    <message>
        <source>“{value}” is not a year such as 2026.</source>
        <translation>“{value}” is geen jaartal zoals 2026.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows, such as Europe/Amsterdam.</source>
        <translation>“{zone}” is geen tijdzone die deze computer kent, zoals Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>{day} {time} does not exist: the clocks went forward that night, so that hour was skipped.</source>
        <translation>{day} {time} bestaat niet: de klok ging die nacht een uur vooruit, dus dat uur is overgeslagen.</translation>
    </message>
    <message>
        <source>{day} {time}{offset} is not a time on the clock here.</source>
        <translation>{day} {time}{offset} is hier geen tijd op de klok.</translation>
    </message>
    <message>
        <source>{day} {time} happened twice (the clocks went back): the first was taken ({first}). Write {time}{second} for the second.</source>
        <translation>{day} {time} kwam twee keer voor (de klok ging terug): de eerste is genomen ({first}). Schrijf {time}{second} voor de tweede.</translation>
    </message>
    <message>
        <source>“{value}” is not a work pattern: give the hours of Monday to Sunday, seven numbers from 0 to 24, for example 8,8,8,8,0,0,0.</source>
        <extracomment>What a day off on a working day takes off the 36-hour line: a fifth of a full-time week.</extracomment>
        <translation>“{value}” is geen werkrooster: geef de uren van maandag tot en met zondag, zeven getallen van 0 tot 24, bijvoorbeeld 8,8,8,8,0,0,0.</translation>
    </message>
    <message>
        <source>The hours of the pattern add up to {sum}, not to the contract&apos;s {hours}.</source>
        <translation>De uren van het rooster tellen op tot {sum}, niet tot de {hours} van het contract.</translation>
    </message>
    <message>
        <source>{day} lies outside the dates the app works with ({first} to {last}).</source>
        <translation>{day} valt buiten de data waarmee de app werkt ({first} tot en met {last}).</translation>
    </message>
    <message>
        <source>“{value}” is not a value the setting “{key}” can hold.</source>
        <extracomment>One-line details shown on the statement, and their longest length.</extracomment>
        <translation>“{value}” is geen waarde die de instelling “{key}” kan hebben.</translation>
    </message>
    <message>
        <source>A setting&apos;s key and value are text.</source>
        <translation>Sleutel en waarde van een instelling zijn tekst.</translation>
    </message>
    <message>
        <source>“{key}” is not a setting Workload Desk knows.</source>
        <translation>“{key}” is geen instelling die Workload Desk kent.</translation>
    </message>
    <message>
        <source>“{value}” is not allowed for {rule}: give a number from {low} to 1000.</source>
        <translation>“{value}” mag niet voor {rule}: geef een getal van {low} tot 1000.</translation>
    </message>
    <message>
        <source>A brace in the message must be written twice, {{ or }}, unless it is a placeholder.</source>
        <translation>Een accolade in het bericht moet dubbel staan, {{ of }}, tenzij het een invulveld is.</translation>
    </message>
    <message>
        <source>“{placeholder}” is not a placeholder the message knows; use one of: {names}.</source>
        <translation>“{placeholder}” is geen invulveld dat het bericht kent; gebruik een van: {names}.</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>This week you worked {worked} hours: {above} above the {expected} your contract expects.</source>
        <extracomment>The expected hours up to now, as the balance counts them: the whole week once it is over, none for a week to come, and in the current week the days that are over and today as far as worked; nothing before the day the balance starts (none at all while nothing is logged). Whole minutes worked (``worked_hours`` is this divided by 60): what the window sums and shows.</extracomment>
        <translation>Deze week werkte je {worked} uur: {above} boven de {expected} die je contract verwacht.</translation>
    </message>
    <message>
        <source>{above} hours above this week&apos;s expected hours, more than a ninth of your contract ({limit} hours): the CAO says this needs your consent (CAO Jeugdzorg art. 6.4.5).</source>
        <translation>{above} uur boven de verwachte uren van deze week, meer dan een negende van je contract ({limit} uur): volgens de cao is daar jouw instemming voor nodig (cao Jeugdzorg art. 6.4.5).</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Hours per week, by kind of work</source>
        <translation>Uren per week, naar soort werk</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Week off</source>
        <translation>Week vrij</translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation>wk {week}</translation>
    </message>
    <message>
        <source>No hours to show yet. Start the timer (Ctrl+T) or add time worked in the Time panel: each week&apos;s hours appear here, by kind of work.</source>
        <translation>Nog geen uren om te tonen. Start de timer (Ctrl+T) of voeg gewerkte tijd toe in het paneel Tijd: de uren van elke week verschijnen hier, per soort werk.</translation>
    </message>
    <message>
        <source>My hours in each week from {first} to {last}, by kind of work; the dashed line is what my contract asks, a hatched week was a week off.</source>
        <translation>Mijn uren in elke week van {first} tot en met {last}, per soort werk; de gestreepte lijn is wat mijn contract vraagt, een gearceerde week was een vrije week.</translation>
    </message>
    <message>
        <source>My hours in each week from {first} to {last}, by kind of work; the dashed line is what my contract asks.</source>
        <translation>Mijn uren in elke week van {first} tot en met {last}, per soort werk; de gestreepte lijn is wat mijn contract vraagt.</translation>
    </message>
    <message>
        <source>{count} weeks from {first} to {last}: {worked} worked against {expected} in the contract.</source>
        <translation>{count} weken van {first} tot en met {last}: {worked} gewerkt tegen {expected} volgens het contract.</translation>
    </message>
    <message>
        <source>Weeks off: {count}.</source>
        <translation>Vrije weken: {count}.</translation>
    </message>
    <message>
        <source>week {week}: off</source>
        <translation>week {week}: vrij</translation>
    </message>
    <message>
        <source>week {week}: {worked} of {expected}</source>
        <translation>week {week}: {worked} van {expected}</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
</context>
</TS>
