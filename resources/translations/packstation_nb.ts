<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>Packstation</name>
    <message>
      <source>Taking the photo of the package ...</source>
      <translation>Tar bilde av pakken ...</translation>
    </message>
    <message>
      <source>Photo of the package taken</source>
      <translation>Bilde av pakken tatt</translation>
    </message>
    <message>
      <source>No photo: {reason}</source>
      <translation>Ikke noe bilde: {reason}</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Opplæring</translation>
    </message>
    <message>
      <source>Open demo mode (trainers and leads)…</source>
      <translation>Åpne demomodus (instruktører og skiftledere)…</translation>
    </message>
    <message>
      <source>Sign in as a trainer or a lead first, then open demo mode.</source>
      <translation>Logg inn som instruktør eller skiftleder først, og åpne så demomodus.</translation>
    </message>
    <message>
      <source>Only a trainer or a shift lead can open demo mode. Signed in: {name} · Role: {role}</source>
      <translation>Bare en instruktør eller skiftleder kan åpne demomodus. Logget inn: {name} · Rolle: {role}</translation>
    </message>
    <message>
      <source>Finish or suspend order {ref} first: demo mode opens on an empty bench.</source>
      <translation>Fullfør eller sett ordre {ref} på vent først: demomodus åpnes på en tom pakkeplass.</translation>
    </message>
    <message>
      <source>Wrong item in the tote</source>
      <translation>Feil vare i plukkekassen</translation>
    </message>
    <message>
      <source>Damaged unit</source>
      <translation>Skadet enhet</translation>
    </message>
    <message>
      <source>Short pick</source>
      <translation>Manglende plukk</translation>
    </message>
    <message>
      <source>Expired lot</source>
      <translation>Utløpt parti</translation>
    </message>
    <message>
      <source>Missing serial</source>
      <translation>Mangler serienummer</translation>
    </message>
    <message>
      <source>Fragile item</source>
      <translation>Skjør vare</translation>
    </message>
    <message>
      <source>VIP slip</source>
      <translation>VIP-seddel</translation>
    </message>
    <message>
      <source>Printer jam</source>
      <translation>Papirstopp i skriveren</translation>
    </message>
    <message>
      <source>Weight mismatch</source>
      <translation>Vekten stemmer ikke</translation>
    </message>
    <message>
      <source>handled right</source>
      <translation>håndtert riktig</translation>
    </message>
    <message>
      <source>caught, not handled</source>
      <translation>oppdaget, ikke håndtert</translation>
    </message>
    <message>
      <source>MISSED</source>
      <translation>OVERSETT</translation>
    </message>
    <message>
      <source>best before {date}</source>
      <translation>best før {date}</translation>
    </message>
    <message>
      <source>the box is crushed and the unit rattles</source>
      <translation>esken er klemt og varen skrangler</translation>
    </message>
    <message>
      <source>no serial-number sticker on the unit</source>
      <translation>ingen serienummeretikett på varen</translation>
    </message>
    <message>
      <source>Click a pick ticket to claim its order.</source>
      <translation>Klikk på en plukkseddel for å ta ordren.</translation>
    </message>
    <message>
      <source>The label did not come out: look at the label printer on the training bench.</source>
      <translation>Etiketten kom ikke ut: se på etikettskriveren på øvingsbenken.</translation>
    </message>
    <message>
      <source>Everything is done: close the order (F12).</source>
      <translation>Alt er gjort: lukk ordren (F12).</translation>
    </message>
    <message>
      <source>Scan the items in the tote, one by one; look at each unit before you scan it.</source>
      <translation>Skann varene i plukkekassen én etter én; se på hver vare før du skanner den.</translation>
    </message>
    <message>
      <source>Answer the check on the screen from what you see on the unit.</source>
      <translation>Svar på kontrollen på skjermen ut fra det du ser på varen.</translation>
    </message>
    <message>
      <source>Take the planned box and scan it; then weigh it.</source>
      <translation>Ta den planlagte esken og skann den; vei den deretter.</translation>
    </message>
    <message>
      <source>Put the printed slip in the box and scan it.</source>
      <translation>Legg den utskrevne seddelen i esken og skann den.</translation>
    </message>
    <message>
      <source>Stick the label on the box and scan it.</source>
      <translation>Fest etiketten på esken og skann den.</translation>
    </message>
    <message>
      <source>Every order of this scenario is done: click “Finish and score”.</source>
      <translation>Alle ordrene i dette scenarioet er ferdige: klikk «Avslutt og gi poeng».</translation>
    </message>
    <message>
      <source>Take box {boxes} and scan it; then weigh it.</source>
      <translation>Ta eske {boxes} og skann den; vei den deretter.</translation>
    </message>
    <message>
      <source>Packstation — TRAINING bench (virtual scanner, scale, printer)</source>
      <translation>Packstation — OPPLÆRINGSbenk (virtuell skanner, vekt, skriver)</translation>
    </message>
    <message>
      <source>TRAINING — virtual devices</source>
      <translation>OPPLÆRING — virtuelle enheter</translation>
    </message>
    <message>
      <source>Hints (off for an exam)</source>
      <translation>Hint (av under prøve)</translation>
    </message>
    <message>
      <source>Start scenario</source>
      <translation>Start scenario</translation>
    </message>
    <message>
      <source>Finish and score</source>
      <translation>Avslutt og gi poeng</translation>
    </message>
    <message>
      <source>Virtual scanner: click to scan</source>
      <translation>Virtuell skanner: klikk for å skanne</translation>
    </message>
    <message>
      <source>Put the box on the scale</source>
      <translation>Sett esken på vekten</translation>
    </message>
    <message>
      <source>Look inside the box</source>
      <translation>Se i esken</translation>
    </message>
    <message>
      <source>Keys: Ctrl+Shift+S start · ↑/↓ or Tab move between items, Home the first, End the newest (box, slip, label) · Enter scans it · Ctrl+Shift+W scale · Ctrl+Shift+B look inside the box · Ctrl+Shift+J clear the jam · Ctrl+Shift+F finish and score</source>
      <translation>Taster: Ctrl+Shift+S start · ↑/↓ eller Tab flytter mellom varene, Home den første, End den nyeste (eske, seddel, etikett) · Enter skanner den · Ctrl+Shift+W vekt · Ctrl+Shift+B se i esken · Ctrl+Shift+J fjern papirstoppen · Ctrl+Shift+F avslutt og gi poeng</translation>
    </message>
    <message>
      <source>Open the printer and clear the jam</source>
      <translation>Åpne skriveren og fjern papirstoppen</translation>
    </message>
    <message>
      <source>PASSED</source>
      <translation>BESTÅTT</translation>
    </message>
    <message>
      <source>NOT PASSED</source>
      <translation>IKKE BESTÅTT</translation>
    </message>
    <message>
      <source>Choose a scenario and start.</source>
      <translation>Velg et scenario og start.</translation>
    </message>
    <message>
      <source>Printed documents appear here</source>
      <translation>Utskrevne dokumenter vises her</translation>
    </message>
    <message>
      <source>Found in the box and taken out: {what}. Weigh the box again.</source>
      <translation>Funnet i esken og tatt ut: {what}. Vei esken på nytt.</translation>
    </message>
    <message>
      <source>The box holds what was scanned, nothing else.</source>
      <translation>Esken inneholder det som ble skannet, ikke noe annet.</translation>
    </message>
    <message>
      <source>Wrong on purpose: {what}</source>
      <translation>Feil med vilje: {what}</translation>
    </message>
    <message>
      <source>Label printer: JAMMED — paper stuck under the print head</source>
      <translation>Etikettskriver: PAPIRSTOPP — papiret sitter fast under skrivehodet</translation>
    </message>
    <message>
      <source>Label printer: ready (prints PDF files)</source>
      <translation>Etikettskriver: klar (skriver PDF-filer)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Time {seconds} s · caught {caught}/{injected} · handled right {handled}/{injected} · missed {missed} · overrides asked {overrides} · own slips {own} · accuracy {accuracy}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Tid {seconds} s · oppdaget {caught}/{injected} · håndtert riktig {handled}/{injected} · oversett {missed} · overstyringer bedt om {overrides} · egne feil {own} · nøyaktighet {accuracy}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
      <source>Pick ticket {key} (%n item(s) in tote)</source>
      <translation>
        <numerusform>Plukkseddel {key} (%n vare i kassen)</numerusform>
        <numerusform>Plukkseddel {key} (%n varer i kassen)</numerusform>
      </translation>
    </message>
    <message>
      <source>Box {box}</source>
      <translation>Eske {box}</translation>
    </message>
    <message>
      <source>Printed slip</source>
      <translation>Utskrevet seddel</translation>
    </message>
    <message>
      <source>Unknown barcode</source>
      <translation>Ukjent strekkode</translation>
    </message>
    <message>
      <source>Kawka mug (another merchant)</source>
      <translation>Kawka-krus (en annen forhandler)</translation>
    </message>
    <message>
      <source>Shipping label</source>
      <translation>Fraktetikett</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Ordre</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Feil</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Hva som skjedde</translation>
    </message>
    <message>
      <source>Print selected scorecard (PDF)</source>
      <translation>Skriv ut valgt resultatkort (PDF)</translation>
    </message>
    <message>
      <source>Trainees (select one for their results per error type)</source>
      <translation>Under opplæring (velg én for resultatene per feiltype)</translation>
    </message>
    <message>
      <source>Per error type</source>
      <translation>Per feiltype</translation>
    </message>
    <message>
      <source>Scorecards</source>
      <translation>Resultatkort</translation>
    </message>
    <message>
      <source>Scorecard saved: {path}</source>
      <translation>Resultatkortet er lagret: {path}</translation>
    </message>
    <message>
      <source>Packstation — TRAINING</source>
      <translation>Packstation — OPPLÆRING</translation>
    </message>
    <message>
      <source>TRAINING — demo database, nothing here ships</source>
      <translation>OPPLÆRING — demodatabase, ingenting her blir sendt</translation>
    </message>
    <message>
      <source>Practice floor</source>
      <translation>Øvingsområde</translation>
    </message>
    <message>
      <source>Trainer: trainees and scorecards</source>
      <translation>Instruktør: deltakere og resultatkort</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>Under opplæring</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>Runder</translation>
    </message>
    <message>
      <source>Scenarios passed</source>
      <translation>Beståtte scenarioer</translation>
    </message>
    <message>
      <source>Best accuracy</source>
      <translation>Beste treffsikkerhet</translation>
    </message>
    <message>
      <source>Trend (accuracy per attempt)</source>
      <translation>Utvikling (nøyaktighet per forsøk)</translation>
    </message>
    <message>
      <source>Last run</source>
      <translation>Siste runde</translation>
    </message>
    <message>
      <source>Error type</source>
      <translation>Feiltype</translation>
    </message>
    <message>
      <source>Injected</source>
      <translation>Lagt inn</translation>
    </message>
    <message>
      <source>Caught</source>
      <translation>Oppdaget</translation>
    </message>
    <message>
      <source>Handled right</source>
      <translation>Håndtert riktig</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation>Oversett</translation>
    </message>
    <message>
      <source>Overrides</source>
      <translation>Overstyringer</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <source>Scenario</source>
      <translation>Scenario</translation>
    </message>
    <message>
      <source>Hints</source>
      <translation>Hint</translation>
    </message>
    <message>
      <source>Accuracy</source>
      <translation>Nøyaktighet</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Bestått</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>Scorecard PDF</source>
      <translation>Resultatkort (PDF)</translation>
    </message>
    <message>
      <source>Next: {step}</source>
      <translation>Neste: {step}</translation>
    </message>
    <message>
      <source>Sign in first (scan your badge).</source>
      <translation>Logg inn først (skann kortet ditt).</translation>
    </message>
    <message>
      <source>on</source>
      <translation>på</translation>
    </message>
    <message>
      <source>off</source>
      <translation>av</translation>
    </message>
    <message>
      <source>running</source>
      <translation>pågår</translation>
    </message>
    <message>
      <source>The scorecard was NOT saved: {why}</source>
      <translation>Resultatkortet ble IKKE lagret: {why}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nei</translation>
    </message>
    <message>
      <source>ORDER OPEN</source>
      <translation>ORDRE ÅPEN</translation>
    </message>
    <message numerus="yes">
      <source>Order {ref}: %n unit(s) to pack</source>
      <translation>
        <numerusform>Ordre {ref}: %n enhet å pakke</numerusform>
        <numerusform>Ordre {ref}: %n enheter å pakke</numerusform>
      </translation>
    </message>
    <message>
      <source>Expected about {g} g</source>
      <translation>Forventet ca. {g} g</translation>
    </message>
    <message>
      <source>Ship short (units missing)</source>
      <translation>Send med mangler (enheter mangler)</translation>
    </message>
    <message>
      <source>Slips not scanned</source>
      <translation>Sedler ikke skannet</translation>
    </message>
    <message>
      <source>Label not scanned</source>
      <translation>Etikett ikke skannet</translation>
    </message>
    <message>
      <source>Weight check</source>
      <translation>Vektkontroll</translation>
    </message>
    <message numerus="yes">
      <source>How many units of {sku} (%n still to pack)?</source>
      <translation>
        <numerusform>Hvor mange enheter av {sku} (%n gjenstår å pakke)?</numerusform>
        <numerusform>Hvor mange enheter av {sku} (%n gjenstår å pakke)?</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove a unit</source>
      <translation>Ta ut en enhet</translation>
    </message>
    <message>
      <source>Take one unit of {sku} out of the box. Why?</source>
      <translation>Ta én enhet av {sku} ut av esken. Hvorfor?</translation>
    </message>
    <message>
      <source>Box {n} of {m}: expected about {g} g (its items, cushioning and the box itself)</source>
      <translation>Eske {n} av {m}: forventet ca. {g} g (varene, fyllmaterialet og selve esken)</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>Skriv ut på nytt</translation>
    </message>
    <message>
      <source>Print the label and slips of this order again. Why?</source>
      <translation>Skriv ut etiketten og sedlene for denne ordren på nytt. Hvorfor?</translation>
    </message>
    <message>
      <source>Void label</source>
      <translation>Annuller etikett</translation>
    </message>
    <message>
      <source>Cancel this order's shipping label. Why?</source>
      <translation>Annuller fraktetiketten for denne ordren. Hvorfor?</translation>
    </message>
    <message>
      <source>SUSPENDED</source>
      <translation>PARKERT</translation>
    </message>
    <message>
      <source>Order {ref} is parked: scan its barcode at any bench to resume.</source>
      <translation>Ordre {ref} er parkert: skann strekkoden ved en hvilken som helst pakkebenk for å fortsette.</translation>
    </message>
    <message>
      <source>SENT TO EXCEPTION</source>
      <translation>SENDT TIL AVVIK</translation>
    </message>
    <message>
      <source>Order {ref}: {reason}. Put the tote on the exception shelf.</source>
      <translation>Ordre {ref}: {reason}. Sett kassen på avvikshyllen.</translation>
    </message>
    <message>
      <source>Send to exception</source>
      <translation>Send til avvik</translation>
    </message>
    <message>
      <source>Why can this order not be finished here?</source>
      <translation>Hvorfor kan ikke denne ordren fullføres her?</translation>
    </message>
    <message>
      <source>{check} — {sku}</source>
      <translation>{check} — {sku}</translation>
    </message>
    <message>
      <source>FAILED: {what}</source>
      <translation>AVVIST: {what}</translation>
    </message>
    <message>
      <source>The order cannot close yet: {reasons}</source>
      <translation>Ordren kan ikke avsluttes ennå: {reasons}</translation>
    </message>
    <message>
      <source>ORDER CLOSED</source>
      <translation>ORDRE AVSLUTTET</translation>
    </message>
    <message>
      <source>Order {ref} is done. Scan the next order or press F3.</source>
      <translation>Ordre {ref} er ferdig. Skann neste ordre eller trykk F3.</translation>
    </message>
    <message>
      <source>Scan your badge</source>
      <translation>Skann kortet ditt</translation>
    </message>
    <message>
      <source>No order waiting in the queue.</source>
      <translation>Ingen ordre venter i køen.</translation>
    </message>
    <message>
      <source>OVERRIDDEN</source>
      <translation>OVERSTYRT</translation>
    </message>
    <message>
      <source>A lead approved: {reason}. {next}: {detail}</source>
      <translation>Skiftleder godkjente: {reason}. {next}: {detail}</translation>
    </message>
    <message>
      <source>Printer fault: {fault}</source>
      <translation>Skriverfeil: {fault}</translation>
    </message>
    <message>
      <source>CANNOT CLOSE</source>
      <translation>KAN IKKE AVSLUTTES</translation>
    </message>
    <message>
      <source>order</source>
      <translation>ordre</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>AVVIST</translation>
    </message>
    <message>
      <source>Packstation cannot start</source>
      <translation>Packstation kan ikke starte</translation>
    </message>
    <message>
      <source>marketing</source>
      <translation>markedsføring</translation>
    </message>
    <message>
      <source>apology</source>
      <translation>unnskyldning</translation>
    </message>
    <message>
      <source>returns</source>
      <translation>retur</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <source>Gets it</source>
      <translation>Får den</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Hvorfor</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Overskrift</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <source>Variant</source>
      <translation>Versjon</translation>
    </message>
    <message>
      <source>Inserted</source>
      <translation>Lagt i</translation>
    </message>
    <message>
      <source>Redeemed</source>
      <translation>Innløst</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Andel</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>Omsetning</translation>
    </message>
    <message>
      <source>Came back</source>
      <translation>Kom tilbake</translation>
    </message>
    <message>
      <source>Uplift, points (95 %)</source>
      <translation>Løft, prosentpoeng (95 %)</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kostnad</translation>
    </message>
    <message numerus="yes">
      <source>Insert cost in all: {cost} ({each} each). Came back: ordered again within %n day(s).</source>
      <translation>
        <numerusform>Innleggskostnad i alt: {cost} ({each} per stykk). Kom tilbake: bestilte igjen innen %n dag.</numerusform>
        <numerusform>Innleggskostnad i alt: {cost} ({each} per stykk). Kom tilbake: bestilte igjen innen %n dager.</numerusform>
      </translation>
    </message>
    <message>
      <source>A copy: not saved and not active yet.</source>
      <translation>En kopi: ikke lagret og ikke aktiv ennå.</translation>
    </message>
    <message>
      <source>New campaign</source>
      <translation>Ny kampanje</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lagre</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: now)</source>
      <translation>ÅÅÅÅ-MM-DD (tom: nå)</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (empty: open)</source>
      <translation>ÅÅÅÅ-MM-DD (tom: ingen slutt)</translation>
    </message>
    <message>
      <source>Hi {first_name}, …</source>
      <translation>Hei {first_name}, …</translation>
    </message>
    <message>
      <source>Sample customers who get it: {n}/{total} · Queued orders that would: {queued}</source>
      <translation>Eksempelkunder som får den: {n}/{total} · Ordrer i køen som ville fått den: {queued}</translation>
    </message>
    <message>
      <source>Saved {name}</source>
      <translation>{name} er lagret</translation>
    </message>
    <message>
      <source>Holdout (no slip)</source>
      <translation>Kontrollgruppe (uten innlegg)</translation>
    </message>
    <message>
      <source>Campaign name</source>
      <translation>Kampanjenavn</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Prioritet</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Starter</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Slutter</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Språk</translation>
    </message>
    <message>
      <source>Who gets it</source>
      <translation>Hvem får den</translation>
    </message>
    <message>
      <source>Coupon prefix</source>
      <translation>Kupongprefiks</translation>
    </message>
    <message>
      <source>Paper per insert</source>
      <translation>Papir per innlegg</translation>
    </message>
    <message>
      <source>Printing per insert</source>
      <translation>Utskrift per innlegg</translation>
    </message>
    <message>
      <source>From the template: adjust it, then Save.</source>
      <translation>Fra malen: tilpass den, og trykk Lagre.</translation>
    </message>
    <message>
      <source>copy</source>
      <translation>kopi</translation>
    </message>
    <message>
      <source>Edit as JSON</source>
      <translation>Rediger som JSON</translation>
    </message>
    <message>
      <source>New from a template…</source>
      <translation>Ny fra en mal…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Dupliser</translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}) — %n lapp</numerusform>
        <numerusform>{name} ({kind}) — %n lapper</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}, off) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}, av) — %n lapp</numerusform>
        <numerusform>{name} ({kind}, av) — %n lapper</numerusform>
      </translation>
    </message>
    <message>
      <source>Save the campaign to see what its slips do.</source>
      <translation>Lagre kampanjen for å se hva innleggene gjør.</translation>
    </message>
    <message>
      <source>Stop the losing variant</source>
      <translation>Stopp varianten som taper</translation>
    </message>
    <message>
      <source>No holdout group: set a holdout share to measure the uplift.</source>
      <translation>Ingen kontrollgruppe: angi en andel til kontrollgruppen for å måle løftet.</translation>
    </message>
    <message>
      <source>Stop the losing variant ({variant})</source>
      <translation>Stopp varianten som taper ({variant})</translation>
    </message>
    <message>
      <source>{variant} (stopped)</source>
      <translation>{variant} (stoppet)</translation>
    </message>
    <message>
      <source>There is no losing variant to stop: fewer than two variants are running with slips inserted.</source>
      <translation>Ingen variant å stoppe: færre enn to varianter kjører med innlegg lagt i.</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation>Kampanjer</translation>
    </message>
    <message>
      <source>Preview for sample customers</source>
      <translation>Forhåndsvisning for eksempelkunder</translation>
    </message>
    <message>
      <source>Orders in the queue that would get it</source>
      <translation>Ordrer i køen som ville fått den</translation>
    </message>
    <message>
      <source>Results against the holdout group</source>
      <translation>Resultater mot kontrollgruppen</translation>
    </message>
    <message>
      <source>Variant {variant} stopped: new slips go to the other variants.</source>
      <translation>Variant {variant} er stoppet: nye innlegg går til de andre variantene.</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Ikke lagret: {reason}</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nei</translation>
    </message>
    <message>
      <source>This shift (last 8 h)</source>
      <translation>Dette skiftet (siste 8 t)</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>I dag</translation>
    </message>
    <message>
      <source>Yesterday</source>
      <translation>I går</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Siste 7 dager</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Siste 30 dager</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Egendefinert</translation>
    </message>
    <message>
      <source>Errors by type</source>
      <translation>Feil etter type</translation>
    </message>
    <message>
      <source>Orders and errors by hour</source>
      <translation>Ordrer og feil per time</translation>
    </message>
    <message>
      <source>By hour</source>
      <translation>Per time</translation>
    </message>
    <message>
      <source>Errors by packer</source>
      <translation>Feil per pakker</translation>
    </message>
    <message>
      <source>Packers</source>
      <translation>Pakkere</translation>
    </message>
    <message>
      <source>Ratios compare each packer with the floor on the same mix of single-unit, single-line and multi-line orders (1.00 = floor; below 1 = faster / fewer errors).</source>
      <translation>Forholdstallene sammenligner hver pakker med hele lageret på samme blanding av ordrer med én enhet, én linje og flere linjer (1,00 = lageret; under 1 = raskere / færre feil).</translation>
    </message>
    <message>
      <source>Errors by station</source>
      <translation>Feil per stasjon</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>Stasjoner</translation>
    </message>
    <message>
      <source>On time and OTIF by merchant (%)</source>
      <translation>I tide og OTIF per forhandler (%)</translation>
    </message>
    <message>
      <source>On time in full</source>
      <translation>I tide og komplett</translation>
    </message>
    <message>
      <source>Orders and errors by day</source>
      <translation>Ordrer og feil per dag</translation>
    </message>
    <message>
      <source>By day</source>
      <translation>Per dag</translation>
    </message>
    <message>
      <source>Errors by SKU</source>
      <translation>Feil per varenummer</translation>
    </message>
    <message>
      <source>Range</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>to</source>
      <translation>til</translation>
    </message>
    <message>
      <source>Tick stations to include; none ticked = every station</source>
      <translation>Kryss av stasjonene som skal være med; ingen avkrysset = alle stasjoner</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Direkte</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Oppdater</translation>
    </message>
    <message>
      <source>Report PDF…</source>
      <translation>Rapport-PDF…</translation>
    </message>
    <message>
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <source>Order ref or barcode → timeline</source>
      <translation>Ordrenr. eller strekkode → tidslinje</translation>
    </message>
    <message>
      <source>Refreshing…</source>
      <translation>Oppdaterer…</translation>
    </message>
    <message>
      <source>Updated {time}. Enter or double-click on a count (or click a bar) shows its events; Ctrl+Tab: next table.</source>
      <translation>Oppdatert {time}. Enter eller dobbeltklikk på et tall (eller klikk på en søyle) viser hendelsene; Ctrl+Tab: neste tabell.</translation>
    </message>
    <message>
      <source>Packer</source>
      <translation>Pakker</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Stasjon</translation>
    </message>
    <message>
      <source>on time &lt;b&gt;{on_time}&lt;/b&gt; · OTIF &lt;b&gt;{otif}&lt;/b&gt; · order-to-ship p50 &lt;b&gt;{p50}&lt;/b&gt; p90 &lt;b&gt;{p90}&lt;/b&gt; · &lt;b&gt;{at_risk}&lt;/b&gt; orders at risk now</source>
      <translation>i tide &lt;b&gt;{on_time}&lt;/b&gt; · OTIF (i tide og komplett) &lt;b&gt;{otif}&lt;/b&gt; · bestilt til sendt median &lt;b&gt;{p50}&lt;/b&gt; 90-persentil &lt;b&gt;{p90}&lt;/b&gt; · &lt;b&gt;{at_risk}&lt;/b&gt; ordrer i fare nå</translation>
    </message>
    <message>
      <source>Save shift report</source>
      <translation>Lagre skiftrapport</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Lagret {path}</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Antall</translation>
    </message>
    <message>
      <source>Hour</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Ordrer</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Enheter</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>Feil</translation>
    </message>
    <message>
      <source>Orders/h</source>
      <translation>Ordrer/t</translation>
    </message>
    <message>
      <source>Avg pack</source>
      <translation>Snitt pakking</translation>
    </message>
    <message>
      <source>Time ratio</source>
      <translation>Tidsforhold</translation>
    </message>
    <message>
      <source>Error ratio</source>
      <translation>Feilforhold</translation>
    </message>
    <message>
      <source>Merchant</source>
      <translation>Forhandler</translation>
    </message>
    <message>
      <source>With ship-by</source>
      <translation>Med sendefrist</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>I tide</translation>
    </message>
    <message>
      <source>OTIF</source>
      <translation>I tide og komplett</translation>
    </message>
    <message>
      <source>Order-to-ship p50</source>
      <translation>Bestilt til sendt, median</translation>
    </message>
    <message>
      <source>p90</source>
      <translation>90-persentil</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>I fare</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Forsinket</translation>
    </message>
    <message>
      <source>Order at risk</source>
      <translation>Ordre i fare</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Ship by</source>
      <translation>Send innen</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Tid igjen</translation>
    </message>
    <message>
      <source>On time: closed at the bench by the order's ship-by time. OTIF: on time and no unit short-shipped. Order-to-ship: placed to closed. At risk: open orders due within 2 hours or overdue, now.</source>
      <translation>I tide: lukket ved pakkebordet innen ordrens sendefrist. OTIF: i tide og ingen enhet sendt ufullstendig. Bestilt til sendt: fra bestilling til lukket. I fare: åpne ordrer med frist innen 2 timer eller forsinket, akkurat nå.</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>Pick Last 7 days or Last 30 days above for the trend.</source>
      <translation>Velg Siste 7 dager eller Siste 30 dager over for å se utviklingen.</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>Varenr.</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <source>Look-alike SKUs swapped for each other show up here first: fix them with a lead's eye on the shelf.</source>
      <translation>Varer som ligner hverandre og blir forvekslet, dukker opp her først: rett dem opp med skiftlederens blikk på hylla.</translation>
    </message>
    <message>
      <source>No order {ref}</source>
      <translation>Ingen ordre {ref}</translation>
    </message>
    <message>
      <source>Could not refresh: {error}</source>
      <translation>Kunne ikke oppdatere: {error}</translation>
    </message>
    <message>
      <source>Orders: &lt;b&gt;{orders}&lt;/b&gt; · Units: &lt;b&gt;{units}&lt;/b&gt; · Orders/h: &lt;b&gt;{orders_h}&lt;/b&gt; · Units/h: &lt;b&gt;{units_h}&lt;/b&gt; · Avg pack: &lt;b&gt;{pack}&lt;/b&gt; · Accuracy: &lt;b&gt;{accuracy}&lt;/b&gt; · Errors: &lt;b&gt;{errors}&lt;/b&gt;</source>
      <translation>Ordrer: &lt;b&gt;{orders}&lt;/b&gt; · Enheter: &lt;b&gt;{units}&lt;/b&gt; · Ordrer/t: &lt;b&gt;{orders_h}&lt;/b&gt; · Enheter/t: &lt;b&gt;{units_h}&lt;/b&gt; · Snitt pakking: &lt;b&gt;{pack}&lt;/b&gt; · Nøyaktighet: &lt;b&gt;{accuracy}&lt;/b&gt; · Feil: &lt;b&gt;{errors}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>All merchants</source>
      <translation>Alle forhandlere</translation>
    </message>
    <message>
      <source>overdue {time}</source>
      <translation>forsinket {time}</translation>
    </message>
    <message>
      <source>TRAINING</source>
      <translation>OPPLÆRING</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <source>Tries</source>
      <translation>Forsøk</translation>
    </message>
    <message>
      <source>Next try</source>
      <translation>Neste forsøk</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>Siste feil</translation>
    </message>
    <message>
      <source>outbox folder</source>
      <translation>utboksmappe</translation>
    </message>
    <message>
      <source>webhook</source>
      <translation>webhook</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>venter</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>sendes</translation>
    </message>
    <message>
      <source>delivered</source>
      <translation>levert</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Send nå</translation>
    </message>
    <message>
      <source>No shipment confirmations yet.</source>
      <translation>Ingen forsendelsesbekreftelser ennå.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Godkjent av</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Ant.</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>Skannet</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <source>&lt;b&gt;Order {ref}&lt;/b&gt; · {status} · {merchant} · Customer: {customer} · Lines: {lines} · Units: {units} · Closed: {closed} · Events: {events} · Errors: {errors}</source>
      <translation>&lt;b&gt;Ordre {ref}&lt;/b&gt; · {status} · {merchant} · Kunde: {customer} · Linjer: {lines} · Enheter: {units} · Lukket: {closed} · Hendelser: {events} · Feil: {errors}</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;{title}&lt;/b&gt; — %n event(s). Enter or double-click on one shows its order's whole timeline; Esc goes back.</source>
      <translation>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n hendelse. Enter eller dobbeltklikk på en viser hele tidslinjen til ordren; Esc går tilbake.</numerusform>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n hendelser. Enter eller dobbeltklikk på en viser hele tidslinjen til ordren; Esc går tilbake.</numerusform>
      </translation>
    </message>
    <message>
      <source>Order {ref} — timeline</source>
      <translation>Ordre {ref} — tidslinje</translation>
    </message>
    <message>
      <source>Exception: {reason}</source>
      <translation>Avvik: {reason}</translation>
    </message>
    <message>
      <source>Tracking number, SSCC or order</source>
      <translation>Sporingsnummer, SSCC eller ordre</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Finn</translation>
    </message>
    <message>
      <source>Save as PDF ...</source>
      <translation>Lagre som PDF ...</translation>
    </message>
    <message>
      <source>Looking up {code} ...</source>
      <translation>Slår opp {code} ...</translation>
    </message>
    <message>
      <source>Evidence for</source>
      <translation>Bevis for</translation>
    </message>
    <message>
      <source>Every scan and verdict</source>
      <translation>Hver skanning og hvert resultat</translation>
    </message>
    <message>
      <source>not weighed</source>
      <translation>ikke veid</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ingen</translation>
    </message>
    <message>
      <source>taken {when}, SHA-256 {hash}</source>
      <translation>tatt {when}, SHA-256 {hash}</translation>
    </message>
    <message>
      <source>no photo: {reason}</source>
      <translation>ikke noe bilde: {reason}</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Ikke noe bilde</translation>
    </message>
    <message>
      <source>Save the evidence record</source>
      <translation>Lagre bevisrapporten</translation>
    </message>
    <message>
      <source>Packed by</source>
      <translation>Pakket av</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Startet</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Ferdig</translation>
    </message>
    <message>
      <source>Order {ref}</source>
      <translation>Ordre {ref}</translation>
    </message>
    <message>
      <source>no camera</source>
      <translation>ikke noe kamera</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Eske</translation>
    </message>
    <message>
      <source>Cushioning</source>
      <translation>Fyllmateriale</translation>
    </message>
    <message>
      <source>Expected weight</source>
      <translation>Forventet vekt</translation>
    </message>
    <message>
      <source>Measured weight</source>
      <translation>Målt vekt</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etikett</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Bilde</translation>
    </message>
    <message>
      <source>Quality checks</source>
      <translation>Kvalitetskontroller</translation>
    </message>
    <message>
      <source>Slips and coupons</source>
      <translation>Lapper og kuponger</translation>
    </message>
    <message>
      <source>Package {n} of {count}</source>
      <translation>Pakke {n} av {count}</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>godkjent</translation>
    </message>
    <message>
      <source>overridden</source>
      <translation>overstyrt</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Skadet</translation>
    </message>
    <message>
      <source>Wrong item</source>
      <translation>Feil vare</translation>
    </message>
    <message>
      <source>Missing item</source>
      <translation>Manglende vare</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Linje</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>Sendt</translation>
    </message>
    <message>
      <source>Complaint units</source>
      <translation>Reklamerte enheter</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Registrert</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Hva</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Linjer</translation>
    </message>
    <message>
      <source>Replacement</source>
      <translation>Erstatning</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Merknad</translation>
    </message>
    <message>
      <source>Order reference or pick-ticket barcode, then Enter</source>
      <translation>Ordrereferanse eller strekkode på plukkseddelen, så Enter</translation>
    </message>
    <message>
      <source>What the customer said (optional)</source>
      <translation>Hva kunden sa (valgfritt)</translation>
    </message>
    <message>
      <source>Record complaint and replacement (Ctrl+Enter)</source>
      <translation>Registrer reklamasjon og erstatning (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>No evidence for this order: {reason}</source>
      <translation>Ingen bevis for denne ordren: {reason}</translation>
    </message>
    <message>
      <source>Complaint about order</source>
      <translation>Reklamasjon på ordre</translation>
    </message>
    <message>
      <source>What went wrong</source>
      <translation>Hva gikk galt</translation>
    </message>
    <message>
      <source>{kind}, replacement {replacement}</source>
      <translation>{kind}, erstatning {replacement}</translation>
    </message>
    <message>
      <source>Order {ref} ({merchant}, {customer}) shipped {when}.</source>
      <translation>Ordre {ref} ({merchant}, {customer}) sendt {when}.</translation>
    </message>
    <message>
      <source>The package's evidence</source>
      <translation>Pakkens bevis</translation>
    </message>
    <message>
      <source>Latest complaints</source>
      <translation>Siste reklamasjoner</translation>
    </message>
    <message>
      <source>Line {line}: type a number of units, not {text}</source>
      <translation>Linje {line}: skriv et antall enheter, ikke {text}</translation>
    </message>
    <message>
      <source>Earlier complaints: {list}</source>
      <translation>Tidligere reklamasjoner: {list}</translation>
    </message>
    <message>
      <source>Complaint recorded ({lines}). Replacement order {replacement} is first in the queue; its box gets the apology slip and coupon.</source>
      <translation>Reklamasjonen er registrert ({lines}). Erstatningsordre {replacement} er først i køen; esken får unnskyldningslappen og kupongen.</translation>
    </message>
    <message>
      <source>Scans</source>
      <translation>Skanninger</translation>
    </message>
    <message>
      <source>Double-click to see the events behind this count</source>
      <translation>Dobbeltklikk for å se hendelsene bak dette tallet</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Kort</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>PIN set</source>
      <translation>PIN satt</translation>
    </message>
    <message>
      <source>Station name</source>
      <translation>Stasjonsnavn</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Sist sett</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Legg til en person</translation>
    </message>
    <message>
      <source>Selected person</source>
      <translation>Valgt person</translation>
    </message>
    <message>
      <source>Name (optional)</source>
      <translation>Navn (valgfritt)</translation>
    </message>
    <message>
      <source>New / trainee</source>
      <translation>Ny / under opplæring</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Legg til</translation>
    </message>
    <message>
      <source>Reset PIN</source>
      <translation>Tilbakestill PIN-kode</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Endre rolle</translation>
    </message>
    <message>
      <source>Change language</source>
      <translation>Endre språk</translation>
    </message>
    <message>
      <source>Deactivate / activate</source>
      <translation>Deaktiver / aktiver</translation>
    </message>
    <message>
      <source>Add station</source>
      <translation>Legg til stasjon</translation>
    </message>
    <message>
      <source>Added {name}</source>
      <translation>La til {name}</translation>
    </message>
    <message>
      <source>New PIN set for {name}</source>
      <translation>Ny PIN-kode satt for {name}</translation>
    </message>
    <message>
      <source>{name} deactivated</source>
      <translation>{name} er deaktivert</translation>
    </message>
    <message>
      <source>{name} activated</source>
      <translation>{name} er aktivert</translation>
    </message>
    <message>
      <source>Added station {code}</source>
      <translation>La til stasjon {code}</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>Ny PIN-kode</translation>
    </message>
    <message>
      <source>4-12 digits</source>
      <translation>4–12 sifre</translation>
    </message>
    <message>
      <source>Pick a person first.</source>
      <translation>Velg en person først.</translation>
    </message>
    <message>
      <source>{name} — new role: {role}</source>
      <translation>{name} — ny rolle: {role}</translation>
    </message>
    <message>
      <source>{name} now reads {language}</source>
      <translation>{name} leser nå {language}</translation>
    </message>
    <message>
      <source>{name} stays active</source>
      <translation>{name} forblir aktiv</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personer</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Deaktiver</translation>
    </message>
    <message>
      <source>Deactivate {name}? Their badge stops working at once.</source>
      <translation>Deaktivere {name}? Kortet slutter å virke med en gang.</translation>
    </message>
    <message>
      <source>exception</source>
      <translation>avvik</translation>
    </message>
    <message>
      <source>suspended</source>
      <translation>parkert</translation>
    </message>
    <message>
      <source>stale claim</source>
      <translation>glemt ordre</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Årsak</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Siden</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} t {m} min</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <source>Note: what was done (required to resolve)</source>
      <translation>Merknad: hva som ble gjort (påkrevd for å løse)</translation>
    </message>
    <message>
      <source>Your PIN (to release)</source>
      <translation>Din PIN-kode (for å frigi)</translation>
    </message>
    <message>
      <source>Release claim</source>
      <translation>Frigi ordren</translation>
    </message>
    <message>
      <source>Resolve: back to queue</source>
      <translation>Løs: tilbake i køen</translation>
    </message>
    <message>
      <source>Resolve: cancel order</source>
      <translation>Løs: kanseller ordren</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Last inn på nytt</translation>
    </message>
    <message>
      <source>Released: {ref}</source>
      <translation>Frigitt: {ref}</translation>
    </message>
    <message>
      <source>Pick an order first.</source>
      <translation>Velg en ordre først.</translation>
    </message>
    <message>
      <source>Not cancelled: {ref}</source>
      <translation>Ikke kansellert: {ref}</translation>
    </message>
    <message>
      <source>Resolved: {ref}</source>
      <translation>Løst: {ref}</translation>
    </message>
    <message>
      <source>Cancelled: {ref}</source>
      <translation>Kansellert: {ref}</translation>
    </message>
    <message>
      <source>Cancel order</source>
      <translation>Kanseller ordre</translation>
    </message>
    <message>
      <source>Cancel order {ref}? It will not be packed, and the shop is told by the next export.</source>
      <translation>Kansellere ordre {ref}? Den blir ikke pakket, og nettbutikken får beskjed ved neste eksport.</translation>
    </message>
    <message>
      <source>claimed {ago} ago, no close</source>
      <translation>tatt for {ago} siden, ikke lukket</translation>
    </message>
    <message>
      <source>is</source>
      <translation>er</translation>
    </message>
    <message>
      <source>is not</source>
      <translation>er ikke</translation>
    </message>
    <message>
      <source>is one of</source>
      <translation>er en av</translation>
    </message>
    <message>
      <source>is none of</source>
      <translation>er ingen av</translation>
    </message>
    <message>
      <source>at least</source>
      <translation>minst</translation>
    </message>
    <message>
      <source>at most</source>
      <translation>høyst</translation>
    </message>
    <message>
      <source>more than</source>
      <translation>mer enn</translation>
    </message>
    <message>
      <source>less than</source>
      <translation>mindre enn</translation>
    </message>
    <message>
      <source>includes</source>
      <translation>inneholder</translation>
    </message>
    <message>
      <source>does not include</source>
      <translation>inneholder ikke</translation>
    </message>
    <message>
      <source>any</source>
      <translation>hvilken som helst</translation>
    </message>
    <message>
      <source>first order</source>
      <translation>første ordre</translation>
    </message>
    <message>
      <source>second order</source>
      <translation>andre ordre</translation>
    </message>
    <message>
      <source>repeat customer</source>
      <translation>fast kunde</translation>
    </message>
    <message>
      <source>lapsed, now back</source>
      <translation>borte en stund, nå tilbake</translation>
    </message>
    <message>
      <source>Journey stage</source>
      <translation>Kundereise-fase</translation>
    </message>
    <message>
      <source>VIP customer</source>
      <translation>VIP-kunde</translation>
    </message>
    <message>
      <source>First order</source>
      <translation>Første ordre</translation>
    </message>
    <message>
      <source>Days since the last order (lapsed)</source>
      <translation>Dager siden forrige ordre (borte en stund)</translation>
    </message>
    <message>
      <source>Open incident</source>
      <translation>Åpen reklamasjon</translation>
    </message>
    <message>
      <source>damaged, late, wrong_item, missing_item</source>
      <translation>damaged, late, wrong_item, missing_item</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <source>two letters, e.g. NO</source>
      <translation>to bokstaver, f.eks. NO</translation>
    </message>
    <message>
      <source>en, nb, pl or fi</source>
      <translation>en, nb, pl eller fi</translation>
    </message>
    <message>
      <source>Order value</source>
      <translation>Ordreverdi</translation>
    </message>
    <message>
      <source>Orders before this one</source>
      <translation>Ordrer før denne</translation>
    </message>
    <message>
      <source>Items in a category</source>
      <translation>Varer i en kategori</translation>
    </message>
    <message>
      <source>a category</source>
      <translation>en kategori</translation>
    </message>
    <message>
      <source>merchant code</source>
      <translation>forhandlerkode</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <source>Customers who match</source>
      <translation>Kunder som oppfyller</translation>
    </message>
    <message>
      <source>all of these</source>
      <translation>alle disse</translation>
    </message>
    <message>
      <source>any of these</source>
      <translation>minst én av disse</translation>
    </message>
    <message>
      <source>Add condition</source>
      <translation>Legg til betingelse</translation>
    </message>
    <message>
      <source>Real orders</source>
      <translation>Ekte ordrer</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Laget</translation>
    </message>
    <message>
      <source>From mistakes</source>
      <translation>Fra feilene</translation>
    </message>
    <message>
      <source>Before (per 100 orders)</source>
      <translation>Før (per 100 ordrer)</translation>
    </message>
    <message>
      <source>Since (per 100 orders)</source>
      <translation>Siden (per 100 ordrer)</translation>
    </message>
    <message>
      <source>Lift the selected trainee's gate</source>
      <translation>Åpne sperren for valgt person under opplæring</translation>
    </message>
    <message>
      <source>Lift the gate</source>
      <translation>Åpne sperren</translation>
    </message>
    <message>
      <source>Training from the errors that happen</source>
      <translation>Opplæring ut fra feilene som skjer</translation>
    </message>
    <message>
      <source>A packer's recurring mistakes (same error on the same SKU) become their own training scenario on the training floor.</source>
      <translation>En pakkers gjentatte feil (samme feil på samme SKU) blir et eget øvingsscenario for pakkeren på øvingsgulvet.</translation>
    </message>
    <message>
      <source>Make a scenario from their mistakes</source>
      <translation>Lag et scenario av feilene</translation>
    </message>
    <message>
      <source>Save the required scenarios</source>
      <translation>Lagre de påkrevde scenarioene</translation>
    </message>
    <message numerus="yes">
      <source>Saved: %n scenario(s) required before real orders.</source>
      <translation>
        <numerusform>Lagret: %n scenario kreves før ekte ordrer.</numerusform>
        <numerusform>Lagret: %n scenarioer kreves før ekte ordrer.</numerusform>
      </translation>
    </message>
    <message>
      <source>{name} may claim real orders now.</source>
      <translation>{name} kan nå ta ekte ordrer.</translation>
    </message>
    <message>
      <source>Lead badge</source>
      <translation>Skiftleders kort</translation>
    </message>
    <message>
      <source>Select a trainee first.</source>
      <translation>Velg en person under opplæring først.</translation>
    </message>
    <message>
      <source>Ready on the training floor: “{title}” · Trainee: {name}</source>
      <translation>Klart på øvingsgulvet: «{title}» · Opplæring: {name}</translation>
    </message>
    <message>
      <source>Trainees and the gate before real orders</source>
      <translation>Personer under opplæring og sperren før ekte ordrer</translation>
    </message>
    <message>
      <source>Scenarios a trainee must pass on this floor</source>
      <translation>Scenarioer en person under opplæring må bestå på dette lageret</translation>
    </message>
    <message>
      <source>GATED</source>
      <translation>SPERRET</translation>
    </message>
    <message>
      <source>must still pass: {missing}</source>
      <translation>må fortsatt bestå: {missing}</translation>
    </message>
    <message>
      <source>allowed</source>
      <translation>tillatt</translation>
    </message>
    <message>
      <source>gate lifted by {lead}: {reason}</source>
      <translation>sperren åpnet av {lead}: {reason}</translation>
    </message>
    <message>
      <source>passed every required scenario</source>
      <translation>bestått alle påkrevde scenarioer</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Oversikt</translation>
    </message>
    <message>
      <source>Exception queue</source>
      <translation>Avvikskø</translation>
    </message>
    <message>
      <source>People and stations</source>
      <translation>Personer og stasjoner</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Bevis</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Reklamasjoner</translation>
    </message>
    <message>
      <source>Packstation — shift lead</source>
      <translation>Packstation — skiftleder</translation>
    </message>
    <message>
      <source>Shipment confirmations</source>
      <translation>Forsendelsesbekreftelser</translation>
    </message>
    <message>
      <source>&amp;Lead</source>
      <translation>&amp;Skiftleder</translation>
    </message>
    <message>
      <source>Packstation — {station}</source>
      <translation>Packstation — {station}</translation>
    </message>
    <message>
      <source>Station {station}</source>
      <translation>Stasjon {station}</translation>
    </message>
    <message>
      <source>Not possible now: {action}</source>
      <translation>Ikke mulig nå: {action}</translation>
    </message>
    <message>
      <source>CHECKING …</source>
      <translation>SJEKKER …</translation>
    </message>
    <message>
      <source>WELCOME</source>
      <translation>VELKOMMEN</translation>
    </message>
    <message>
      <source>{name} at {station}</source>
      <translation>{name} ved {station}</translation>
    </message>
    <message numerus="yes">
      <source>%v of %n unit(s)</source>
      <translation>
        <numerusform>%v av %n enhet</numerusform>
        <numerusform>%v av %n enheter</numerusform>
      </translation>
    </message>
    <message>
      <source>Packer: {name}</source>
      <translation>Pakker: {name}</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Logget ut</translation>
    </message>
    <message>
      <source>print queue</source>
      <translation>utskriftskø</translation>
    </message>
    <message>
      <source>Acknowledge first: press Esc or scan CMD-ACK. That scan was not counted.</source>
      <translation>Bekreft først: trykk Esc eller skann CMD-ACK. Den skanningen ble ikke talt med.</translation>
    </message>
    <message>
      <source>ORDER RESUMED</source>
      <translation>ORDRE GJENOPPTATT</translation>
    </message>
    <message>
      <source>Order {ref} continues where it was left.</source>
      <translation>Ordre {ref} fortsetter der den slapp.</translation>
    </message>
    <message>
      <source>STOP</source>
      <translation>STOPP</translation>
    </message>
    <message>
      <source>NOT DONE</source>
      <translation>IKKE UTFØRT</translation>
    </message>
    <message>
      <source>KEYBOARD LAYOUT</source>
      <translation>TASTATUROPPSETT</translation>
    </message>
    <message>
      <source>Finish or close the open dialog first (Esc).</source>
      <translation>Fullfør eller lukk den åpne dialogen først (Esc).</translation>
    </message>
    <message numerus="yes">
      <source>Signed out after %n idle minute(s)</source>
      <translation>
        <numerusform>Logget ut etter %n minutt uten aktivitet</numerusform>
        <numerusform>Logget ut etter %n minutter uten aktivitet</numerusform>
      </translation>
    </message>
    <message>
      <source>CAPS LOCK</source>
      <translation>CAPS LOCK ER PÅ</translation>
    </message>
    <message>
      <source>Type your PIN</source>
      <translation>Tast inn PIN-koden</translation>
    </message>
    <message>
      <source>then press Enter</source>
      <translation>og trykk Enter</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Noe gikk galt: {error}</translation>
    </message>
    <message>
      <source>Y  undamaged      N  damaged: take it out</source>
      <translation>Y  uskadet      N  skadet: ta den ut</translation>
    </message>
    <message>
      <source>Y  the date is fine      N  expired or too short</source>
      <translation>Y  datoen er i orden      N  utløpt eller for kort</translation>
    </message>
    <message>
      <source>Y  wrapped, FRAGILE sticker on the box      N  no sticker or cannot wrap it</source>
      <translation>Y  pakket inn, SKJØR-merke på esken      N  mangler merke eller kan ikke pakkes inn</translation>
    </message>
    <message>
      <source>Y  hazard mark on the box      N  no hazard mark at hand</source>
      <translation>Y  faremerke på esken      N  har ikke faremerke for hånden</translation>
    </message>
    <message>
      <source>Y  no prices on the slip, gift message in      N  prices shown or message missing</source>
      <translation>Y  ingen priser på følgeseddelen, gavehilsen lagt i      N  priser vises eller hilsen mangler</translation>
    </message>
    <message>
      <source>Damage check</source>
      <translation>Skadekontroll</translation>
    </message>
    <message>
      <source>Expiry check</source>
      <translation>Datokontroll</translation>
    </message>
    <message>
      <source>Serial numbers</source>
      <translation>Serienumre</translation>
    </message>
    <message>
      <source>Lot number</source>
      <translation>Partinummer</translation>
    </message>
    <message>
      <source>Weigh the box</source>
      <translation>Vei esken</translation>
    </message>
    <message>
      <source>Fragile sticker</source>
      <translation>SKJØR-merke</translation>
    </message>
    <message>
      <source>Hazard mark</source>
      <translation>Faremerke</translation>
    </message>
    <message>
      <source>Gift check</source>
      <translation>Gavekontroll</translation>
    </message>
    <message>
      <source>Serial number check</source>
      <translation>Serienummerkontroll</translation>
    </message>
    <message>
      <source>Lot check</source>
      <translation>Partikontroll</translation>
    </message>
    <message>
      <source>Fragile check</source>
      <translation>Kontroll av skjør vare</translation>
    </message>
    <message>
      <source>Hazardous goods check</source>
      <translation>Kontroll av farlig gods</translation>
    </message>
    <message>
      <source>packer</source>
      <translation>pakker</translation>
    </message>
    <message>
      <source>lead</source>
      <translation>skiftleder</translation>
    </message>
    <message>
      <source>trainer</source>
      <translation>instruktør</translation>
    </message>
    <message>
      <source>admin</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>new</source>
      <translation>ny</translation>
    </message>
    <message>
      <source>claimed</source>
      <translation>tatt</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>lukket</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>kansellert</translation>
    </message>
    <message>
      <source>Norwegian</source>
      <translation>norsk</translation>
    </message>
    <message>
      <source>Finnish</source>
      <translation>finsk</translation>
    </message>
    <message>
      <source>German</source>
      <translation>tysk</translation>
    </message>
    <message>
      <source>Polish (QWERTZ)</source>
      <translation>polsk (QWERTZ)</translation>
    </message>
    <message>
      <source>{name}: own mistakes</source>
      <translation>{name}: egne feil</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Klar</translation>
    </message>
    <message>
      <source>PRINTER FAULT</source>
      <translation>SKRIVERFEIL</translation>
    </message>
    <message>
      <source>{fault} Fix the printer, then press F7 to print again.</source>
      <translation>{fault} Rett feilen på skriveren, og trykk F7 for å skrive ut på nytt.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE UNITS</source>
      <translation>NESTE: SKANN VARENE</translation>
    </message>
    <message>
      <source>Scan every unit of the order.</source>
      <translation>Skann hver enhet i ordren.</translation>
    </message>
    <message>
      <source>NEXT: {check}</source>
      <translation>NESTE: {check}</translation>
    </message>
    <message>
      <source>{prompt} Press {key} (or scan CMD-STEP) to answer.</source>
      <translation>{prompt} Trykk {key} (eller skann CMD-STEP) for å svare.</translation>
    </message>
    <message>
      <source>a check</source>
      <translation>en kontroll</translation>
    </message>
    <message>
      <source>NEXT: FIX {check}</source>
      <translation>NESTE: RETT {check}</translation>
    </message>
    <message>
      <source>Do the check again (Insert) or ask a lead to override it (F11).</source>
      <translation>Gjør kontrollen på nytt (Insert) eller be skiftleder overstyre den (F11).</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE BOX</source>
      <translation>NESTE: SKANN ESKEN</translation>
    </message>
    <message>
      <source>Take box {box} and scan its barcode.</source>
      <translation>Ta esken {box} og skann strekkoden.</translation>
    </message>
    <message>
      <source>NEXT: SLIPS PRINTING</source>
      <translation>NESTE: SEDLER SKRIVES UT</translation>
    </message>
    <message>
      <source>Wait for the slips; F7 prints them again.</source>
      <translation>Vent på sedlene; F7 skriver dem ut på nytt.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE SLIPS</source>
      <translation>NESTE: SKANN SEDLENE</translation>
    </message>
    <message>
      <source>Scan each printed slip, then put it in the box.</source>
      <translation>Skann hver utskrevne seddel, og legg den i esken.</translation>
    </message>
    <message>
      <source>NEXT: LABEL PRINTING</source>
      <translation>NESTE: ETIKETTEN SKRIVES UT</translation>
    </message>
    <message>
      <source>Wait for the label; F7 prints it again.</source>
      <translation>Vent på etiketten; F7 skriver den ut på nytt.</translation>
    </message>
    <message>
      <source>NEXT: SCAN THE LABEL</source>
      <translation>NESTE: SKANN ETIKETTEN</translation>
    </message>
    <message>
      <source>Stick the label on the box, then scan it.</source>
      <translation>Fest etiketten på esken, og skann den.</translation>
    </message>
    <message>
      <source>NEXT: CLOSE THE ORDER</source>
      <translation>NESTE: AVSLUTT ORDREN</translation>
    </message>
    <message>
      <source>Everything is checked: press F12 or scan CMD-CLOSE.</source>
      <translation>Alt er kontrollert: trykk F12 eller skann CMD-CLOSE.</translation>
    </message>
    <message>
      <source>NEXT: SCAN {sku}</source>
      <translation>NESTE: SKANN {sku}</translation>
    </message>
    <message>
      <source>From bin {bin}: {description}</source>
      <translation>Fra lokasjon {bin}: {description}</translation>
    </message>
    <message>
      <source>NEXT: WEIGH AGAIN</source>
      <translation>NESTE: VEI PÅ NYTT</translation>
    </message>
    <message>
      <source>Check the box for a missing or extra item, then F6 to weigh it again, or F11 for a lead's override.</source>
      <translation>Se etter en manglende eller ekstra vare i esken, og trykk F6 for å veie på nytt, eller F11 for overstyring av skiftleder.</translation>
    </message>
    <message>
      <source>serial</source>
      <translation>serienummer</translation>
    </message>
    <message>
      <source>fragile</source>
      <translation>skjørt</translation>
    </message>
    <message>
      <source>hazmat</source>
      <translation>farlig gods</translation>
    </message>
    <message>
      <source>this side up</source>
      <translation>denne side opp</translation>
    </message>
    <message>
      <source>lot {lot}</source>
      <translation>parti {lot}</translation>
    </message>
    <message>
      <source>lot</source>
      <translation>parti</translation>
    </message>
    <message>
      <source>Pack an order at this bench</source>
      <translation>Pakk en ordre på denne pakkeplassen</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Logg ut</translation>
    </message>
    <message>
      <source>Scan an order or tote barcode</source>
      <translation>Skann strekkoden til en ordre eller kasse</translation>
    </message>
    <message>
      <source>or press F3 for the next order; Ctrl+D: back to the lead window</source>
      <translation>eller trykk F3 for neste ordre; Ctrl+D: tilbake til skiftleders vindu</translation>
    </message>
    <message>
      <source>Only a shift lead or an admin can open the lead window.</source>
      <translation>Bare en skiftleder eller administrator kan åpne skiftleders vindu.</translation>
    </message>
    <message>
      <source>Finish or suspend order {ref} first.</source>
      <translation>Fullfør eller sett ordre {ref} på vent først.</translation>
    </message>
    <message>
      <source>Ship {sku} as is: put the label on the product</source>
      <translation>Send {sku} som den er: sett etiketten på produktet</translation>
    </message>
    <message>
      <source>Use {box}; wrap fragile items first</source>
      <translation>Bruk {box}; pakk inn skjøre varer først</translation>
    </message>
    <message>
      <source>Use {box}; fill with {fill}</source>
      <translation>Bruk {box}; fyll med {fill}</translation>
    </message>
    <message>
      <source>Use {box}</source>
      <translation>Bruk {box}</translation>
    </message>
    <message>
      <source>Use {box}; wrap fragile items first; fill with {fill}</source>
      <translation>Bruk {box}; pakk inn skjøre varer først; fyll med {fill}</translation>
    </message>
    <message>
      <source>Box {n}: {box} — fill: {fill}</source>
      <translation>Eske {n}: {box} — fyll: {fill}</translation>
    </message>
    <message>
      <source>Not in a box: {qty} × {sku} — {reason}</source>
      <translation>Ikke i eske: {qty} × {sku} — {reason}</translation>
    </message>
    <message>
      <source>Cost: boxes {boxes} + fill {fill} + shipping {ship} = {total}</source>
      <translation>Kostnad: esker {boxes} + fyll {fill} + frakt {ship} = {total}</translation>
    </message>
    <message>
      <source>No box proposal yet: scan any box barcode to choose one.</source>
      <translation>Ingen eskeforslag ennå: skann strekkoden til en eske for å velge.</translation>
    </message>
    <message>
      <source>Box confirmed: {codes}</source>
      <translation>Eske bekreftet: {codes}</translation>
    </message>
    <message>
      <source>Scan the box barcode {codes} to confirm (another box overrides).</source>
      <translation>Skann eskens strekkode {codes} for å bekrefte (en annen eske overstyrer).</translation>
    </message>
    <message>
      <source>Packstation — first start</source>
      <translation>Packstation — første oppstart</translation>
    </message>
    <message>
      <source>This database is new</source>
      <translation>Denne databasen er ny</translation>
    </message>
    <message>
      <source>Nobody can sign in yet. Set this site up for real work, or open the training floor to try Packstation on demo orders.</source>
      <translation>Ingen kan logge inn ennå. Sett opp dette lageret for ekte arbeid, eller åpne opplæringsgulvet for å prøve Packstation på demoordrer.</translation>
    </message>
    <message>
      <source>&amp;Set up this site</source>
      <translation>&amp;Sett opp dette lageret</translation>
    </message>
    <message>
      <source>The first admin's badge and PIN, the site's name, the GS1 company prefix for shipping labels and the printers of this bench.</source>
      <translation>Den første administratorens kort og PIN, lagerets navn, GS1-firmaprefikset for fraktetiketter og skriverne på denne pakkeplassen.</translation>
    </message>
    <message>
      <source>Open the &amp;training floor</source>
      <translation>Åpne &amp;opplæringsgulvet</translation>
    </message>
    <message>
      <source>Demo orders and demo users in a separate training database, with a TRAINING banner. Nothing from it can ship; this database stays empty.</source>
      <translation>Demoordrer og demobrukere i en egen opplæringsdatabase, med et OPPLÆRING-banner. Ingenting derfra kan sendes; denne databasen forblir tom.</translation>
    </message>
    <message>
      <source>Set up this site (bench {station})</source>
      <translation>Sett opp dette lageret (pakkeplass {station})</translation>
    </message>
    <message>
      <source>6-12 digits from GS1; empty: GS1's example prefix for now</source>
      <translation>6–12 sifre fra GS1; tomt: GS1s eksempelprefiks inntil videre</translation>
    </message>
    <message>
      <source>Enter moves to the next field; Enter on the last one sets the site up. Esc goes back.</source>
      <translation>Enter går til neste felt; Enter i det siste setter opp lageret. Esc går tilbake.</translation>
    </message>
    <message>
      <source>Set up the site</source>
      <translation>Sett opp lageret</translation>
    </message>
    <message>
      <source>Site name</source>
      <translation>Lagerets navn</translation>
    </message>
    <message>
      <source>First admin's name</source>
      <translation>Navn på første administrator</translation>
    </message>
    <message>
      <source>Admin badge (scan it)</source>
      <translation>Administratorens kort (skann det)</translation>
    </message>
    <message>
      <source>Admin PIN (6-12 digits)</source>
      <translation>Administratorens PIN (6–12 sifre)</translation>
    </message>
    <message>
      <source>PIN again</source>
      <translation>PIN en gang til</translation>
    </message>
    <message>
      <source>GS1 company prefix</source>
      <translation>GS1-firmaprefiks</translation>
    </message>
    <message>
      <source>Label printer</source>
      <translation>Etikettskriver</translation>
    </message>
    <message>
      <source>Document printer</source>
      <translation>Dokumentskriver</translation>
    </message>
    <message>
      <source>tcp://HOST:9100, system:NAME, or empty for PDF files</source>
      <translation>tcp://VERT:9100, system:NAVN, eller tomt for PDF-filer</translation>
    </message>
    <message>
      <source>The two PINs differ; type the same PIN twice.</source>
      <translation>De to PIN-kodene er ulike; skriv samme PIN to ganger.</translation>
    </message>
    <message>
      <source>Scan your badge, type your PIN, press Enter.</source>
      <translation>Skann kortet ditt, skriv PIN-koden og trykk Enter.</translation>
    </message>
    <message>
      <source>Type a code:</source>
      <translation>Skriv inn en kode:</translation>
    </message>
    <message>
      <source>a code from a damaged label, then Enter ({key})</source>
      <translation>en kode fra en skadet etikett, så Enter ({key})</translation>
    </message>
    <message>
      <source>or press F3 (scan CMD-NEXT) for the next order in the queue</source>
      <translation>eller trykk F3 (skann CMD-NEXT) for neste ordre i køen</translation>
    </message>
    <message>
      <source>GIFT</source>
      <translation>GAVE</translation>
    </message>
    <message>
      <source>Order {ref} — {merchant} — {customer}</source>
      <translation>Ordre {ref} — {merchant} — {customer}</translation>
    </message>
    <message>
      <source>Next: {sku} from bin {bin}</source>
      <translation>Neste: {sku} fra lokasjon {bin}</translation>
    </message>
    <message numerus="yes">
      <source>… and %n more check(s)</source>
      <translation>
        <numerusform>… og %n kontroll til</numerusform>
        <numerusform>… og %n kontroller til</numerusform>
      </translation>
    </message>
    <message>
      <source>Failed: {check} — fix it or ask a lead (F11)</source>
      <translation>Avvist: {check} — rett det eller spør en skiftleder (F11)</translation>
    </message>
    <message>
      <source>Printer fault</source>
      <translation>Skriverfeil</translation>
    </message>
    <message>
      <source>Checked by lead: OK to ship</source>
      <translation>Kontrollert av skiftleder: kan sendes</translation>
    </message>
    <message>
      <source>Customer agreed</source>
      <translation>Kunden har godtatt</translation>
    </message>
    <message>
      <source>Replacement not in stock: short ship</source>
      <translation>Erstatning ikke på lager: send med mangel</translation>
    </message>
    <message>
      <source>Scale fault</source>
      <translation>Feil på vekten</translation>
    </message>
    <message>
      <source>Label printer fault</source>
      <translation>Feil på etikettskriveren</translation>
    </message>
    <message>
      <source>Lead override</source>
      <translation>Overstyring av skiftleder</translation>
    </message>
    <message>
      <source>A lead scans their badge, types their PIN and gives the reason.</source>
      <translation>En skiftleder skanner kortet sitt, taster PIN-koden og oppgir årsaken.</translation>
    </message>
    <message>
      <source>scan the lead's badge</source>
      <translation>skann skiftlederens kort</translation>
    </message>
    <message>
      <source>Scan the lead's badge first.</source>
      <translation>Skann skiftlederens kort først.</translation>
    </message>
    <message>
      <source>The lead's PIN is required; a badge alone is not enough.</source>
      <translation>Skiftlederens PIN-kode kreves; kortet alene er ikke nok.</translation>
    </message>
    <message>
      <source>Give a reason.</source>
      <translation>Oppgi en årsak.</translation>
    </message>
    <message>
      <source>Enter quantity</source>
      <translation>Angi antall</translation>
    </message>
    <message>
      <source>Keys and commands</source>
      <translation>Taster og kommandoer</translation>
    </message>
    <message>
      <source>Press the key, or scan the command barcode from the printed cheat sheet.</source>
      <translation>Trykk tasten, eller skann kommandostrekkoden fra det utskrevne oversiktsarket.</translation>
    </message>
    <message>
      <source>Enter  confirm      Esc  cancel</source>
      <translation>Enter  bekreft      Esc  avbryt</translation>
    </message>
    <message>
      <source>Type a whole number of units, e.g. 24.</source>
      <translation>Tast inn et helt antall enheter, f.eks. 24.</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Tast</translation>
    </message>
    <message>
      <source>Command barcode</source>
      <translation>Kommandostrekkode</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Hva den gjør</translation>
    </message>
    <message>
      <source>Captured: {done}/{wanted} — {values}</source>
      <translation>Registrert: {done}/{wanted} — {values}</translation>
    </message>
    <message>
      <source>S or F6  read the scale      Enter  record the typed weight</source>
      <translation>S eller F6  les av vekten      Enter  registrer den innskrevne vekten</translation>
    </message>
    <message>
      <source>grams</source>
      <translation>gram</translation>
    </message>
    <message>
      <source>Done: put the box on the scale and press S.</source>
      <translation>Ferdig: sett esken på vekten og trykk S.</translation>
    </message>
    <message>
      <source>Reading the scale ...</source>
      <translation>Leser vekten ...</translation>
    </message>
    <message>
      <source>Scale: {grams} g (stable)</source>
      <translation>Vekt: {grams} g (stabil)</translation>
    </message>
    <message>
      <source>Scan, or type and press Enter</source>
      <translation>Skann, eller tast inn og trykk Enter</translation>
    </message>
    <message>
      <source>Put the damaged unit aside and scan a replacement unit.</source>
      <translation>Legg den skadde enheten til side og skann en erstatningsenhet.</translation>
    </message>
    <message>
      <source>Waiting for the replacement scan…</source>
      <translation>Venter på skanning av erstatningen…</translation>
    </message>
    <message>
      <source>Z  zero the empty scale      T  tare what is on it</source>
      <translation>Z  nullstill den tomme vekten      T  tarer det som står på den</translation>
    </message>
    <message>
      <source>No reading from the scale: type the weight in grams.</source>
      <translation>Ingen avlesning fra vekten: tast inn vekten i gram.</translation>
    </message>
    <message>
      <source>Type the weight in whole grams, e.g. 1250.</source>
      <translation>Tast inn vekten i hele gram, f.eks. 1250.</translation>
    </message>
    <message>
      <source>{value} was already captured.</source>
      <translation>{value} er allerede registrert.</translation>
    </message>
    <message>
      <source>Zeroing the scale ...</source>
      <translation>Nullstiller vekten ...</translation>
    </message>
    <message>
      <source>Taring the scale ...</source>
      <translation>Tarerer vekten ...</translation>
    </message>
    <message>
      <source>PIN, then Enter</source>
      <translation>PIN, deretter Enter</translation>
    </message>
    <message>
      <source>Language ({key}):</source>
      <translation>Språk ({key}):</translation>
    </message>
    <message>
      <source>Scan your badge to start</source>
      <translation>Skann kortet ditt for å starte</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>skrives ut</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>skrevet ut</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>feilet</translation>
    </message>
    <message>
      <source>did it print?</source>
      <translation>ble det skrevet ut?</translation>
    </message>
    <message>
      <source>Inserts</source>
      <translation>Innlegg</translation>
    </message>
    <message>
      <source>Packing slip</source>
      <translation>Pakkseddel</translation>
    </message>
    <message>
      <source>Returns slip</source>
      <translation>Returseddel</translation>
    </message>
    <message>
      <source>Return label</source>
      <translation>Returetikett</translation>
    </message>
    <message>
      <source>The station stopped while it was printing. Document: {document} · Order: {order}. Did it come out of the printer?</source>
      <translation>Stasjonen stoppet under utskrift. Dokument: {document} · Ordre: {order}. Kom det ut av skriveren?</translation>
    </message>
    <message>
      <source>The station stopped while it was printing. Document: {document}. Did it come out of the printer?</source>
      <translation>Stasjonen stoppet under utskrift. Dokument: {document}. Kom det ut av skriveren?</translation>
    </message>
    <message>
      <source>Did it print?</source>
      <translation>Ble det skrevet ut?</translation>
    </message>
    <message>
      <source>Enter  yes, it printed      F7  no, print it again      Esc  later</source>
      <translation>Enter  ja, den ble skrevet ut      F7  nei, skriv ut på nytt      Esc  senere</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Utskrift</translation>
    </message>
    <message>
      <source>Slips and label</source>
      <translation>Sedler og etikett</translation>
    </message>
    <message>
      <source>A label you can scan on the box counts as printed.</source>
      <translation>En etikett du kan skanne på esken, regnes som skrevet ut.</translation>
    </message>
    <message>
      <source>DATABASE FAULT — {jobs}. Nothing printed is lost: when the database is back, scan the label; F7 reprints only if it did not come out.</source>
      <translation>DATABASEFEIL — {jobs}. Ingenting som er skrevet ut, går tapt: når databasen er tilbake, skann etiketten; F7 skriver ut på nytt bare hvis den ikke kom ut.</translation>
    </message>
    <message>
      <source>☐ Slip {code}: scan it, then put it in the box</source>
      <translation>☐ Seddel {code}: skann den, og legg den i esken</translation>
    </message>
    <message>
      <source>☐ Label {code}: stick it on the box, then scan it</source>
      <translation>☐ Etikett {code}: fest den på esken, og skann den</translation>
    </message>
    <message>
      <source>Everything checked: F12 or scan CMD-CLOSE to close the order.</source>
      <translation>Alt er kontrollert: trykk F12 eller skann CMD-CLOSE for å avslutte ordren.</translation>
    </message>
    <message>
      <source>document</source>
      <translation>dokument</translation>
    </message>
    <message>
      <source>PRINTER FAULT: {documents} — F7</source>
      <translation>SKRIVERFEIL: {documents} — F7</translation>
    </message>
    <message>
      <source>Scan each printed slip and the label to prove they are in and on the box.</source>
      <translation>Skann hver utskrevne seddel og etiketten for å bekrefte at de er i og på esken.</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Skriver ut…</translation>
    </message>
    <message>
      <source>{document} — did it print? Enter = yes, F7 = print again</source>
      <translation>{document} — ble den skrevet ut? Enter = ja, F7 = skriv ut på nytt</translation>
    </message>
    <message>
      <source>paper out</source>
      <translation>tomt for papir</translation>
    </message>
    <message>
      <source>ribbon out</source>
      <translation>tomt for fargebånd</translation>
    </message>
    <message>
      <source>head open</source>
      <translation>skrivehodet er åpent</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>satt på pause</translation>
    </message>
    <message>
      <source>buffer full</source>
      <translation>bufferen er full</translation>
    </message>
    <message>
      <source>not answering</source>
      <translation>svarer ikke</translation>
    </message>
    <message>
      <source>folder cannot be written</source>
      <translation>mappen kan ikke skrives til</translation>
    </message>
    <message>
      <source>not found</source>
      <translation>ikke funnet</translation>
    </message>
    <message>
      <source>bad setting</source>
      <translation>feil innstilling</translation>
    </message>
    <message>
      <source>{printer}: {problems}</source>
      <translation>{printer}: {problems}</translation>
    </message>
    <message>
      <source>{printer}: ready</source>
      <translation>{printer}: klar</translation>
    </message>
    <message>
      <source>{printer}: status unknown</source>
      <translation>{printer}: ukjent status</translation>
    </message>
    <message>
      <source>Press Esc or scan CMD-ACK to continue</source>
      <translation>Trykk Esc eller skann CMD-ACK for å fortsette</translation>
    </message>
    <message>
      <source>Packstation — keys and command barcodes</source>
      <translation>Packstation — taster og kommandostrekkoder</translation>
    </message>
    <message>
      <source>Press the key, or scan the barcode. A red STOP needs Esc or CMD-ACK.</source>
      <translation>Trykk tasten, eller skann strekkoden. Et rødt STOPP krever Esc eller CMD-ACK.</translation>
    </message>
    <message>
      <source>FROM</source>
      <translation>Fra</translation>
    </message>
    <message>
      <source>SHIP TO</source>
      <translation>Til</translation>
    </message>
    <message>
      <source>TRACKING</source>
      <translation>Sporing</translation>
    </message>
    <message>
      <source>FRAGILE</source>
      <translation>SKJØRT</translation>
    </message>
    <message>
      <source>THIS SIDE UP</source>
      <translation>DENNE SIDEN OPP</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Kolli</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Vekt</translation>
    </message>
    <message>
      <source>Dims</source>
      <translation>Mål</translation>
    </message>
    <message>
      <source>A lead's override made it go away. Expected: {actions}</source>
      <translation>En skiftleders overstyring fjernet den. Forventet: {actions}</translation>
    </message>
    <message>
      <source>Noticed, but not handled. Still to do: {actions}</source>
      <translation>Oppdaget, men ikke håndtert. Gjenstår: {actions}</translation>
    </message>
    <message>
      <source>Missed. Expected: {actions}</source>
      <translation>Oversett. Forventet: {actions}</translation>
    </message>
    <message>
      <source>Finished: {time}</source>
      <translation>Ferdig: {time}</translation>
    </message>
    <message>
      <source>not finished</source>
      <translation>ikke fullført</translation>
    </message>
    <message>
      <source>Hints: on</source>
      <translation>Hint: på</translation>
    </message>
    <message>
      <source>Hints: off (exam)</source>
      <translation>Hint: av (prøve)</translation>
    </message>
    <message>
      <source>Scorecard: {name}</source>
      <translation>Resultatkort: {name}</translation>
    </message>
    <message>
      <source>Scenario: {title}</source>
      <translation>Scenario: {title}</translation>
    </message>
    <message>
      <source>Trend over this trainee's attempts at this scenario</source>
      <translation>Utvikling over denne personens forsøk på dette scenarioet</translation>
    </message>
    <message>
      <source>Scorecard</source>
      <translation>Resultatkort</translation>
    </message>
    <message>
      <source>Errors injected</source>
      <translation>Feil lagt inn</translation>
    </message>
    <message>
      <source>Overrides asked</source>
      <translation>Overstyringer bedt om</translation>
    </message>
    <message>
      <source>Own errors</source>
      <translation>Egne feil</translation>
    </message>
    <message>
      <source>Injected error</source>
      <translation>Innlagt feil</translation>
    </message>
    <message>
      <source>What happened / what was expected</source>
      <translation>Hva skjedde / hva var forventet</translation>
    </message>
    <message>
      <source>Attempt</source>
      <translation>Forsøk</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Del</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>Måltall</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Verdi</translation>
    </message>
    <message>
      <source>single unit</source>
      <translation>én enhet</translation>
    </message>
    <message>
      <source>single line</source>
      <translation>én linje</translation>
    </message>
    <message>
      <source>multi-line</source>
      <translation>flere linjer</translation>
    </message>
    <message>
      <source>no errors</source>
      <translation>ingen feil</translation>
    </message>
    <message>
      <source>Errors by packer and type</source>
      <translation>Feil per pakker og type</translation>
    </message>
    <message>
      <source>Errors by station and type</source>
      <translation>Feil per stasjon og type</translation>
    </message>
    <message>
      <source>blue: orders closed   red: errors</source>
      <translation>blå: lukkede ordrer   rød: feil</translation>
    </message>
    <message>
      <source>Packstation shift report</source>
      <translation>Packstation skiftrapport</translation>
    </message>
    <message>
      <source>page {page}</source>
      <translation>side {page}</translation>
    </message>
    <message>
      <source>On time and in full</source>
      <translation>I tide og komplett</translation>
    </message>
    <message>
      <source>On time: closed at the bench by the order's ship-by time (orders with one). OTIF: on time and no unit short-shipped. Order-to-ship: placed to closed. At risk: open orders due within 2 hours or overdue, when the report was made.</source>
      <translation>I tide: lukket ved pakkebordet innen ordrens sendefrist (ordrer som har en). OTIF: i tide og ingen enhet sendt ufullstendig. Bestilt til sendt: fra bestilling til lukket. I fare: åpne ordrer med frist innen 2 timer eller forsinket, da rapporten ble laget.</translation>
    </message>
    <message>
      <source>Shift report</source>
      <translation>Skiftrapport</translation>
    </message>
    <message>
      <source>Units/h</source>
      <translation>Enheter/t</translation>
    </message>
    <message>
      <source>Avg pack time</source>
      <translation>Snitt pakketid</translation>
    </message>
    <message>
      <source>Orders with error</source>
      <translation>Ordrer med feil</translation>
    </message>
    <message>
      <source>Packers (adjusted for order complexity)</source>
      <translation>Pakkere (justert for ordrenes kompleksitet)</translation>
    </message>
    <message>
      <source>Time and error ratios compare each packer with the floor's mean for the same mix of single-unit, single-line and multi-line orders: 1.00 is the floor, below 1 is faster / fewer errors.</source>
      <translation>Tids- og feilforhold sammenligner hver pakker med snittet på gulvet for samme blanding av ordrer med én enhet, én linje og flere linjer: 1,00 er gulvet, under 1 er raskere / færre feil.</translation>
    </message>
    <message>
      <source>The floor by order class</source>
      <translation>Gulvet etter ordretype</translation>
    </message>
    <message>
      <source>Order class</source>
      <translation>Ordretype</translation>
    </message>
    <message>
      <source>local time</source>
      <translation>lokal tid</translation>
    </message>
    <message>
      <source>nothing closed in this range</source>
      <translation>ingenting lukket i dette tidsrommet</translation>
    </message>
    <message>
      <source>TRAINING — not real figures</source>
      <translation>OPPLÆRING — ikke ekte tall</translation>
    </message>
    <message>
      <source>Stations: {stations}</source>
      <translation>Stasjoner: {stations}</translation>
    </message>
    <message>
      <source>Generated: {time}</source>
      <translation>Laget: {time}</translation>
    </message>
    <message>
      <source>all</source>
      <translation>alle</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>TOO MANY</source>
      <translation>FOR MANGE</translation>
    </message>
    <message>
      <source>WRONG ITEM</source>
      <translation>FEIL VARE</translation>
    </message>
    <message>
      <source>UNKNOWN BARCODE</source>
      <translation>UKJENT STREKKODE</translation>
    </message>
    <message>
      <source>MISREAD — SCAN AGAIN</source>
      <translation>FEILLEST — SKANN PÅ NYTT</translation>
    </message>
    <message>
      <source>EXPIRED</source>
      <translation>UTLØPT</translation>
    </message>
    <message>
      <source>SHELF LIFE TOO SHORT</source>
      <translation>FOR KORT HOLDBARHET</translation>
    </message>
    <message>
      <source>WRONG LOT</source>
      <translation>FEIL PARTI</translation>
    </message>
    <message>
      <source>SCAN THE SERIAL</source>
      <translation>SKANN SERIENUMMERET</translation>
    </message>
    <message>
      <source>SERIAL ALREADY SHIPPED</source>
      <translation>SERIENUMMER ALLEREDE SENDT</translation>
    </message>
    <message>
      <source>SCAN EACH UNIT</source>
      <translation>SKANN HVER ENHET</translation>
    </message>
    <message>
      <source>NOT AN ITEM</source>
      <translation>IKKE EN VARE</translation>
    </message>
    <message>
      <source>SCANNED TWICE?</source>
      <translation>SKANNET TO GANGER?</translation>
    </message>
    <message>
      <source>ALREADY COUNTED</source>
      <translation>ALLEREDE TELT</translation>
    </message>
    <message>
      <source>BOX OK</source>
      <translation>ESKE OK</translation>
    </message>
    <message>
      <source>BOX CHANGED</source>
      <translation>ESKE ENDRET</translation>
    </message>
    <message>
      <source>SLIP OK</source>
      <translation>SEDDEL OK</translation>
    </message>
    <message>
      <source>WRONG SLIP</source>
      <translation>FEIL SEDDEL</translation>
    </message>
    <message>
      <source>LABEL OK</source>
      <translation>ETIKETT OK</translation>
    </message>
    <message>
      <source>WRONG LABEL</source>
      <translation>FEIL ETIKETT</translation>
    </message>
    <message>
      <source>LABEL NOT PRINTED</source>
      <translation>ETIKETTEN ER IKKE SKREVET UT</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>KOMMANDO</translation>
    </message>
    <message>
      <source>BOX DOES NOT FIT</source>
      <translation>ESKEN PASSER IKKE</translation>
    </message>
    <message>
      <source>QC PASSED</source>
      <translation>KONTROLL OK</translation>
    </message>
    <message>
      <source>QC FAILED</source>
      <translation>KONTROLL FEILET</translation>
    </message>
    <message>
      <source>WEIGHT OK</source>
      <translation>VEKT OK</translation>
    </message>
    <message>
      <source>WEIGHT MISMATCH</source>
      <translation>FEIL VEKT</translation>
    </message>
    <message>
      <source>UNDONE</source>
      <translation>ANGRET</translation>
    </message>
    <message>
      <source>UNIT REMOVED</source>
      <translation>ENHET FJERNET</translation>
    </message>
    <message>
      <source>NOTHING TO UNDO</source>
      <translation>INGENTING Å ANGRE</translation>
    </message>
    <message>
      <source>{sku} — {scanned} of {ordered}</source>
      <translation>{sku} — {scanned} av {ordered}</translation>
    </message>
    <message>
      <source>{sku} needs only {ordered}. Take the extra unit out of the box.</source>
      <translation>{sku} trenger bare {ordered}. Ta den ekstra enheten ut av esken.</translation>
    </message>
    <message numerus="yes">
      <source>This scan counts %n unit(s) but line {line_no} needs only {remaining} more. Open the pack or scan single units.</source>
      <translation>
        <numerusform>Denne skanningen teller %n enhet, men linje {line_no} trenger bare {remaining} til. Åpne pakken eller skann enkeltenheter.</numerusform>
        <numerusform>Denne skanningen teller %n enheter, men linje {line_no} trenger bare {remaining} til. Åpne pakken eller skann enkeltenheter.</numerusform>
      </translation>
    </message>
    <message>
      <source>Line {line_no} needs only {remaining} more.</source>
      <translation>Linje {line_no} trenger bare {remaining} til.</translation>
    </message>
    <message>
      <source>Type a quantity of at least 1.</source>
      <translation>Skriv inn et antall på minst 1.</translation>
    </message>
    <message>
      <source>{sku} is not in this order. Put it aside.</source>
      <translation>{sku} er ikke i denne ordren. Legg den til side.</translation>
    </message>
    <message>
      <source>Barcode {barcode} is not in the catalogue. Put the item aside for a lead.</source>
      <translation>Strekkoden {barcode} finnes ikke i katalogen. Legg varen til side for skiftlederen.</translation>
    </message>
    <message>
      <source>Nothing was read. Scan the item again.</source>
      <translation>Ingenting ble lest. Skann varen på nytt.</translation>
    </message>
    <message>
      <source>{got} matches nothing: the scanner types for a US keyboard and meant {meant}. Set the scanner's keyboard country to this PC's layout ({layout}), or the PC's keyboard layout to English (US). Nothing was accepted: scan again after the change.</source>
      <translation>{got} passer ikke med noe: skanneren skriver som et amerikansk tastatur og mente {meant}. Sett skannerens tastaturland til denne PC-ens oppsett ({layout}), eller PC-ens tastaturoppsett til engelsk (USA). Ingenting ble godtatt: skann på nytt etter endringen.</translation>
    </message>
    <message>
      <source>{got} matches nothing; with Caps Lock off it reads {meant}. Turn Caps Lock off (or set the scanner to ignore Caps Lock), then scan again.</source>
      <translation>{got} passer ikke med noe; med Caps Lock av blir det {meant}. Slå av Caps Lock (eller still skanneren til å overse Caps Lock), og skann på nytt.</translation>
    </message>
    <message>
      <source>{barcode} is not a box we know. Scan the barcode on the box.</source>
      <translation>{barcode} er ikke en eske vi kjenner. Skann strekkoden på esken.</translation>
    </message>
    <message>
      <source>{barcode} is not a command this station knows. Use the keys or the cheat sheet.</source>
      <translation>{barcode} er ikke en kommando denne stasjonen kjenner. Bruk tastene eller oversiktsarket.</translation>
    </message>
    <message>
      <source>The barcode {barcode} has a wrong check digit. Scan it again or type the code from the label; if it repeats, put the item aside for a lead.</source>
      <translation>Strekkoden {barcode} har feil kontrollsiffer. Skann den på nytt eller skriv inn koden fra etiketten; skjer det igjen, legg varen til side for skiftlederen.</translation>
    </message>
    <message>
      <source>This unit expired on {expiry}. Put it aside and take another.</source>
      <translation>Denne enheten gikk ut på dato {expiry}. Legg den til side og ta en annen.</translation>
    </message>
    <message numerus="yes">
      <source>This unit expires in %n day(s); {sku} must have at least {min_days}. Take a fresher unit.</source>
      <translation>
        <numerusform>Denne enheten går ut på dato om %n dag; {sku} må ha minst {min_days}. Ta en ferskere enhet.</numerusform>
        <numerusform>Denne enheten går ut på dato om %n dager; {sku} må ha minst {min_days}. Ta en ferskere enhet.</numerusform>
      </translation>
    </message>
    <message>
      <source>Line {line_no} needs lot {lot_required}; this unit is lot {lot}. Use a unit from the right lot.</source>
      <translation>Linje {line_no} krever parti {lot_required}; denne enheten er parti {lot}. Bruk en enhet fra riktig parti.</translation>
    </message>
    <message>
      <source>{sku} needs its serial number: scan the barcode that carries the serial.</source>
      <translation>{sku} trenger serienummeret sitt: skann strekkoden med serienummeret.</translation>
    </message>
    <message>
      <source>{sku} is serialised: scan each unit's own serial barcode.</source>
      <translation>{sku} har serienummer: skann hver enhets egen serienummerstrekkode.</translation>
    </message>
    <message>
      <source>Serial {serial} of {sku} has already been packed. Put this unit aside for a lead.</source>
      <translation>Serienummer {serial} for {sku} er allerede pakket. Legg denne enheten til side for skiftlederen.</translation>
    </message>
    <message>
      <source>{sku} must be scanned one unit at a time, not as a pack. Scan each unit.</source>
      <translation>{sku} skal skannes én enhet om gangen, ikke som pakke. Skann hver enhet.</translation>
    </message>
    <message>
      <source>{sku} must be scanned unit by unit.</source>
      <translation>{sku} skal skannes enhet for enhet.</translation>
    </message>
    <message numerus="yes">
      <source>At most %n unit(s) of {sku} may be typed at once.</source>
      <translation>
        <numerusform>Du kan skrive inn høyst %n enhet av {sku} om gangen.</numerusform>
        <numerusform>Du kan skrive inn høyst %n enheter av {sku} om gangen.</numerusform>
      </translation>
    </message>
    <message>
      <source>That is not an item's barcode. Scan the barcode on the item.</source>
      <translation>Det er ikke strekkoden til en vare. Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>That is a box barcode. Scan the barcode on the item.</source>
      <translation>Det er strekkoden til en eske. Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>That is a slip barcode. Scan the barcode on the item.</source>
      <translation>Det er strekkoden til en seddel. Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>That is a shipping label. Scan the barcode on the item.</source>
      <translation>Det er en fraktetikett. Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>That is a shipping label (SSCC). Scan the barcode on the item.</source>
      <translation>Det er en fraktetikett (SSCC). Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>That is an order barcode. Scan the barcode on the item.</source>
      <translation>Det er strekkoden til en ordre. Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>That is a tote barcode. Scan the barcode on the item.</source>
      <translation>Det er strekkoden til en plukkekasse. Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>That is a badge. Scan the barcode on the item.</source>
      <translation>Det er et ansattkort. Skann strekkoden på varen.</translation>
    </message>
    <message>
      <source>The same unit twice in a moment. Scan each unit once.</source>
      <translation>Samme enhet to ganger på et øyeblikk. Skann hver enhet én gang.</translation>
    </message>
    <message>
      <source>This scan was already counted; nothing changed.</source>
      <translation>Denne skanningen er allerede telt; ingenting ble endret.</translation>
    </message>
    <message>
      <source>Command {command}</source>
      <translation>Kommando {command}</translation>
    </message>
    <message>
      <source>The order is open: scan the items.</source>
      <translation>Ordren er åpnet: skann varene.</translation>
    </message>
    <message>
      <source>Box {box} OK.</source>
      <translation>Eske {box} OK.</translation>
    </message>
    <message>
      <source>Box {box} instead of the planned {planned}: noted as a deviation.</source>
      <translation>Eske {box} i stedet for planlagt {planned}: registrert som avvik.</translation>
    </message>
    <message>
      <source>Box {box} instead of the planned {planned}: noted as a deviation ({difference} against the plan).</source>
      <translation>Eske {box} i stedet for planlagt {planned}: registrert som avvik ({difference} mot planen).</translation>
    </message>
    <message>
      <source>The contents of package {package_no} do not fit in box {box}. Take the planned {planned} or a box that fits.</source>
      <translation>Innholdet i kolli {package_no} får ikke plass i eske {box}. Ta planlagt {planned} eller en eske som passer.</translation>
    </message>
    <message>
      <source>Package {package_no} is too heavy for box {box}. Take the planned {planned} or a box that fits.</source>
      <translation>Kolli {package_no} er for tungt for eske {box}. Ta planlagt {planned} eller en eske som passer.</translation>
    </message>
    <message>
      <source>The order does not fit in box {box}. Take a bigger box.</source>
      <translation>Ordren får ikke plass i eske {box}. Ta en større eske.</translation>
    </message>
    <message>
      <source>The order is too heavy for box {box}. Take a box that carries it.</source>
      <translation>Ordren er for tung for eske {box}. Ta en eske som tåler vekten.</translation>
    </message>
    <message>
      <source>Box {box} belongs to another merchant. Take a box of this order's merchant.</source>
      <translation>Eske {box} tilhører en annen butikk. Ta en eske fra denne ordrens butikk.</translation>
    </message>
    <message>
      <source>Slip OK.</source>
      <translation>Seddel OK.</translation>
    </message>
    <message numerus="yes">
      <source>Slip OK; %n to go.</source>
      <translation>
        <numerusform>Seddel OK; %n igjen.</numerusform>
        <numerusform>Seddel OK; %n igjen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This slip was already scanned; %n to go.</source>
      <translation>
        <numerusform>Denne seddelen er allerede skannet; %n igjen.</numerusform>
        <numerusform>Denne seddelen er allerede skannet; %n igjen.</numerusform>
      </translation>
    </message>
    <message>
      <source>This slip ({code}) does not belong to this order. Take it out and use this order's slip.</source>
      <translation>Denne seddelen ({code}) hører ikke til denne ordren. Ta den ut og bruk seddelen til denne ordren.</translation>
    </message>
    <message>
      <source>Label OK.</source>
      <translation>Etikett OK.</translation>
    </message>
    <message numerus="yes">
      <source>Label OK; %n to go.</source>
      <translation>
        <numerusform>Etikett OK; %n igjen.</numerusform>
        <numerusform>Etikett OK; %n igjen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This label was already scanned; %n to go.</source>
      <translation>
        <numerusform>Denne etiketten er allerede skannet; %n igjen.</numerusform>
        <numerusform>Denne etiketten er allerede skannet; %n igjen.</numerusform>
      </translation>
    </message>
    <message>
      <source>This label ({code}) does not belong to this order. Take it off and use this order's label.</source>
      <translation>Denne etiketten ({code}) hører ikke til denne ordren. Ta den av og bruk etiketten til denne ordren.</translation>
    </message>
    <message>
      <source>This is not a label the station issued.</source>
      <translation>Dette er ikke en etikett stasjonen har laget.</translation>
    </message>
    <message>
      <source>This label belongs to another order.</source>
      <translation>Denne etiketten hører til en annen ordre.</translation>
    </message>
    <message>
      <source>This label was voided; put the new label on the box.</source>
      <translation>Denne etiketten er annullert; sett den nye etiketten på esken.</translation>
    </message>
    <message>
      <source>This label belongs to another box of this order.</source>
      <translation>Denne etiketten hører til en annen eske i denne ordren.</translation>
    </message>
    <message>
      <source>This label has not been printed by the station.</source>
      <translation>Denne etiketten er ikke skrevet ut av stasjonen.</translation>
    </message>
    <message>
      <source>Label {label} has not printed. Clear the printer, reprint it (F7) and scan the new one.</source>
      <translation>Etikett {label} er ikke skrevet ut. Rydd skriveren, skriv den ut på nytt (F7) og skann den nye.</translation>
    </message>
    <message>
      <source>{check} for {sku}: OK.</source>
      <translation>{check} for {sku}: OK.</translation>
    </message>
    <message>
      <source>{check}: OK.</source>
      <translation>{check}: OK.</translation>
    </message>
    <message>
      <source>Serial {serial} captured; next unit.</source>
      <translation>Serienummer {serial} registrert; neste enhet.</translation>
    </message>
    <message>
      <source>Serial {serial} captured.</source>
      <translation>Serienummer {serial} registrert.</translation>
    </message>
    <message>
      <source>Confirmed, but hazardous goods (class {hazmat_class}) cannot ship by {service}: they need a ground service. A lead must override.</source>
      <translation>Bekreftet, men farlig gods (klasse {hazmat_class}) kan ikke sendes med {service}: det må gå med bakketransport. En skiftleder må overstyre.</translation>
    </message>
    <message>
      <source>{check} for {sku} failed.</source>
      <translation>{check} for {sku} feilet.</translation>
    </message>
    <message>
      <source>{check} failed.</source>
      <translation>{check} feilet.</translation>
    </message>
    <message>
      <source>{sku} marked damaged: take it out and scan a replacement.</source>
      <translation>{sku} merket som skadet: ta den ut og skann en erstatning.</translation>
    </message>
    <message>
      <source>Lot {lot} is not the lot {lot_required} this line needs.</source>
      <translation>Parti {lot} er ikke partiet {lot_required} som denne linjen krever.</translation>
    </message>
    <message numerus="yes">
      <source>{sku} expires {expiry} (%n day(s) left; needs {min_days}).</source>
      <translation>
        <numerusform>{sku} går ut på dato {expiry} (%n dag igjen; krever {min_days}).</numerusform>
        <numerusform>{sku} går ut på dato {expiry} (%n dager igjen; krever {min_days}).</numerusform>
      </translation>
    </message>
    <message>
      <source>Weight {grams} g OK (expected {expected_g} ± {tolerance_g} g).</source>
      <translation>Vekt {grams} g OK (forventet {expected_g} ± {tolerance_g} g).</translation>
    </message>
    <message>
      <source>Box {package_no} of {packages}: {grams} g OK (expected {expected_g} ± {tolerance_g} g). Now put box {next_package} on the scale.</source>
      <translation>Eske {package_no} av {packages}: {grams} g OK (forventet {expected_g} ± {tolerance_g} g). Sett nå eske {next_package} på vekten.</translation>
    </message>
    <message>
      <source>The box weighs {grams} g but should weigh {expected_g} ± {tolerance_g} g. Check for a missing or extra item.</source>
      <translation>Esken veier {grams} g, men skal veie {expected_g} ± {tolerance_g} g. Se etter en manglende eller ekstra vare.</translation>
    </message>
    <message>
      <source>Undone: {units} × {sku} out of the box.</source>
      <translation>Angret: {units} × {sku} ut av esken.</translation>
    </message>
    <message>
      <source>1 × {sku} removed: {reason}</source>
      <translation>1 × {sku} tatt ut: {reason}</translation>
    </message>
    <message>
      <source>{lead} approved: {reason}</source>
      <translation>{lead} godkjente: {reason}</translation>
    </message>
    <message>
      <source>Nothing to undo.</source>
      <translation>Ingenting å angre.</translation>
    </message>
    <message>
      <source>Scan the items</source>
      <translation>Skann varene</translation>
    </message>
    <message>
      <source>Slips</source>
      <translation>Sedler</translation>
    </message>
    <message>
      <source>Verify slips and label</source>
      <translation>Kontroller sedler og etikett</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Avsluttet</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Parkert</translation>
    </message>
    <message>
      <source>Sent to exception</source>
      <translation>Sendt til avvik</translation>
    </message>
    <message>
      <source>Wrong PIN.</source>
      <translation>Feil PIN-kode.</translation>
    </message>
    <message>
      <source>This badge is not known or not active.</source>
      <translation>Dette kortet er ukjent eller ikke aktivt.</translation>
    </message>
    <message>
      <source>Too many wrong PINs for {user}; wait ten minutes or ask an admin.</source>
      <translation>For mange feil PIN-koder for {user}; vent ti minutter eller spør en administrator.</translation>
    </message>
    <message>
      <source>{user} has no PIN yet; an admin must set one.</source>
      <translation>{user} har ingen PIN-kode ennå; en administrator må sette en.</translation>
    </message>
    <message>
      <source>{user}: type your PIN after scanning your badge.</source>
      <translation>{user}: tast inn PIN-koden etter at du har skannet kortet.</translation>
    </message>
    <message>
      <source>Only a shift lead can do this; a lead must approve it.</source>
      <translation>Bare en skiftleder kan gjøre dette; en skiftleder må godkjenne det.</translation>
    </message>
    <message>
      <source>Order {order} is in the exception queue; a lead must take it.</source>
      <translation>Ordre {order} ligger i avvikskøen; en skiftleder må ta den.</translation>
    </message>
    <message>
      <source>A PIN is {min} to {max} digits.</source>
      <translation>En PIN-kode har {min} til {max} sifre.</translation>
    </message>
    <message>
      <source>{user} is packing order {order}; another lead must approve.</source>
      <translation>{user} pakker ordre {order} selv; en annen skiftleder må godkjenne.</translation>
    </message>
    <message>
      <source>This script sets its own clock ('now'); only a demo or test database accepts that.</source>
      <translation>Dette skriptet setter sin egen klokke ('now'); bare en demo- eller testdatabase godtar det.</translation>
    </message>
    <message>
      <source>This order was not found: {detail}</source>
      <translation>Fant ikke ordren: {detail}</translation>
    </message>
    <message>
      <source>Order {order} was cancelled by the shop. Do not pack it.</source>
      <translation>Ordre {order} er kansellert av butikken. Ikke pakk den.</translation>
    </message>
    <message>
      <source>Order {order} was already packed and closed; a lead can reopen it.</source>
      <translation>Ordre {order} er allerede pakket og lukket; en skiftleder kan åpne den igjen.</translation>
    </message>
    <message>
      <source>Order {order} is in the lead's exception queue.</source>
      <translation>Ordre {order} ligger i skiftlederens avvikskø.</translation>
    </message>
    <message>
      <source>Order {order} is being packed at another bench. A lead can release it. Bench: {station} · Since: {since}</source>
      <translation>Ordre {order} pakkes ved en annen pakkeplass. En skiftleder kan frigi den. Pakkeplass: {station} · Siden: {since}</translation>
    </message>
    <message>
      <source>Order {order} cannot be claimed now. Status: {status}.</source>
      <translation>Ordre {order} kan ikke tas nå. Status: {status}.</translation>
    </message>
    <message>
      <source>Order {order} is open at another station.</source>
      <translation>Ordre {order} er åpen på en annen stasjon.</translation>
    </message>
    <message>
      <source>Finish or suspend order {order} first.</source>
      <translation>Fullfør eller parker ordre {order} først.</translation>
    </message>
    <message>
      <source>There is no pack session {session_id}.</source>
      <translation>Det finnes ingen pakkeøkt {session_id}.</translation>
    </message>
    <message>
      <source>This order has no pack session to release.</source>
      <translation>Denne ordren har ingen pakkeøkt å frigi.</translation>
    </message>
    <message>
      <source>This user is not known or not active.</source>
      <translation>Denne brukeren er ukjent eller ikke aktiv.</translation>
    </message>
    <message>
      <source>Line {line_id} is not part of this order.</source>
      <translation>Linje {line_id} hører ikke til denne ordren.</translation>
    </message>
    <message>
      <source>This scan id belongs to another order.</source>
      <translation>Denne skanne-ID-en hører til en annen ordre.</translation>
    </message>
    <message>
      <source>Not possible at this step: {detail}</source>
      <translation>Ikke mulig i dette steget: {detail}</translation>
    </message>
    <message>
      <source>The order cannot close yet: {detail}</source>
      <translation>Ordren kan ikke lukkes ennå: {detail}</translation>
    </message>
    <message>
      <source>The database cannot be reached: this was NOT saved. Try again when the connection is back.</source>
      <translation>Får ikke kontakt med databasen: dette ble IKKE lagret. Prøv igjen når forbindelsen er tilbake.</translation>
    </message>
    <message>
      <source>No unit of {sku} is in the box.</source>
      <translation>Ingen enhet av {sku} er i esken.</translation>
    </message>
    <message>
      <source>Every packed unit of {sku} already has its serial.</source>
      <translation>Alle pakkede enheter av {sku} har allerede serienummer.</translation>
    </message>
    <message>
      <source>Scan or type the serial number.</source>
      <translation>Skann eller tast inn serienummeret.</translation>
    </message>
    <message>
      <source>{grams} g is not a weight; put the box on the scale.</source>
      <translation>{grams} g er ikke en vekt; sett esken på vekten.</translation>
    </message>
    <message>
      <source>The scale does not answer: check that it is on and its cable is in, or type the weight if this merchant allows it.</source>
      <translation>Vekten svarer ikke: sjekk at den er på og at kabelen står i, eller skriv inn vekten hvis nettbutikken tillater det.</translation>
    </message>
    <message>
      <source>The weight does not settle: keep the box still on the scale and read it again.</source>
      <translation>Vekten blir ikke stabil: hold esken i ro på vekten og les av på nytt.</translation>
    </message>
    <message>
      <source>The scale is overloaded: this box is too heavy for it.</source>
      <translation>Vekten er overbelastet: esken er for tung for den.</translation>
    </message>
    <message>
      <source>The scale reads below zero: empty the pan and zero the scale.</source>
      <translation>Vekten viser under null: tøm vektskålen og nullstill vekten.</translation>
    </message>
    <message>
      <source>The scale reads 0 g: put the box on the scale.</source>
      <translation>Vekten viser 0 g: sett esken på vekten.</translation>
    </message>
    <message>
      <source>The scale sent something the station cannot read; check its settings (protocol, unit).</source>
      <translation>Vekten sendte noe stasjonen ikke kan lese; sjekk innstillingene (protokoll, enhet).</translation>
    </message>
    <message>
      <source>No scale is connected to this bench: type the weight.</source>
      <translation>Ingen vekt er koblet til denne benken: skriv inn vekten.</translation>
    </message>
    <message>
      <source>This bench has a scale: the weight comes from the scale. A lead can override the weight check.</source>
      <translation>Denne benken har vekt: vekten kommer fra vekten. En skiftleder kan overstyre vektkontrollen.</translation>
    </message>
    <message>
      <source>No photo: the camera did not give a picture.</source>
      <translation>Ikke noe bilde: kameraet ga ikke noe bilde.</translation>
    </message>
    <message>
      <source>This merchant requires a photo of the package before it closes: check the camera, then close again (the station takes the photo again).</source>
      <translation>Denne nettbutikken krever et bilde av pakken før den lukkes: sjekk kameraet og lukk på nytt (stasjonen tar bildet på nytt).</translation>
    </message>
    <message>
      <source>Part of this history was archived, but the archive cannot be read (on SQLite the file beside the store, STORE-archive.db, is missing).</source>
      <translation>En del av denne historikken er arkivert, men arkivet kan ikke leses (på SQLite mangler filen ved siden av databasen, STORE-archive.db).</translation>
    </message>
    <message>
      <source>The archive date {date} is in the future: only history that already happened is archived.</source>
      <translation>Arkivdatoen {date} er i fremtiden: bare historikk som allerede har skjedd, arkiveres.</translation>
    </message>
    <message>
      <source>This is a demo (training) store: its history is practice and is reset with the demo, never archived.</source>
      <translation>Dette er en demodatabase (opplæring): historikken er øving og nullstilles med demoen, den arkiveres aldri.</translation>
    </message>
    <message>
      <source>There is no Packstation database at {url}.</source>
      <translation>Det finnes ingen Packstation-database på {url}.</translation>
    </message>
    <message>
      <source>No package or order has the code {what} (tracking number, SSCC or order).</source>
      <translation>Ingen pakke eller ordre har koden {what} (sporingsnummer, SSCC eller ordre).</translation>
    </message>
    <message>
      <source>{value} is not a date (YYYY-MM-DD).</source>
      <translation>{value} er ikke en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
      <source>{check} is done per line: say which line.</source>
      <translation>{check} gjøres per linje: si hvilken linje.</translation>
    </message>
    <message>
      <source>Unknown QC check {check}.</source>
      <translation>Ukjent kvalitetskontroll {check}.</translation>
    </message>
    <message>
      <source>Nothing to override called {blocker}.</source>
      <translation>Ingenting å overstyre som heter {blocker}.</translation>
    </message>
    <message>
      <source>A packing plan is a JSON object.</source>
      <translation>En pakkeplan er et JSON-objekt.</translation>
    </message>
    <message>
      <source>There is no package {package_no} in the plan.</source>
      <translation>Det finnes ingen kolli {package_no} i planen.</translation>
    </message>
    <message>
      <source>The box plan does not match the order: {detail}</source>
      <translation>Eskeplanen stemmer ikke med ordren: {detail}</translation>
    </message>
    <message>
      <source>This order has no packages to label yet.</source>
      <translation>Denne ordren har ingen kolli å merke ennå.</translation>
    </message>
    <message>
      <source>There is no label with id {label_id}.</source>
      <translation>Det finnes ingen etikett med id {label_id}.</translation>
    </message>
    <message>
      <source>Label {tracking_number} is voided; issue a new one.</source>
      <translation>Etikett {tracking_number} er annullert; lag en ny.</translation>
    </message>
    <message>
      <source>Label printing is not available in this build; a lead can override the label step.</source>
      <translation>Etikettutskrift finnes ikke i denne versjonen; en skiftleder kan overstyre etikettsteget.</translation>
    </message>
    <message>
      <source>Unknown format: {detail}</source>
      <translation>Ukjent format: {detail}</translation>
    </message>
    <message>
      <source>Unknown carrier {carrier}.</source>
      <translation>Ukjent transportør {carrier}.</translation>
    </message>
    <message>
      <source>Carrier {carrier} has no service {service}.</source>
      <translation>Transportøren {carrier} har ingen tjeneste {service}.</translation>
    </message>
    <message>
      <source>The rate table cannot be used: {detail}</source>
      <translation>Pristabellen kan ikke brukes: {detail}</translation>
    </message>
    <message>
      <source>Too heavy for this service: billable weight {weight}, at most {limit}.</source>
      <translation>For tung for denne tjenesten: fakturerbar vekt {weight}, høyst {limit}.</translation>
    </message>
    <message>
      <source>A person needs a name.</source>
      <translation>En person må ha et navn.</translation>
    </message>
    <message>
      <source>A person needs a badge code.</source>
      <translation>En person må ha en kortkode.</translation>
    </message>
    <message>
      <source>Badge {badge} is already in use.</source>
      <translation>Kortet {badge} er allerede i bruk.</translation>
    </message>
    <message>
      <source>There is no role {role}.</source>
      <translation>Det finnes ingen rolle {role}.</translation>
    </message>
    <message>
      <source>There is no language {locale}.</source>
      <translation>Det finnes ikke noe språk {locale}.</translation>
    </message>
    <message>
      <source>There is no user {user_id}.</source>
      <translation>Det finnes ingen bruker {user_id}.</translation>
    </message>
    <message>
      <source>A station needs a code, e.g. BENCH-05.</source>
      <translation>En stasjon må ha en kode, f.eks. BENCH-05.</translation>
    </message>
    <message>
      <source>The site needs a name, e.g. Oslo DC.</source>
      <translation>Lageret trenger et navn, f.eks. Oslo DC.</translation>
    </message>
    <message>
      <source>A GS1 company prefix is 6 to 12 digits, not {prefix}.</source>
      <translation>Et GS1-firmaprefiks har 6 til 12 sifre, ikke {prefix}.</translation>
    </message>
    <message>
      <source>The printer address is not usable: {detail}</source>
      <translation>Skriveradressen kan ikke brukes: {detail}</translation>
    </message>
    <message>
      <source>This role needs a PIN: {role}.</source>
      <translation>Denne rollen må ha PIN-kode: {role}.</translation>
    </message>
    <message>
      <source>There is no merchant {merchant}; import the catalogue first.</source>
      <translation>Det finnes ingen forhandler {merchant}; importer katalogen først.</translation>
    </message>
    <message>
      <source>A cut-off is a time of day like 14:00, not {value}.</source>
      <translation>En siste bestillingstid er et klokkeslett som 14:00, ikke {value}.</translation>
    </message>
    <message>
      <source>Unknown time zone {value} (e.g. Europe/Oslo).</source>
      <translation>Ukjent tidssone {value} (f.eks. Europe/Oslo).</translation>
    </message>
    <message>
      <source>Order {order} has not been shipped (status {status}); a complaint is recorded against a shipped order.</source>
      <translation>Ordre {order} er ikke sendt (status {status}); en reklamasjon registreres på en sendt ordre.</translation>
    </message>
    <message>
      <source>Choose at least one line of order {order} the complaint is about.</source>
      <translation>Velg minst én linje i ordre {order} som reklamasjonen gjelder.</translation>
    </message>
    <message>
      <source>Order {order} has no line {line}.</source>
      <translation>Ordre {order} har ingen linje {line}.</translation>
    </message>
    <message>
      <source>Line {line} of order {order} shipped {shipped} units; the complaint names {quantity}.</source>
      <translation>Linje {line} i ordre {order} sendte {shipped} enheter; reklamasjonen nevner {quantity}.</translation>
    </message>
    <message>
      <source>A complaint is damaged, wrong item or missing item, not {kind}.</source>
      <translation>En reklamasjon er skadet, feil vare eller manglende vare, ikke {kind}.</translation>
    </message>
    <message>
      <source>This is a demo (training) database; a real site needs its own database.</source>
      <translation>Dette er en demodatabase (opplæring); et ekte lager trenger sin egen database.</translation>
    </message>
    <message>
      <source>The file cannot be used: {detail}</source>
      <translation>Filen kan ikke brukes: {detail}</translation>
    </message>
    <message>
      <source>Nothing was imported: {detail}</source>
      <translation>Ingenting ble importert: {detail}</translation>
    </message>
    <message>
      <source>This is a production database; demo data goes into the training database.</source>
      <translation>Dette er en produksjonsdatabase; demodata hører hjemme i opplæringsdatabasen.</translation>
    </message>
    <message>
      <source>Station {station} already exists.</source>
      <translation>Stasjon {station} finnes allerede.</translation>
    </message>
    <message>
      <source>Unknown station: {detail}</source>
      <translation>Ukjent stasjon: {detail}</translation>
    </message>
    <message>
      <source>There is no order with id {order_id}.</source>
      <translation>Det finnes ingen ordre med id {order_id}.</translation>
    </message>
    <message>
      <source>Order {order_ref} is not claimed.</source>
      <translation>Ordre {order_ref} er ikke tatt.</translation>
    </message>
    <message>
      <source>Order {order_ref} is not in the exception queue. Status: {status}.</source>
      <translation>Ordre {order_ref} er ikke i avvikskøen. Status: {status}.</translation>
    </message>
    <message>
      <source>Resolving an exception needs a note saying what was done.</source>
      <translation>For å løse et avvik trengs en merknad om hva som ble gjort.</translation>
    </message>
    <message>
      <source>Unknown resolution {action}.</source>
      <translation>Ukjent løsning {action}.</translation>
    </message>
    <message>
      <source>Campaign: {path}: {reason}</source>
      <translation>Kampanje: {path}: {reason}</translation>
    </message>
    <message>
      <source>Variant {variant} cannot be stopped: it is already stopped or the last one running.</source>
      <translation>Variant {variant} kan ikke stoppes: den er allerede stoppet eller den siste som kjører.</translation>
    </message>
    <message>
      <source>The return label's tracking number {tracking} is already on a shipping label; nothing was printed.</source>
      <translation>Sporingsnummeret {tracking} på returetiketten står allerede på en fraktetikett; ingenting ble skrevet ut.</translation>
    </message>
    <message>
      <source>Rule: {path}: {reason}</source>
      <translation>Regel: {path}: {reason}</translation>
    </message>
    <message>
      <source>Rule: {detail}</source>
      <translation>Regel: {detail}</translation>
    </message>
    <message>
      <source>There is no campaign {key}.</source>
      <translation>Det finnes ingen kampanje {key}.</translation>
    </message>
    <message>
      <source>There is no campaign template {template}.</source>
      <translation>Det finnes ingen kampanjemal {template}.</translation>
    </message>
    <message>
      <source>There is no merchant {key}.</source>
      <translation>Det finnes ingen nettbutikk {key}.</translation>
    </message>
    <message>
      <source>There is no customer {key}.</source>
      <translation>Det finnes ingen kunde {key}.</translation>
    </message>
    <message>
      <source>Order not found: {detail}</source>
      <translation>Fant ikke ordren: {detail}</translation>
    </message>
    <message>
      <source>Order reference {ref} is used by several merchants; scan the pick-ticket barcode.</source>
      <translation>Ordrenummer {ref} brukes av flere nettbutikker; skann strekkoden på plukkseddelen.</translation>
    </message>
    <message>
      <source>The order has no customer or merchant.</source>
      <translation>Ordren mangler kunde eller nettbutikk.</translation>
    </message>
    <message>
      <source>The order has no slip {slip_code}.</source>
      <translation>Ordren har ingen seddel {slip_code}.</translation>
    </message>
    <message>
      <source>Slip {slip_code} lost its customer, merchant or campaign.</source>
      <translation>Seddel {slip_code} har mistet kunde, nettbutikk eller kampanje.</translation>
    </message>
    <message>
      <source>Could not draw a unique coupon code; try again.</source>
      <translation>Fikk ikke laget en unik kupongkode; prøv igjen.</translation>
    </message>
    <message>
      <source>Unknown units: {detail}</source>
      <translation>Ukjente enheter: {detail}</translation>
    </message>
    <message>
      <source>A box is wrong: {detail}</source>
      <translation>En eske er feil: {detail}</translation>
    </message>
    <message>
      <source>Dimensions are wrong: {detail}</source>
      <translation>Målene er feil: {detail}</translation>
    </message>
    <message>
      <source>An item is wrong: {detail}</source>
      <translation>En vare er feil: {detail}</translation>
    </message>
    <message>
      <source>A material is wrong: {detail}</source>
      <translation>Et materiale er feil: {detail}</translation>
    </message>
    <message>
      <source>An order is wrong: {detail}</source>
      <translation>En ordre er feil: {detail}</translation>
    </message>
    <message>
      <source>A value is wrong: {detail}</source>
      <translation>En verdi er feil: {detail}</translation>
    </message>
    <message>
      <source>The script cannot be replayed: {detail}</source>
      <translation>Skriptet kan ikke spilles av: {detail}</translation>
    </message>
    <message>
      <source>A time needs a time zone: {detail}</source>
      <translation>Et tidspunkt må ha tidssone: {detail}</translation>
    </message>
    <message>
      <source>This is a demo (training) database: its orders never shipped and are not exported.</source>
      <translation>Dette er en demodatabase (opplæring): ordrene ble aldri sendt og eksporteres ikke.</translation>
    </message>
    <message>
      <source>Training runs only in a demo database; this one holds real data.</source>
      <translation>Opplæring kjører bare i en demodatabase; denne inneholder ekte data.</translation>
    </message>
    <message>
      <source>The training scenario {file} cannot be used ({path}): {problem}</source>
      <translation>Opplæringsscenarioet {file} kan ikke brukes ({path}): {problem}</translation>
    </message>
    <message>
      <source>There is no training scenario {scenario}.</source>
      <translation>Det finnes ikke noe opplæringsscenario {scenario}.</translation>
    </message>
    <message>
      <source>This scorecard was not found: {detail}</source>
      <translation>Fant ikke resultatkortet: {detail}</translation>
    </message>
    <message>
      <source>{source} answered without a usable tracking number for order {order}; nothing was printed.</source>
      <translation>{source} svarte uten et brukbart sporingsnummer for ordre {order}; ingenting ble skrevet ut.</translation>
    </message>
    <message>
      <source>{source} gave no label document for order {order}; nothing was printed.</source>
      <translation>{source} sendte ingen etikett for ordre {order}; ingenting ble skrevet ut.</translation>
    </message>
    <message>
      <source>{source} sent a label for order {order} that is neither a PDF nor ZPL; nothing was printed.</source>
      <translation>{source} sendte en etikett for ordre {order} som verken er PDF eller ZPL; ingenting ble skrevet ut.</translation>
    </message>
    <message>
      <source>{source} sent a {got} label for order {order}, but this bench's label printer takes {wanted}.</source>
      <translation>{source} sendte etikett for ordre {order} i formatet {got}, men etikettskriveren her tar {wanted}.</translation>
    </message>
    <message>
      <source>No label for order {order}: {source} did not answer ({reason}). Press F7 to try again.</source>
      <translation>Ingen etikett for ordre {order}: {source} svarte ikke ({reason}). Trykk F7 for å prøve igjen.</translation>
    </message>
    <message>
      <source>{source} has no label for order {order} yet. Press F7 to try again.</source>
      <translation>{source} har ingen etikett for ordre {order} ennå. Trykk F7 for å prøve igjen.</translation>
    </message>
    <message>
      <source>{source} refused the label for order {order}: {reason}</source>
      <translation>{source} avviste etiketten for ordre {order}: {reason}</translation>
    </message>
    <message>
      <source>{source} answered HTTP {status} for order {order}. Press F7 to try again.</source>
      <translation>{source} svarte HTTP {status} for ordre {order}. Trykk F7 for å prøve igjen.</translation>
    </message>
    <message>
      <source>{source} offered a label for order {order} that the station has used before; make a new label there.</source>
      <translation>{source} tilbød en etikett for ordre {order} som stasjonen har brukt før; lag en ny etikett der.</translation>
    </message>
    <message>
      <source>Labels from {source} need karrio and the carrier's extension installed.</source>
      <translation>Etiketter fra {source} krever at karrio og transportørens utvidelse er installert.</translation>
    </message>
    <message>
      <source>The carrier connection {source} needs the environment variable {variable}.</source>
      <translation>Transportørkoblingen {source} trenger miljøvariabelen {variable}.</translation>
    </message>
    <message>
      <source>The carrier connection {source} is set up wrong: {detail}</source>
      <translation>Transportørkoblingen {source} er satt opp feil: {detail}</translation>
    </message>
    <message>
      <source>{source} did not void label {tracking}: {reason}</source>
      <translation>{source} annullerte ikke etikett {tracking}: {reason}</translation>
    </message>
    <message>
      <source>The label source for {key} is set up wrong: {detail}</source>
      <translation>Etikettkilden for {key} er satt opp feil: {detail}</translation>
    </message>
    <message>
      <source>Carrier PDF labels print one box at a time.</source>
      <translation>Transportørens PDF-etiketter skrives ut én eske om gangen.</translation>
    </message>
    <message>
      <source>This order's labels come from different sources; print them box by box.</source>
      <translation>Etikettene til denne ordren kommer fra ulike kilder; skriv dem ut eske for eske.</translation>
    </message>
    <message>
      <source>There are no labels from {connection} to put on a manifest.</source>
      <translation>Det finnes ingen etiketter fra {connection} å sette på et manifest.</translation>
    </message>
    <message>
      <source>No manifest from {source}: {reason}</source>
      <translation>Intet manifest fra {source}: {reason}</translation>
    </message>
    <message>
      <source>This order's labels come from a source that quotes no rates.</source>
      <translation>Etikettene til denne ordren kommer fra en kilde som ikke gir priser.</translation>
    </message>
    <message>
      <source>There is no carrier connection named {connection}.</source>
      <translation>Det finnes ingen transportørkobling som heter {connection}.</translation>
    </message>
    <message>
      <source>Order {order} matches several orders; give its id.</source>
      <translation>Ordre {order} passer til flere ordrer; oppgi id-en.</translation>
    </message>
    <message>
      <source>The order endpoint cannot listen on {address}: {detail}</source>
      <translation>Ordremottaket kan ikke lytte på {address}: {detail}</translation>
    </message>
    <message>
      <source>The order endpoint needs a token of at least 16 characters in PACKSTATION_INBOX_TOKEN.</source>
      <translation>Ordremottaket trenger en nøkkel på minst 16 tegn i PACKSTATION_INBOX_TOKEN.</translation>
    </message>
    <message>
      <source>{name} is still in training. To pass on the training floor before packing real orders: {missing}. A lead can lift the gate (badge, PIN and a reason).</source>
      <translation>{name} er fortsatt under opplæring. Må bestås på øvingsgulvet før ekte ordrer: {missing}. En skiftleder kan åpne sperren (kort, PIN og en årsak).</translation>
    </message>
    <message>
      <source>Unknown training action: {detail}</source>
      <translation>Ukjent øvingshandling: {detail}</translation>
    </message>
    <message numerus="yes">
      <source>{name} has no recurring mistakes to practise in the last %n day(s).</source>
      <translation>
        <numerusform>{name} har ingen gjentatte feil å øve på (periode: %n dag).</numerusform>
        <numerusform>{name} har ingen gjentatte feil å øve på (periode: %n dager).</numerusform>
      </translation>
    </message>
    <message>
      <source>Cannot write {path}: nothing was written and the old file is unchanged. ({reason})</source>
      <translation>Kan ikke skrive {path}: ingenting ble skrevet, og den gamle filen er uendret. ({reason})</translation>
    </message>
    <message>
      <source>The disk of the database is full: this was NOT saved. Free space, then try again.</source>
      <translation>Disken til databasen er full: dette ble IKKE lagret. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
      <source>The database cannot be written (read-only file, folder or server): this was NOT saved.</source>
      <translation>Det kan ikke skrives til databasen (skrivebeskyttet fil, mappe eller server): dette ble IKKE lagret.</translation>
    </message>
    <message>
      <source>The database is busy (another bench holds this order): this was NOT saved. Try again.</source>
      <translation>Databasen er opptatt (en annen stasjon holder denne ordren): dette ble IKKE lagret. Prøv igjen.</translation>
    </message>
    <message>
      <source>This is not a database Packstation can use: {url}</source>
      <translation>Dette er ikke en database Packstation kan bruke: {url}</translation>
    </message>
    <message>
      <source>This holds a character no barcode, badge or name can have (position {position}). Nothing was saved; scan or type it again.</source>
      <translation>Dette inneholder et tegn som ingen strekkode, kort eller navn kan ha (posisjon {position}). Ingenting ble lagret; skann eller skriv det på nytt.</translation>
    </message>
    <message>
      <source>The number {value} is far too large. Nothing was saved.</source>
      <translation>Tallet {value} er altfor stort. Ingenting ble lagret.</translation>
    </message>
    <message>
      <source>{text} holds characters no label font can print ({characters}). Correct it in the shop, or a lead overrides the step.</source>
      <translation>{text} inneholder tegn som ingen etikettskrift kan skrive ut ({characters}). Rett det i nettbutikken, eller en skiftleder overstyrer steget.</translation>
    </message>
    <message>
      <source>Inspect {sku}: confirm it is undamaged, or mark it damaged and scan a replacement.</source>
      <translation>Kontroller {sku}: bekreft at den er uskadd, eller merk den som skadet og skann en erstatning.</translation>
    </message>
    <message>
      <source>Check the expiry date of {sku} and confirm it.</source>
      <translation>Kontroller utløpsdatoen for {sku} og bekreft den.</translation>
    </message>
    <message>
      <source>Capture the serial number of every unit of {sku}.</source>
      <translation>Registrer serienummeret til hver enhet av {sku}.</translation>
    </message>
    <message>
      <source>Capture the lot number of {sku}.</source>
      <translation>Registrer partinummeret til {sku}.</translation>
    </message>
    <message>
      <source>Put the closed box on the scale.</source>
      <translation>Sett den lukkede esken på vekten.</translation>
    </message>
    <message>
      <source>{sku} is fragile: wrap it and put a FRAGILE sticker on the box, then confirm.</source>
      <translation>{sku} er skjør: pakk den inn og sett et SKJØRT-merke på esken, og bekreft.</translation>
    </message>
    <message>
      <source>Hazardous goods (class {hazmat_class}): put the hazard mark on the box, then confirm.</source>
      <translation>Farlig gods (klasse {hazmat_class}): sett faremerket på esken, og bekreft.</translation>
    </message>
    <message>
      <source>Gift order: check the packing slip shows no prices and the gift message is in the box.</source>
      <translation>Gaveordre: kontroller at pakkseddelen ikke viser priser, og at gavehilsenen ligger i esken.</translation>
    </message>
    <message>
      <source>Hazardous goods</source>
      <translation>Farlig gods</translation>
    </message>
    <message>
      <source>Gift order</source>
      <translation>Gaveordre</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Lokasjon</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Registrert</translation>
    </message>
    <message>
      <source>wrong item</source>
      <translation>feil vare</translation>
    </message>
    <message>
      <source>over-scan</source>
      <translation>for mange skannet</translation>
    </message>
    <message>
      <source>unknown barcode</source>
      <translation>ukjent strekkode</translation>
    </message>
    <message>
      <source>bad check digit</source>
      <translation>feil kontrollsiffer</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>utløpt</translation>
    </message>
    <message>
      <source>short shelf life</source>
      <translation>kort holdbarhet</translation>
    </message>
    <message>
      <source>wrong lot</source>
      <translation>feil parti</translation>
    </message>
    <message>
      <source>serial required</source>
      <translation>serienummer mangler</translation>
    </message>
    <message>
      <source>duplicate serial</source>
      <translation>dobbelt serienummer</translation>
    </message>
    <message>
      <source>case not allowed</source>
      <translation>kartong ikke tillatt</translation>
    </message>
    <message>
      <source>unexpected barcode</source>
      <translation>uventet strekkode</translation>
    </message>
    <message>
      <source>too fast repeat</source>
      <translation>skannet to ganger</translation>
    </message>
    <message>
      <source>QC: damage</source>
      <translation>KK: skade</translation>
    </message>
    <message>
      <source>QC: expiry</source>
      <translation>KK: utløpsdato</translation>
    </message>
    <message>
      <source>QC: serial</source>
      <translation>KK: serienummer</translation>
    </message>
    <message>
      <source>QC: lot</source>
      <translation>KK: parti</translation>
    </message>
    <message>
      <source>weight mismatch</source>
      <translation>feil vekt</translation>
    </message>
    <message>
      <source>QC: fragile</source>
      <translation>KK: skjørt</translation>
    </message>
    <message>
      <source>QC: hazmat</source>
      <translation>KK: farlig gods</translation>
    </message>
    <message>
      <source>QC: gift</source>
      <translation>KK: gave</translation>
    </message>
    <message>
      <source>override</source>
      <translation>overstyring</translation>
    </message>
    <message>
      <source>short-ship</source>
      <translation>sendt med mangel</translation>
    </message>
    <message>
      <source>reprint</source>
      <translation>ny utskrift</translation>
    </message>
    <message>
      <source>label void</source>
      <translation>annullert etikett</translation>
    </message>
    <message>
      <source>slip verification</source>
      <translation>seddelkontroll</translation>
    </message>
    <message>
      <source>label verification</source>
      <translation>etikettkontroll</translation>
    </message>
    <message>
      <source>box override</source>
      <translation>eske overstyrt</translation>
    </message>
    <message>
      <source>print failure</source>
      <translation>utskriftsfeil</translation>
    </message>
    <message>
      <source>complaint: damaged</source>
      <translation>reklamasjon: skadet</translation>
    </message>
    <message>
      <source>complaint: wrong item</source>
      <translation>reklamasjon: feil vare</translation>
    </message>
    <message>
      <source>complaint: missing item</source>
      <translation>reklamasjon: manglende vare</translation>
    </message>
    <message>
      <source>Welcome on a first order</source>
      <translation>Velkommen ved første ordre</translation>
    </message>
    <message>
      <source>Thanks to a VIP</source>
      <translation>Takk til en VIP-kunde</translation>
    </message>
    <message>
      <source>Win back a lapsed customer</source>
      <translation>Vinn tilbake en kunde som har vært borte</translation>
    </message>
    <message>
      <source>Apology after an incident</source>
      <translation>Unnskyldning etter en reklamasjon</translation>
    </message>
    <message>
      <source>Returns information</source>
      <translation>Returinformasjon</translation>
    </message>
    <message>
      <source>Extra unit</source>
      <translation>Ekstra enhet</translation>
    </message>
    <message>
      <source>Customer asked</source>
      <translation>Kunden ba om det</translation>
    </message>
    <message>
      <source>Label smudged or torn</source>
      <translation>Etiketten er utydelig eller revet</translation>
    </message>
    <message>
      <source>Slip missing</source>
      <translation>Seddel mangler</translation>
    </message>
    <message>
      <source>Box changed</source>
      <translation>Esken er byttet</translation>
    </message>
    <message>
      <source>Wrong box or weight</source>
      <translation>Feil eske eller vekt</translation>
    </message>
    <message>
      <source>Order reopened</source>
      <translation>Ordren er åpnet igjen</translation>
    </message>
    <message>
      <source>Label damaged</source>
      <translation>Etiketten er skadet</translation>
    </message>
    <message>
      <source>Item missing from the tote</source>
      <translation>Vare mangler i kassen</translation>
    </message>
    <message>
      <source>Item damaged, no replacement</source>
      <translation>Vare skadet, ingen erstatning</translation>
    </message>
    <message>
      <source>Wrong item picked</source>
      <translation>Feil vare plukket</translation>
    </message>
    <message>
      <source>QC failed</source>
      <translation>Kvalitetskontroll ikke bestått</translation>
    </message>
    <message>
      <source>Customer asked to hold</source>
      <translation>Kunden ba om å vente</translation>
    </message>
    <message>
      <source>Acknowledge stop</source>
      <translation>Bekreft stopp</translation>
    </message>
    <message>
      <source>Confirm you have seen a red stop; nothing else clears it.</source>
      <translation>Bekreft at du har sett et rødt stopp; ingenting annet fjerner det.</translation>
    </message>
    <message>
      <source>Show this list on screen.</source>
      <translation>Vis denne listen på skjermen.</translation>
    </message>
    <message>
      <source>Undo last scan</source>
      <translation>Angre siste skanning</translation>
    </message>
    <message>
      <source>Take the last accepted unit back out of the box.</source>
      <translation>Ta den sist godkjente enheten ut av esken igjen.</translation>
    </message>
    <message>
      <source>Next order</source>
      <translation>Neste ordre</translation>
    </message>
    <message>
      <source>Take the next order from the queue.</source>
      <translation>Ta neste ordre fra køen.</translation>
    </message>
    <message>
      <source>Type a count for a large line instead of scanning each.</source>
      <translation>Tast inn antallet for en stor linje i stedet for å skanne hver enhet.</translation>
    </message>
    <message>
      <source>Take one unit of the active line out, with a reason.</source>
      <translation>Ta én enhet av den aktive linjen ut, med en årsak.</translation>
    </message>
    <message>
      <source>Read the scale, or type the weight.</source>
      <translation>Les av vekten, eller tast inn vekten.</translation>
    </message>
    <message>
      <source>Reprint label / slips</source>
      <translation>Skriv ut etikett / sedler på nytt</translation>
    </message>
    <message>
      <source>Print the documents of this order again.</source>
      <translation>Skriv ut dokumentene for denne ordren på nytt.</translation>
    </message>
    <message>
      <source>Cancel the shipping label of this order.</source>
      <translation>Annuller fraktetiketten for denne ordren.</translation>
    </message>
    <message>
      <source>Suspend order</source>
      <translation>Parker ordre</translation>
    </message>
    <message>
      <source>Park the order; resume it later at any bench.</source>
      <translation>Parker ordren; fortsett senere ved en hvilken som helst pakkebenk.</translation>
    </message>
    <message>
      <source>Hand the order to the lead with a reason.</source>
      <translation>Gi ordren til skiftlederen med en årsak.</translation>
    </message>
    <message>
      <source>A lead approves a blocked step: badge, PIN, reason.</source>
      <translation>En skiftleder godkjenner et blokkert trinn: kort, PIN-kode, årsak.</translation>
    </message>
    <message>
      <source>Close order</source>
      <translation>Avslutt ordre</translation>
    </message>
    <message>
      <source>Finish the order when every check is done.</source>
      <translation>Fullfør ordren når alle kontroller er utført.</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Neste steg</translation>
    </message>
    <message>
      <source>Do the next step the banner names: open the check it asks for again (after Esc), or say what the order waits for.</source>
      <translation>Gjør neste steg som banneret viser: åpne kontrollen det ber om igjen (etter Esc), eller vis hva ordren venter på.</translation>
    </message>
    <message>
      <source>End your session at this bench.</source>
      <translation>Avslutt økten din ved denne pakkebenken.</translation>
    </message>
    <message>
      <source>Two orders, several units</source>
      <translation>To ordrer, flere enheter</translation>
    </message>
    <message>
      <source>Fragile porcelain</source>
      <translation>Skjørt porselen</translation>
    </message>
    <message>
      <source>A wrong item in the tote</source>
      <translation>Feil vare i kassen</translation>
    </message>
    <message>
      <source>A damaged unit</source>
      <translation>En skadet enhet</translation>
    </message>
    <message>
      <source>An expired lot</source>
      <translation>Et utgått parti</translation>
    </message>
    <message>
      <source>No serial number</source>
      <translation>Uten serienummer</translation>
    </message>
    <message>
      <source>A VIP customer</source>
      <translation>En VIP-kunde</translation>
    </message>
    <message>
      <source>The scale disagrees</source>
      <translation>Vekten stemmer ikke</translation>
    </message>
    <message>
      <source>A bad day</source>
      <translation>En dårlig dag</translation>
    </message>
    <message>
      <source>the wrong unit was scanned and refused</source>
      <translation>feil enhet ble skannet og avvist</translation>
    </message>
    <message>
      <source>the damaged unit failed the check and was replaced</source>
      <translation>den skadde enheten feilet kontrollen og ble byttet</translation>
    </message>
    <message>
      <source>the short order went to the lead</source>
      <translation>ordren med mangler gikk til skiftlederen</translation>
    </message>
    <message>
      <source>the expired unit was refused and replaced</source>
      <translation>den utgåtte enheten ble avvist og byttet</translation>
    </message>
    <message>
      <source>the unit without a serial did not ship</source>
      <translation>enheten uten serienummer ble ikke sendt</translation>
    </message>
    <message>
      <source>the fragile item was wrapped and confirmed</source>
      <translation>den skjøre varen ble pakket inn og bekreftet</translation>
    </message>
    <message>
      <source>the VIP slip went into the box and was scanned</source>
      <translation>VIP-seddelen ble lagt i esken og skannet</translation>
    </message>
    <message>
      <source>the jam was cleared, the label reprinted (F7) and scanned on the box</source>
      <translation>papirstoppen ble fjernet, etiketten skrevet ut på nytt (F7) og skannet på esken</translation>
    </message>
    <message>
      <source>the cause was found in the box and the box re-weighed</source>
      <translation>årsaken ble funnet i esken og esken veid på nytt</translation>
    </message>
    <message>
      <source>scan the faulty unit so the station refuses it</source>
      <translation>skann den feilaktige enheten så stasjonen avviser den</translation>
    </message>
    <message>
      <source>fail the damage check</source>
      <translation>avvis skadekontrollen</translation>
    </message>
    <message>
      <source>scan a good unit in its place</source>
      <translation>skann en feilfri enhet i stedet</translation>
    </message>
    <message>
      <source>send the order to the lead (F10)</source>
      <translation>send ordren til skiftlederen (F10)</translation>
    </message>
    <message>
      <source>wrap the fragile item and confirm the check</source>
      <translation>pakk inn den skjøre varen og bekreft kontrollen</translation>
    </message>
    <message>
      <source>find the cause on the bench (check the box's contents)</source>
      <translation>finn årsaken på pakkebordet (sjekk innholdet i esken)</translation>
    </message>
    <message>
      <source>weigh again after finding the cause</source>
      <translation>vei på nytt etter at årsaken er funnet</translation>
    </message>
    <message>
      <source>clear the jam in the printer</source>
      <translation>fjern papirstoppen i skriveren</translation>
    </message>
    <message>
      <source>reprint the label (F7)</source>
      <translation>skriv ut etiketten på nytt (F7)</translation>
    </message>
    <message>
      <source>scan the label on the box</source>
      <translation>skann etiketten på esken</translation>
    </message>
    <message>
      <source>put the slip in the box and scan it</source>
      <translation>legg seddelen i esken og skann den</translation>
    </message>
    <message>
      <source>close the order</source>
      <translation>lukk ordren</translation>
    </message>
    <message>
      <source>the order was not finished</source>
      <translation>ordren ble ikke fullført</translation>
    </message>
  </context>
</TS>
